"""What `quizzer check` stops: a person who judges a few cards of each shape, simulated on the goldens.

    python benchmarks/check_simulation.py [--set corpus|fresh|…] …        # cards of this quizzer
    PYTHONPATH=/tmp/old python benchmarks/check_simulation.py dump --set fresh5 LABEL OUT.json
    python benchmarks/check_simulation.py --cards OUT.json …             # cards an old commit made

After an import, quizzer holds each new shape of card (the rule that read it, the kind of note and
its section, the first two headings: `quizzer.checking`) until the person has looked at a few of its
cards (`quizzer.checking.samples`).
This script plays that person with the goldens as their judgement: a sample is right when the scorer
says it states a fact or an optional one (tests/corpus/README.md).  Two ways to answer are scored:

* **samples**: keep the shape when every sample is right (`y`), hold it back otherwise (`n`);
* **then one by one**: as above, but when the samples disagree, judge every card of the shape (`o`).

For each set it prints the cards made and the wrong ones, then, after the check, the cards that reach
review, the wrong ones among them, the right cards kept and the cards the person looked at.  The
figures that matter are on notes nobody had tuned on: dump a blind set's cards with the quizzer of the
commit at which it was measured blind (tests/corpus/SCORES.md) and score them here.  A dump written
before dumps had sections gets, for each card, the section this quizzer gives a note on its line, or
else the headings above that line.

On the seven blind sets' dumps (one by one): 4 wrong of 999 cards reaching review (fresh 3/198,
fresh2 1/225, the others 0), every right card kept, 10.8 cards looked at a document (7.3-13.5) in 4.4
questions (3.0-5.7; a card read from a heading in the section that heading sits in: 10.9 and 3.1-5.7
before); by rule and kind alone, without sections: 20 of 1,013 (fresh 7/201, fresh2 6/230,
fresh7 7/228), 99.8 % of right cards kept, 9.5 cards looked at a document in 2.6 questions.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path
from types import SimpleNamespace

from extract_quality import SETS

ROOT = Path(__file__).resolve().parents[1]
CARD_FIELDS = ("kind", "command", "front", "back", "answers", "position", "line", "reason", "section")


def dump(set_name: str, label: str, out: Path) -> None:
    """The cards of every document of a set, made by the quizzer on the path (it may be an old one)."""
    from quizzer.extract import extract

    folder, goldens = SETS[set_name]
    documents = []
    for golden in sorted(goldens.glob("*.json")):
        draft = extract((folder / f"{golden.stem}.md").read_text(encoding="utf-8"), deck="corpus", source=golden.stem)
        cards = [{name: getattr(note, name, None) for name in CARD_FIELDS} for note in draft.notes]
        documents.append({"name": golden.stem, "cards": cards})
    out.write_text(json.dumps({"label": label, "set": set_name, "documents": documents}, ensure_ascii=False,
                              default=str), encoding="utf-8")
    print(f"{label}: {sum(len(d['cards']) for d in documents)} cards of {len(documents)} documents → {out}")


def _cards_now(set_name: str) -> dict[str, list[object]]:
    from quizzer.extract import extract

    folder, goldens = SETS[set_name]
    return {g.stem: list(extract((folder / f"{g.stem}.md").read_text(encoding="utf-8"), deck="corpus", source=g.stem).notes)
            for g in sorted(goldens.glob("*.json"))}


def _headings(text: str) -> list[tuple[int, int, str]]:
    """The document's headings: (line, level, text), by markdown-it."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(text)
    return [(token.map[0] + 1, int(token.tag[1]), tokens[i + 1].content)
            for i, token in enumerate(tokens) if token.type == "heading_open" and token.map]


def _sections(set_name: str, name: str) -> Callable[[int], tuple[str, ...]]:
    """The section of a line of a set's document, for cards dumped before dumps had it: the
    section this quizzer gives a note on that line, else the headings above it."""
    from quizzer.extract import extract

    text = (SETS[set_name][0] / f"{name}.md").read_text(encoding="utf-8")
    now = {note.line: tuple(note.section) for note in extract(text, deck="corpus", source=name).notes}
    headings = _headings(text)

    def section(line: int) -> tuple[str, ...]:
        if line in now:
            return now[line]
        stack: list[tuple[int, str]] = []
        for at, level, title in headings:
            if at > line:
                break
            stack = [(lv, t) for lv, t in stack if lv < level] + [(level, title)]
        return tuple(title for _, title in stack)

    return section


def _cards_dumped(path: Path) -> tuple[str, str, dict[str, list[object]]]:
    from quizzer.kinds import Kind

    data = json.loads(path.read_text(encoding="utf-8"))
    documents = {}
    for document in data["documents"]:
        cards = document["cards"]
        if any("section" not in card for card in cards):
            section = _sections(data["set"], document["name"])
            cards = [{**card, "section": section(card["line"])} if "section" not in card else card for card in cards]
        documents[document["name"]] = [
            SimpleNamespace(**{**card, "kind": Kind(card["kind"]), "answers": tuple(card["answers"] or ()),
                               "section": tuple(card["section"] or ())})
            for card in cards]
    return data["set"], data["label"], documents


@dataclass
class Tally:
    documents: int = 0
    shapes: int = 0
    cards: int = 0
    wrong: int = 0
    kept: int = 0
    kept_wrong: int = 0
    kept_right: int = 0
    looked: int = 0
    questions: int = 0  # groups asked about, small ones of a rule and kind together (quizzer.checking.joined)

    def add(self, other: Tally) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


def simulate(documents: dict[str, list[object]], goldens: Path, *, one_by_one: bool) -> dict[str, Tally]:
    from quizzer.checking import groups, joined, needs_check, samples
    from quizzer.extract.score import card_status, load_golden

    result = {}
    for name, cards in documents.items():
        golden = load_golden((goldens / f"{name}.json").read_text(encoding="utf-8"))
        tally = Tally(documents=1)
        right = {id(card): card_status(card, golden) != "wrong" for card in cards}
        tally.cards = len(cards)
        tally.wrong = sum(not ok for ok in right.values())
        for card in cards:  # cards written by hand are never held
            if not needs_check(card):  # type: ignore[arg-type]
                tally.kept += 1
                tally.kept_right += right[id(card)]
                tally.kept_wrong += not right[id(card)]
        shaped = groups([c for c in cards if needs_check(c)])  # type: ignore[arg-type]
        tally.questions = len(joined(list(shaped.items()), key=lambda item: item[0][:2], size=lambda item: len(item[1])))
        for members in shaped.values():
            tally.shapes += 1
            shown = samples(members, text=lambda card: (card.front, card.back))  # as `quizzer check` shows them
            tally.looked += len(shown)
            verdicts = {right[id(card)] for card in shown}
            if verdicts == {True}:
                kept = members
            elif verdicts == {False} or not one_by_one:
                kept = []
            else:  # the samples disagree: the person judges every card
                tally.looked += len(members) - len(shown)
                kept = [card for card in members if right[id(card)]]
            tally.kept += len(kept)
            tally.kept_right += sum(right[id(card)] for card in kept)
            tally.kept_wrong += sum(not right[id(card)] for card in kept)
        result[name] = tally
    return result


def _pct(part: int, whole: int) -> str:
    return f"{part / whole:6.1%}" if whole else "     -"


def report(title: str, documents: dict[str, list[object]], goldens: Path, *, verbose: bool) -> None:
    print(f"\n{title}")
    print(f"{'':<44} {'cards':>5} {'wrong':>13} | {'after the check: samples':>38} | {'then one by one':>34}")
    totals = (Tally(), Tally())
    per = [simulate(documents, goldens, one_by_one=flag) for flag in (False, True)]
    names = list(documents) + ["total"]
    for name in names:
        if name == "total":
            rows = totals
        else:
            rows = (per[0][name], per[1][name])
            totals[0].add(rows[0])
            totals[1].add(rows[1])
            if not verbose:
                continue
        a, b = rows
        right = a.cards - a.wrong
        print(f"{name[:44]:<44} {a.cards:>5} {a.wrong:>5} {_pct(a.wrong, a.cards)} | "
              f"wrong {a.kept_wrong:>3}/{a.kept:<4}{_pct(a.kept_wrong, a.kept)} right kept {a.kept_right:>4}/{right:<4} looked {a.looked:>4} | "
              f"wrong {b.kept_wrong:>3}/{b.kept:<4}{_pct(b.kept_wrong, b.kept)} kept {_pct(b.kept_right, right)} looked {b.looked:>4}")
    t = totals[0]
    print(f"{t.documents} documents, {t.shapes} shapes ({t.shapes / max(1, t.documents):.1f} a document, "
          f"asked in {t.questions / max(1, t.documents):.1f} questions), "
          f"cards looked at a document: {t.looked / max(1, t.documents):.1f} (samples), "
          f"{totals[1].looked / max(1, t.documents):.1f} (then one by one)")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    sub = parser.add_subparsers(dest="command")
    d = sub.add_parser("dump", help="dump a set's cards made by the quizzer on the path")
    d.add_argument("--set", choices=sorted(SETS), required=True)
    d.add_argument("label")
    d.add_argument("out", type=Path)
    parser.add_argument("--set", dest="sets", action="append", choices=sorted(SETS), help="sets to score (default: all)")
    parser.add_argument("--cards", action="append", type=Path, default=[], help="score the cards of a dump instead")
    parser.add_argument("--verbose", "-v", action="store_true", help="a line per document")
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.set, args.label, args.out)
        return
    for path in args.cards:
        set_name, label, documents = _cards_dumped(path)
        report(f"{set_name}, cards made at {label}", documents, SETS[set_name][1], verbose=args.verbose)
    if not args.cards:
        for set_name in args.sets or sorted(SETS):
            report(f"{set_name}, cards made now", _cards_now(set_name), SETS[set_name][1], verbose=args.verbose)


if __name__ == "__main__":
    main()
