"""Signals of not understanding, learnt only from cards made on notes nobody had seen (leave one set out).

    python benchmarks/doubt_signals.py [DUMP ...]            # default: data/checkdumps/c-fresh*.json
    python benchmarks/doubt_signals.py --show SIGNAL          # the cards a signal catches, with their status
    python benchmarks/doubt_signals.py --list wrong|matched   # every card of that status (to read them)

Each dump (``benchmarks/check_simulation.py dump``) holds the cards one commit made on a blind set when it
was first measured: how the extractor of that day failed on an author it had never read.  Every card is
scored with today's goldens and scorer (matched / optional / wrong), and marked when today's decide stage
(``quizzer.extract.decide``) would already warn of it.  For each candidate signal (a predicate of the card,
its line and its document's other cards: never a word of one document; ``gate_candidates.SIGNALS`` and
:data:`CANDIDATES` below) it counts, per set, the wrong cards it catches and the matched ones it costs, among
the cards today's decide still keeps.

A ninth blind dump, older and of another kind of extractor, can be added: the corpus's held-out half (the
even-numbered files) as first measured at ``ab2d476`` (tests/corpus/SCORES.md, "held-out, first measurement"):

    mkdir /tmp/old && git archive ab2d476 | tar -x -C /tmp/old
    (cd benchmarks && PYTHONPATH=/tmp/old python check_simulation.py dump --set corpus ab2d476 /tmp/c-corpus-ab2d476.json)
    python benchmarks/doubt_signals.py data/checkdumps/c-fresh*.json /tmp/c-corpus-ab2d476.json

(of a corpus dump only the held-out half is read: the other half had been tuned on).

Then leave one set out: for each of the eight sets, the signals whose counts on the other seven pass the
rule (caught >= 3 x lost, wrong caught in >= 3 sets, at least 3 caught) are chosen, and what they do on the
held-out set is reported.  A signal is kept when, over the held-out sets summed, it catches at least 3
wrong cards per matched card lost and catches wrong cards in at least 3 sets.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from extract_quality import SETS  # noqa: E402

DUMPS = ROOT / "data" / "checkdumps"  # each blind set's first-measurement cards (data/checkdumps/README.md)
RATIO = 3  # wrong caught per matched lost, at least
MIN_SETS = 3  # sets in which the signal catches a wrong card, at least (over the held-out sets)
MIN_SETS_FOLD = 2  # … and within a fold, on the seven sets a signal is chosen on


def _program_of(set_name: str, name: str) -> tuple[str | None, list[Any]]:
    """The program today's extractor reads the document as being about, and today's cards of it."""
    import quizzer.extract.walk as walk
    from quizzer.extract import extract

    seen: list[str | None] = []
    original = walk.decide

    def recording(notes, *, program, **kw):  # type: ignore[no-untyped-def]
        seen.append(program)
        return original(notes, program=program, **kw)

    walk.decide = recording  # type: ignore[assignment]
    try:
        text = (SETS[set_name][0] / f"{name}.md").read_text(encoding="utf-8")
        draft = extract(text, deck="corpus", source=name)
    finally:
        walk.decide = original  # type: ignore[assignment]
    return (seen[-1] if seen else None), list(draft.notes)


#: the gate's codes this script chose (quizzer.extract.gate): left out of "today's decide" by default, so that
#: the counts are those the signals were chosen on
CHOSEN = ("file_listed", "task_term", "typed_back")


def load(paths: list[Path], without: tuple[str, ...] = CHOSEN) -> list[dict[str, Any]]:
    """Every dumped document: its cards (each with ``status`` and ``today``: today's decide warns of it, the
    gate's codes in ``without`` left out)."""
    import quizzer.extract.decide as deciding
    from quizzer.extract.gate import shape_doubt

    def gate(note: Any, lines: Any = ()) -> str | None:
        code = shape_doubt(note, lines)
        return None if code in without else code

    deciding.shape_doubt = gate  # type: ignore[assignment]
    try:
        return _load(paths)
    finally:
        deciding.shape_doubt = shape_doubt  # type: ignore[assignment]


def _load(paths: list[Path]) -> list[dict[str, Any]]:
    from quizzer.extract.decide import decide
    from quizzer.extract.model import NoteDraft, note_key
    from quizzer.extract.score import card_status, half, load_golden
    from quizzer.kinds import Kind

    documents = []
    for path in paths:
        from check_simulation import _cards_dumped

        set_name, label, dumped = _cards_dumped(path)
        folder, golden_dir = SETS[set_name]
        for name, cards_of in dumped.items():
            if set_name == "corpus" and half(name) != "held-out":
                continue  # the tuning half had been tuned on: not blind
            doc = {"name": name, "cards": [vars(card) for card in cards_of]}
            golden = load_golden((golden_dir / f"{doc['name']}.json").read_text(encoding="utf-8"))
            lines = (folder / f"{doc['name']}.md").read_text(encoding="utf-8").replace("\r\n", "\n").split("\n")
            program, now = _program_of(set_name, doc["name"])
            drafts = []
            for n, card in enumerate(doc["cards"]):
                kind = Kind(card["kind"])
                section = tuple(card.get("section") or ())
                drafts.append(NoteDraft(
                    key=note_key("corpus", kind, card["command"], f"{card['front']}#{n}"), kind=kind,
                    front=card["front"], back=card["back"], command=card["command"],
                    section=section, line=card["line"], tags=(),
                    answers=tuple(card["answers"] or ()), position=card["position"], reason=card["reason"]))
            kept, _warnings = decide(drafts, program=program, lines=lines)
            kept_keys = {d.key for d in kept}
            cards = []
            for draft in drafts:
                cards.append(SimpleNamespace(
                    note=draft, status=card_status(draft, golden), today=draft.key not in kept_keys))
            documents.append({"set": set_name, "label": label, "name": doc["name"], "lines": lines,
                              "program": program, "cards": cards, "now": now})
    return documents


def candidates() -> dict[str, Any]:
    from doubt_candidates import CANDIDATES
    from gate_candidates import SIGNALS

    both = dict(SIGNALS)
    both.update(CANDIDATES)
    return both


def count(documents: list[dict[str, Any]], signals: dict[str, Any]) -> dict[str, dict[str, dict[str, int]]]:
    """signal → set → {"wrong": caught, "matched": lost, "optional": …} over the cards today's decide keeps."""
    from doubt_candidates import context

    got: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(int)))
    for doc in documents:
        alive = [c for c in doc["cards"] if not c.today]
        ctx = context([c.note for c in alive], doc["lines"], program=doc["program"],
                      doubted=[c.note for c in doc["cards"] if c.today])
        verdicts: dict[tuple[object, ...], set[bool]] = defaultdict(set)
        for card in alive:
            verdicts[_shape(card.note)].add(card.status == "wrong")
        for card in alive:
            for name, test in signals.items():
                if test(card.note, ctx):
                    got[name][doc["set"]][card.status] += 1
                    if card.status == "wrong" and len(verdicts[_shape(card.note)]) == 2:
                        got[name][doc["set"]]["mixed"] += 1
    return got


def _shape(note: Any) -> tuple[object, ...]:
    """The check's shape of a card (quizzer.checking.shape_of): rule, kind, first two headings."""
    return (note.reason, note.kind, tuple(note.section[:2]))


def passes(per_set: dict[str, dict[str, int]], sets: list[str]) -> bool:
    """A signal chosen on ``sets``: at least 3 wrong caught, RATIO per matched lost, in MIN_SETS_FOLD sets."""
    wrong = sum(per_set[s]["wrong"] for s in sets)
    matched = sum(per_set[s]["matched"] for s in sets)
    in_sets = sum(1 for s in sets if per_set[s]["wrong"] > 0)
    return wrong >= 3 and wrong >= RATIO * matched and in_sets >= MIN_SETS_FOLD


def report(documents: list[dict[str, Any]], signals: dict[str, Any]) -> None:
    sets = sorted({d["set"] for d in documents}, key=lambda s: list(SETS).index(s))
    totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for doc in documents:
        for c in doc["cards"]:
            totals[doc["set"]][("today-" if c.today else "") + c.status] += 1
    print("cards of the blind dumps: matched/optional/wrong kept by today's decide   (already warned today: wrong/matched)")
    for s in sets:
        t = totals[s]
        print(f"  {s:<7} {t['matched']:>4}/{t['optional']:>3}/{t['wrong']:>3}   ({t['today-wrong']}/{t['today-matched']})")
    got = count(documents, signals)
    print(f"\nper signal, per set: wrong caught/matched lost (optional)")
    header = "".join(f"{s:>11}" for s in sets)
    print(f"{'signal':<26}{header}   total")
    for name in signals:
        per = got[name]
        w = sum(per[s]["wrong"] for s in sets)
        m = sum(per[s]["matched"] for s in sets)
        if not w and not m:
            continue
        cells = "".join(f"{per[s]['wrong']:>5}/{per[s]['matched']:<2}({per[s]['optional']:>1})" for s in sets)
        mixed = sum(per[s]["mixed"] for s in sets)
        print(f"{name:<26}{cells}   {w}/{m}  ({mixed} wrong in mixed shapes)")
    # leave one set out
    print("\nleave one set out: signals chosen on the other sets, and what they do on the held-out one")
    held: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    held_sets: dict[str, set[str]] = defaultdict(set)
    for out in sets:
        rest = [s for s in sets if s != out]
        chosen = [name for name in signals if passes(got[name], rest)]
        parts = []
        for name in chosen:
            w, m = got[name][out]["wrong"], got[name][out]["matched"]
            held[name]["wrong"] += w
            held[name]["matched"] += m
            held[name]["folds"] += 1
            if w:
                held_sets[name].add(out)
            parts.append(f"{name} {w}/{m}")
        print(f"  held out {out:<7}: " + (", ".join(parts) or "(none chosen)"))
    print("\n(chosen in a fold: >= 3 wrong caught on the other seven sets, >= %d per matched lost, in >= %d of them)"
          % (RATIO, MIN_SETS_FOLD))
    print("\nover the held-out sets, summed (wrong caught / matched lost, sets with a catch, folds chosen in):")
    for name, h in sorted(held.items(), key=lambda kv: -kv[1]["wrong"]):
        ok = h["wrong"] >= RATIO * h["matched"] and len(held_sets[name]) >= MIN_SETS and h["wrong"] > 0
        print(f"  {'KEEP' if ok else 'drop'} {name:<26} {h['wrong']:>3}/{h['matched']:<3} in {len(held_sets[name])} sets,"
              f" chosen in {h['folds']} folds")


def show(documents: list[dict[str, Any]], signal: str, status: str | None) -> None:
    from doubt_candidates import context

    test = candidates()[signal]
    for doc in documents:
        alive = [c for c in doc["cards"] if not c.today]
        ctx = context([c.note for c in alive], doc["lines"], program=doc["program"],
                      doubted=[c.note for c in doc["cards"] if c.today])
        for card in alive:
            if test(card.note, ctx) and (status is None or card.status == status):
                _print_card(doc, card)


def _print_card(doc: dict[str, Any], card: Any) -> None:
    n = card.note
    print(f"{card.status:<8} {doc['set']}/{doc['name'][:30]}:{n.line} {n.kind.value} [{n.command}] {n.front[:60]!r}"
          f" → {n.back[:100]!r}  ({n.reason})")


def check(paths: list[Path]) -> None:
    """What the check before learning (benchmarks/check_simulation.py) does on each dump's cards left by today's
    decide, without the signals this script chose (:data:`CHOSEN`) and with them."""
    from check_simulation import Tally, simulate

    runs = [load(paths), load(paths, without=())]
    print(f"{'':<8} {'cards':>5} {'wrong':>5} {'review: wrong/kept':>19} {'right kept':>10} {'looked':>6}   (without {', '.join(CHOSEN)} | with them)")
    for set_name in dict.fromkeys(d["set"] for d in runs[0]):
        row = []
        for documents in runs:
            docs = {d["name"]: [c.note for c in d["cards"] if not c.today] for d in documents if d["set"] == set_name}
            total = Tally()
            for tally in simulate(docs, SETS[set_name][1], one_by_one=True).values():
                total.add(tally)
            row.append(f"{total.cards:>5} {total.wrong:>5} {total.kept_wrong:>8}/{total.kept:<10} {total.kept_right:>10}"
                       f" {total.looked / max(1, total.documents):>6.1f}")
        print(f"{set_name:<8} {row[0]} | {row[1]}")


#: weaker candidates (about 1-3 wrong per matched) tried as marks for the check one by one (``--weak``)
WEAK = ("far_above", "symbol_back", "lower_fragment", "deictic_back", "narrative_above", "long_above", "copula_back",
        "url_back", "question_back", "sentence_front3", "shared_back_long", "discursive2", "value_front", "path_front",
        "numeric_front", "first_person", "shape_half_weak")


def weak(paths: list[Path]) -> None:
    """The check before learning when a weak signal's cards form a shape of their own (their rule marked), so that
    a person sees them apart from their group, rather than trusting the group's sample: wrong cards reaching review,
    right cards kept, cards looked at and questions asked, over every dump (today's decide first, as it is)."""
    from check_simulation import Tally, simulate
    from doubt_candidates import context

    documents = load(paths, without=())
    signals = candidates()

    def run(test: Any) -> Tally:
        total = Tally()
        for set_name in dict.fromkeys(d["set"] for d in documents):
            shown: dict[str, list[Any]] = {}
            for doc in documents:
                if doc["set"] != set_name:
                    continue
                alive = [c for c in doc["cards"] if not c.today]
                ctx = context([c.note for c in alive], doc["lines"], program=doc["program"],
                              doubted=[c.note for c in doc["cards"] if c.today])
                shown[doc["name"]] = [
                    SimpleNamespace(**{**{f: getattr(c.note, f) for f in ("kind", "command", "front", "back", "answers",
                                                                           "position", "line", "section")},
                                       "reason": f"{c.note.reason} [doubt]" if test(c.note, ctx) else c.note.reason})
                    for c in alive]
            for tally in simulate(shown, SETS[set_name][1], one_by_one=True).values():
                total.add(tally)
        return total

    base = run(lambda note, ctx: False)
    print(f"{'(none)':<20} wrong reaching review {base.kept_wrong}, right kept {base.kept_right}, looked {base.looked},"
          f" questions {base.questions}")
    for name in WEAK:
        t = run(signals[name])
        print(f"{name:<20} wrong reaching review {t.kept_wrong}, right kept {t.kept_right}, looked {t.looked}"
              f" ({t.looked - base.looked:+d}), questions {t.questions} ({t.questions - base.questions:+d})")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("dumps", nargs="*", type=Path)
    parser.add_argument("--show", help="list the cards this signal catches")
    parser.add_argument("--status", help="with --show: only cards of this status")
    parser.add_argument("--list", help="list every card (kept by today's decide) of this status")
    parser.add_argument("--only", action="append", help="count these signals only")
    parser.add_argument("--check", action="store_true", help="simulate the check before and after the chosen signals")
    parser.add_argument("--weak", action="store_true", help="simulate the check with weak signals' cards asked apart")
    args = parser.parse_args()
    paths = args.dumps or sorted(DUMPS.glob("c-fresh*.json"), key=lambda p: list(SETS).index(p.name.split("-")[1]))
    if args.check:
        check(paths)
        return
    if args.weak:
        weak(paths)
        return
    documents = load(paths)
    if args.show:
        show(documents, args.show, args.status)
        return
    if args.list:
        for doc in documents:
            for card in doc["cards"]:
                if card.status == args.list and not card.today:
                    _print_card(doc, card)
        return
    signals = candidates()
    if args.only:
        signals = {k: v for k, v in signals.items() if k in args.only}
    report(documents, signals)


if __name__ == "__main__":
    main()
