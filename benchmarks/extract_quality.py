"""Extraction quality on the corpus: recall and wrong cards per file, per half and overall.

    python benchmarks/extract_quality.py [--verbose] [--half tuning|held-out] [--set corpus|fresh|fresh2|fresh3|fresh4|fresh5|fresh6|fresh7|fresh8|fresh9|fresh10|fresh11|fresh12|fresh13|fresh14|fresh15|fresh16|fresh17|fresh18|fresh19|fresh20|fresh21|fresh22|fresh23|fresh24|fresh25|fresh26|fresh27|fresh28|fresh29|fresh30|fresh31|fresh32|fresh33|fresh34|fresh35|fresh36] [NAME ...]

Each numbered file of ../shared/corpus (beside the repository) with a golden in
tests/corpus/golden/ is extracted and scored by the rule of tests/corpus/README.md
(quizzer.extract.score).  --verbose lists, per file, the facts no card states
(misses) and the wrong cards with why they are wrong.

``--set fresh`` scores the fresh set instead: documents in data/corpus/fresh/ with
goldens in tests/corpus/golden-fresh/, kept out of everyday runs so that nobody
tuning the rules sees them (tests/corpus/README.md, "The fresh set").  ``--set fresh2``
scores the second fresh set (data/corpus/fresh2/, tests/corpus/golden-fresh2/), taken
blind after the first had been tuned on, and ``--set fresh3`` the third
(data/corpus/fresh3/, tests/corpus/golden-fresh3/), taken blind after the second,
``--set fresh4`` the fourth (data/corpus/fresh4/, tests/corpus/golden-fresh4/),
``--set fresh5`` the fifth (data/corpus/fresh5/, tests/corpus/golden-fresh5/)
``--set fresh6`` the sixth (data/corpus/fresh6/, tests/corpus/golden-fresh6/), ``--set fresh7`` the seventh (data/corpus/fresh7/, tests/corpus/golden-fresh7/), ``--set fresh8`` the eighth (data/corpus/fresh8/, tests/corpus/golden-fresh8/), ``--set fresh9`` the ninth (data/corpus/fresh9/, tests/corpus/golden-fresh9/), ``--set fresh10`` the tenth (data/corpus/fresh10/, tests/corpus/golden-fresh10/), ``--set fresh11`` the eleventh (data/corpus/fresh11/, tests/corpus/golden-fresh11/), ``--set fresh12`` the twelfth (data/corpus/fresh12/, tests/corpus/golden-fresh12/), ``--set fresh13`` the thirteenth (data/corpus/fresh13/, tests/corpus/golden-fresh13/), ``--set fresh14`` the fourteenth (data/corpus/fresh14/, tests/corpus/golden-fresh14/), ``--set fresh15`` the fifteenth (data/corpus/fresh15/, tests/corpus/golden-fresh15/), ``--set fresh16`` the sixteenth (data/corpus/fresh16/, tests/corpus/golden-fresh16/), ``--set fresh17`` the seventeenth (data/corpus/fresh17/, tests/corpus/golden-fresh17/), ``--set fresh18`` the eighteenth (data/corpus/fresh18/, tests/corpus/golden-fresh18/) ``--set fresh19`` the nineteenth (data/corpus/fresh19/, tests/corpus/golden-fresh19/) ``--set fresh20`` the twentieth (data/corpus/fresh20/, tests/corpus/golden-fresh20/), ``--set fresh21`` the twenty-first (data/corpus/fresh21/, tests/corpus/golden-fresh21/), ``--set fresh22`` the twenty-second (data/corpus/fresh22/, tests/corpus/golden-fresh22/), ``--set fresh23`` the twenty-third (data/corpus/fresh23/, tests/corpus/golden-fresh23/), ``--set fresh24`` the twenty-fourth (data/corpus/fresh24/, tests/corpus/golden-fresh24/), ``--set fresh25`` the twenty-fifth (data/corpus/fresh25/, tests/corpus/golden-fresh25/), ``--set fresh26`` the twenty-sixth (data/corpus/fresh26/, tests/corpus/golden-fresh26/), ``--set fresh27`` the twenty-seventh (data/corpus/fresh27/, tests/corpus/golden-fresh27/), ``--set fresh28`` the twenty-eighth (data/corpus/fresh28/, tests/corpus/golden-fresh28/) ``--set fresh29`` the twenty-ninth (data/corpus/fresh29/, tests/corpus/golden-fresh29/), ``--set fresh30`` the thirtieth (data/corpus/fresh30/, tests/corpus/golden-fresh30/), ``--set fresh31`` the thirty-first (data/corpus/fresh31/, tests/corpus/golden-fresh31/), ``--set fresh32`` the thirty-second (data/corpus/fresh32/, tests/corpus/golden-fresh32/), ``--set fresh33`` the thirty-third (data/corpus/fresh33/, tests/corpus/golden-fresh33/), ``--set fresh34`` the thirty-fourth (data/corpus/fresh34/, tests/corpus/golden-fresh34/) ``--set fresh35`` the thirty-fifth (data/corpus/fresh35/, tests/corpus/golden-fresh35/) and ``--set fresh36`` the thirty-sixth (data/corpus/fresh36/, tests/corpus/golden-fresh36/; kept blind).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from quizzer.extract import extract
from quizzer.extract.score import FileScore, golden_problems, half, load_golden, score, total

ROOT = Path(__file__).resolve().parents[1]
# beside the repository (../shared/corpus), or beside the folder of worktrees it sits in
CORPUS = next((p / "shared" / "corpus" for p in ROOT.parents if (p / "shared" / "corpus").is_dir()), ROOT.parent / "shared" / "corpus")
GOLDEN = ROOT / "tests" / "corpus" / "golden"
# name → (folder of documents, folder of goldens)
SETS = {
    "corpus": (CORPUS, GOLDEN),
    "fresh": (ROOT / "data" / "corpus" / "fresh", ROOT / "tests" / "corpus" / "golden-fresh"),
    "fresh2": (ROOT / "data" / "corpus" / "fresh2", ROOT / "tests" / "corpus" / "golden-fresh2"),
    "fresh3": (ROOT / "data" / "corpus" / "fresh3", ROOT / "tests" / "corpus" / "golden-fresh3"),
    "fresh4": (ROOT / "data" / "corpus" / "fresh4", ROOT / "tests" / "corpus" / "golden-fresh4"),
    "fresh5": (ROOT / "data" / "corpus" / "fresh5", ROOT / "tests" / "corpus" / "golden-fresh5"),
    "fresh6": (ROOT / "data" / "corpus" / "fresh6", ROOT / "tests" / "corpus" / "golden-fresh6"),
    "fresh7": (ROOT / "data" / "corpus" / "fresh7", ROOT / "tests" / "corpus" / "golden-fresh7"),
    "fresh8": (ROOT / "data" / "corpus" / "fresh8", ROOT / "tests" / "corpus" / "golden-fresh8"),
    "fresh9": (ROOT / "data" / "corpus" / "fresh9", ROOT / "tests" / "corpus" / "golden-fresh9"),
    "fresh10": (ROOT / "data" / "corpus" / "fresh10", ROOT / "tests" / "corpus" / "golden-fresh10"),
    "fresh11": (ROOT / "data" / "corpus" / "fresh11", ROOT / "tests" / "corpus" / "golden-fresh11"),
    "fresh12": (ROOT / "data" / "corpus" / "fresh12", ROOT / "tests" / "corpus" / "golden-fresh12"),
    "fresh13": (ROOT / "data" / "corpus" / "fresh13", ROOT / "tests" / "corpus" / "golden-fresh13"),
    "fresh14": (ROOT / "data" / "corpus" / "fresh14", ROOT / "tests" / "corpus" / "golden-fresh14"),
    "fresh15": (ROOT / "data" / "corpus" / "fresh15", ROOT / "tests" / "corpus" / "golden-fresh15"),
    "fresh16": (ROOT / "data" / "corpus" / "fresh16", ROOT / "tests" / "corpus" / "golden-fresh16"),
    "fresh17": (ROOT / "data" / "corpus" / "fresh17", ROOT / "tests" / "corpus" / "golden-fresh17"),
    "fresh18": (ROOT / "data" / "corpus" / "fresh18", ROOT / "tests" / "corpus" / "golden-fresh18"),
    "fresh19": (ROOT / "data" / "corpus" / "fresh19", ROOT / "tests" / "corpus" / "golden-fresh19"),
    "fresh20": (ROOT / "data" / "corpus" / "fresh20", ROOT / "tests" / "corpus" / "golden-fresh20"),
    "fresh21": (ROOT / "data" / "corpus" / "fresh21", ROOT / "tests" / "corpus" / "golden-fresh21"),
    "fresh22": (ROOT / "data" / "corpus" / "fresh22", ROOT / "tests" / "corpus" / "golden-fresh22"),
    "fresh23": (ROOT / "data" / "corpus" / "fresh23", ROOT / "tests" / "corpus" / "golden-fresh23"),
    "fresh24": (ROOT / "data" / "corpus" / "fresh24", ROOT / "tests" / "corpus" / "golden-fresh24"),
    "fresh25": (ROOT / "data" / "corpus" / "fresh25", ROOT / "tests" / "corpus" / "golden-fresh25"),
    "fresh26": (ROOT / "data" / "corpus" / "fresh26", ROOT / "tests" / "corpus" / "golden-fresh26"),
    "fresh27": (ROOT / "data" / "corpus" / "fresh27", ROOT / "tests" / "corpus" / "golden-fresh27"),
    "fresh28": (ROOT / "data" / "corpus" / "fresh28", ROOT / "tests" / "corpus" / "golden-fresh28"),
    "fresh29": (ROOT / "data" / "corpus" / "fresh29", ROOT / "tests" / "corpus" / "golden-fresh29"),
    "fresh30": (ROOT / "data" / "corpus" / "fresh30", ROOT / "tests" / "corpus" / "golden-fresh30"),
    "fresh31": (ROOT / "data" / "corpus" / "fresh31", ROOT / "tests" / "corpus" / "golden-fresh31"),
    "fresh32": (ROOT / "data" / "corpus" / "fresh32", ROOT / "tests" / "corpus" / "golden-fresh32"),
    "fresh33": (ROOT / "data" / "corpus" / "fresh33", ROOT / "tests" / "corpus" / "golden-fresh33"),
    "fresh34": (ROOT / "data" / "corpus" / "fresh34", ROOT / "tests" / "corpus" / "golden-fresh34"),
    "fresh35": (ROOT / "data" / "corpus" / "fresh35", ROOT / "tests" / "corpus" / "golden-fresh35"),
    "fresh36": (ROOT / "data" / "corpus" / "fresh36", ROOT / "tests" / "corpus" / "golden-fresh36"),
}


def score_file(golden_path: Path, documents: Path) -> tuple[FileScore, list[str]]:
    golden = load_golden(golden_path.read_text(encoding="utf-8"))
    document = (documents / f"{golden_path.stem}.md").read_text(encoding="utf-8")
    draft = extract(document, deck="corpus", source=golden.source)
    return score(draft.notes, golden), golden_problems(golden, document)


def _row(name: str, facts: int, matched: int, recall: float, cards: int, wrong: int, rate: float) -> str:
    return f"{name:<44} {matched:>4}/{facts:<4} {recall:6.1%}  {cards:>5} {wrong:>5} {rate:6.1%}"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("names", nargs="*", metavar="NAME", help="files to score (default: every golden)")
    parser.add_argument("--half", choices=("tuning", "held-out"), help="only this half of the corpus")
    parser.add_argument("--set", choices=sorted(SETS), default="corpus", help="which documents (default: corpus)")
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses and wrong cards")
    args = parser.parse_args()
    documents, goldens = SETS[args.set]
    paths = sorted(goldens.glob("*.json"))
    if args.names:
        paths = [p for p in paths if any(p.stem.startswith(n.removesuffix(".md")) for n in args.names)]
    if args.half:
        paths = [p for p in paths if half(p.stem) == args.half]
    if not paths:
        raise SystemExit(f"no goldens to score in {goldens}")
    results: list[tuple[str, FileScore]] = []
    print(f"{'file':<44} {'matched':>9} {'recall':>6}  {'cards':>5} {'wrong':>5} {'wrong%':>6}")
    for path in paths:
        result, problems = score_file(path, documents)
        results.append((half(path.stem) if args.set == "corpus" else args.set, result))
        print(_row(path.stem, result.facts, result.matched, result.recall, result.cards, result.wrong,
                   result.wrong_rate))
        if args.verbose:
            for problem in problems:
                print(f"    golden: {problem}")
            for fact in result.misses:
                print(f"    miss  {fact.describe()}")
            for wrong in result.wrong_cards:
                card = wrong.card
                where = f" [{card.command}]" if card.command else ""
                back = card.back.replace("\n", " / ")
                print(f"    wrong {card.line}: {card.kind.value}{where} {card.front} → {back}  ({wrong.reason})")
    print()
    for name in ("tuning", "held-out", *(n for n in SETS if n != "corpus")):
        part = [r for h, r in results if h == name]
        if part:
            t = total(part)
            print(_row(f"{name} ({len(part)} files)", t.facts, t.matched, t.recall, t.cards, t.wrong, t.wrong_rate))
    t = total(r for _, r in results)
    print(_row(f"overall ({len(results)} files)", t.facts, t.matched, t.recall, t.cards, t.wrong, t.wrong_rate))


if __name__ == "__main__":
    main()
