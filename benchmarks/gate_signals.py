"""Which general signals tell wrong cards from right ones, over every tuned set and several commits.

    # 1. the cards a commit makes (run with that commit's quizzer first on PYTHONPATH)
    PYTHONPATH=/tmp/old python benchmarks/gate_signals.py dump --label af442bf /tmp/cards-af442bf.json
    # 2. every card scored with today's goldens and scorer, and each candidate signal's counts
    python benchmarks/gate_signals.py count /tmp/cards-*.json [--show SIGNAL]

A card is *matched* (it states a fact of its golden), *wrong* (the scorer's rule: it joins two facts or
matches no fact nor an optional one) or *optional* (it states an optional fact only).  For each signal the
report gives, per set and per commit, how many wrong cards it catches and how many matched ones it costs.
The documents and goldens are always this worktree's (an old commit may not have the later sets); only the
extraction is the old commit's.  A signal is kept when it catches clearly more wrong cards than matched
ones on the sets it was not designed on.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = next((p / "shared" / "corpus" for p in ROOT.parents if (p / "shared" / "corpus").is_dir()),
              ROOT.parent / "shared" / "corpus")
SETS = {
    "corpus": (CORPUS, ROOT / "tests" / "corpus" / "golden"),
    "fresh": (ROOT / "data" / "corpus" / "fresh", ROOT / "tests" / "corpus" / "golden-fresh"),
    "fresh2": (ROOT / "data" / "corpus" / "fresh2", ROOT / "tests" / "corpus" / "golden-fresh2"),
    "fresh3": (ROOT / "data" / "corpus" / "fresh3", ROOT / "tests" / "corpus" / "golden-fresh3"),
    "fresh4": (ROOT / "data" / "corpus" / "fresh4", ROOT / "tests" / "corpus" / "golden-fresh4"),
}


def dump(label: str, out: Path) -> None:
    """Every set's documents extracted by the quizzer on the path: the drafts the rules found (before the
    decide stage), the document's program, and which drafts that commit's decide kept, as JSON."""
    import dataclasses

    import quizzer.extract.walk as walk
    from quizzer.extract import extract

    seen: list[tuple[list[object], str | None]] = []
    original = walk.decide

    def recording(notes, *, program, lines=()):  # type: ignore[no-untyped-def]
        notes = list(notes)
        seen.append((notes, program))
        return original(notes, program=program, lines=lines)

    walk.decide = recording  # type: ignore[assignment]
    documents = []
    for name, (folder, goldens) in SETS.items():
        for golden in sorted(goldens.glob("*.json")):
            path = folder / f"{golden.stem}.md"
            if not path.exists():
                continue
            seen.clear()
            draft = extract(path.read_text(encoding="utf-8"), deck="corpus", source=golden.stem)
            drafts, program = seen[-1] if seen else ([], None)
            kept = {getattr(note, "key", None) for note in draft.notes}
            rows = []
            for note in drafts:
                row = {f.name: getattr(note, f.name) for f in dataclasses.fields(note)}  # type: ignore[arg-type]
                row["kind"] = getattr(row["kind"], "value", row["kind"])
                row["kept"] = row.get("key") in kept
                rows.append(row)
            documents.append({"set": name, "name": golden.stem, "program": program, "drafts": rows,
                              "cards": len(draft.notes)})
    out.write_text(json.dumps({"label": label, "documents": documents}, ensure_ascii=False, default=list),
                   encoding="utf-8")
    print(f"{label}: {sum(len(d['drafts']) for d in documents)} drafts of {len(documents)} documents → {out}")


def load(paths: list[Path]):  # type: ignore[no-untyped-def]
    """For every dumped document: its drafts passed through today's decide, each kept card scored.

    Yields (label, set, name, kept cards with their status, lines, decide's doubts [(draft, status)], program).
    """
    from quizzer.extract.decide import decide
    from quizzer.extract.model import Kind, NoteDraft
    from quizzer.extract.score import card_status, load_golden

    known = {f for f in NoteDraft.__dataclass_fields__}
    goldens: dict[tuple[str, str], object] = {}
    texts: dict[tuple[str, str], list[str]] = {}
    for path in paths:
        data = json.loads(path.read_text(encoding="utf-8"))
        for doc in data["documents"]:
            key = (doc["set"], doc["name"])
            folder, golden_dir = SETS[doc["set"]]
            if key not in goldens:
                goldens[key] = load_golden((golden_dir / f"{doc['name']}.json").read_text(encoding="utf-8"))
                texts[key] = (folder / f"{doc['name']}.md").read_text(encoding="utf-8").replace("\r\n", "\n").split("\n")
            golden = goldens[key]
            drafts = []
            for row in doc["drafts"]:
                fields = {k: v for k, v in row.items() if k in known}
                fields["kind"] = Kind(fields["kind"])
                for name in ("section", "tags", "answers"):
                    fields[name] = tuple(fields.get(name) or ())
                drafts.append(NoteDraft(**fields))
            kept, _warnings = decide(drafts, program=doc["program"], lines=texts[key])
            kept_ids = {id(n) for n in kept}
            doubts = [(n, card_status(n, golden)) for n in drafts if id(n) not in kept_ids]
            cards = [(n, card_status(n, golden)) for n in kept]
            yield data["label"], doc["set"], doc["name"], cards, texts[key], doubts, doc["program"]


def _print_counts(name: str, per: dict[tuple[str, str], dict[str, int]], labels: list[str]) -> None:
    """One signal's wrong caught / matched lost: per commit, then per set over all commits."""
    by_label = "  ".join(
        f"{label} {sum(per[(label, s)]['wrong'] for s in SETS)}/{sum(per[(label, s)]['matched'] for s in SETS)}"
        for label in labels)
    by_set = "  ".join(
        f"{s} {sum(per[(label, s)]['wrong'] for label in labels)}/{sum(per[(label, s)]['matched'] for label in labels)}"
        for s in SETS)
    print(f"{name:<20} {by_label}\n{'':<20} {by_set}")


def count(paths: list[Path], show: str | None, only: str | None) -> None:
    sys.path.insert(0, str(ROOT))
    from benchmarks.gate_candidates import SIGNALS, context_of

    totals: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    caught: dict[str, dict[tuple[str, str], dict[str, int]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(int)))
    shown: list[str] = []
    labels: list[str] = []
    for label, set_name, name, cards, lines, doubts, program in load(paths):
        if label not in labels:
            labels.append(label)
        for _card, status in cards:
            totals[(label, set_name)][status] += 1
        for _card, status in doubts:
            totals[(label, set_name)]["doubt-" + status] += 1
        ctx = context_of([c for c, _ in cards], lines, doubts=[d for d, _ in doubts], program=program)
        for card, status in cards:
            for signal, test in SIGNALS.items():
                if only and signal != only:
                    continue
                if test(card, ctx):
                    caught[signal][(label, set_name)][status] += 1
                    if show == signal:
                        shown.append(f"  {status:<8} {label:<8} {set_name}/{name[:28]}:{card.line} {card.kind.value}"
                                     f" [{card.command}] {card.front!r} → {card.back[:90]!r} ({card.reason})")
    print("cards kept by today's decide per commit and set: matched / optional / wrong"
          "   (warned by today's decide: wrong / matched)")
    for label in labels:
        parts = []
        for s in SETS:
            t = totals[(label, s)]
            parts.append(f"{s} {t['matched']}/{t['optional']}/{t['wrong']} ({t['doubt-wrong']}/{t['doubt-matched']})")
        print(f"  {label:<8} " + "  ".join(parts))
    # what the gate (quizzer/extract/gate.py) itself warned, by its signal
    from quizzer.extract.gate import shape_doubt

    gated: dict[str, dict[tuple[str, str], dict[str, int]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(int)))
    for label, set_name, name, _cards, lines, doubts, _program in load(paths):
        for draft, status in doubts:
            code = shape_doubt(draft, lines)
            if code is not None:
                gated[code][(label, set_name)][status] += 1
                if show == code:
                    shown.append(f"  {status:<8} {label:<8} {set_name}/{name[:28]}:{draft.line} {draft.kind.value}"
                                 f" [{draft.command}] {draft.front!r} → {draft.back[:90]!r} ({draft.reason})")
    print("\ngate signal (in decide today): wrong warned / matched lost, per commit, then per set over all commits")
    for code, per in sorted(gated.items()):
        _print_counts(code, per, labels)
    print("\ncandidate signal (on the cards today's decide keeps): wrong caught / matched lost, per commit, then per set")
    for signal in SIGNALS:
        if only and signal != only:
            continue
        _print_counts(signal, caught[signal], labels)
    if shown:
        print(f"\ncards caught by {show}:")
        print("\n".join(shown))


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    sub = parser.add_subparsers(dest="mode", required=True)
    d = sub.add_parser("dump")
    d.add_argument("--label", required=True)
    d.add_argument("out", type=Path)
    c = sub.add_parser("count")
    c.add_argument("dumps", nargs="+", type=Path)
    c.add_argument("--show", help="list the cards this signal catches")
    c.add_argument("--only", help="count this signal only")
    args = parser.parse_args()
    if args.mode == "dump":
        dump(args.label, args.out)
    else:
        count(args.dumps, args.show, args.only)


if __name__ == "__main__":
    main()
