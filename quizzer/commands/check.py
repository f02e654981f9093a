"""``quizzer check``: the person looks at each new shape of card before it is learnt.

Extraction is often wrong on notes in a style it has not met, but within one
document the cards one rule read from one kind of line are right or wrong
together.  So the cards of a new shape wait (suspended by the check) until the
person has looked at a few of them and kept or held back the lot; every
decision is committed before the next key is read.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from quizzer.commands.common import AddCommand, deck_name, open_db, print_json, startup_done
from quizzer.errors import QuizzerError
from quizzer.i18n import _

if TYPE_CHECKING:
    from prompt_toolkit.input import Input
    from prompt_toolkit.output import Output
    from sqlalchemy.orm import Session

    from quizzer.check_session import Decision, Tally
    from quizzer.db import Database
    from quizzer.db.checks import Waiting

__all__ = ["check", "register", "shapes_json", "store", "with_written"]


def cmd_check(args: argparse.Namespace) -> int:
    """Keep or hold back each shape of card waiting for a check."""
    from quizzer.db.checks import waiting
    from quizzer.paths import db_option
    from quizzer.to_copy import quizzer_command

    held = args.held or args.again
    db = open_db(args)
    try:
        with db.reading() as session:
            if args.decks:
                from quizzer.db.queries import find_decks

                find_decks(session, list(dict.fromkeys(args.decks)))  # an unknown name: one sentence
            shapes = waiting(session, args.decks or None, held=held)
        if args.json:
            print_json(shapes_json(shapes))
            return 0
        if args.list or args.held:
            option = db_option(db.path)
            _print_list(shapes, held=held, again=quizzer_command("check", "--again", db_option=option),
                        check=quizzer_command("check", db_option=option))
            return 0
        if not shapes:
            print(_nothing(held))
            return 0
        if not sys.stdin.isatty() or not sys.stdout.isatty():
            command = quizzer_command("check", "--list", db_option=db_option(db.path))
            raise QuizzerError(_("quizzer check needs an interactive terminal; {command} prints what waits.").format(
                command=command), command=command)
        startup_done()
        check(db, shapes, cols=_columns, again=args.again)
    finally:
        db.close()
    return 0


def check(
    db: Database,
    shapes: Sequence[Waiting],
    *,
    cols: Callable[[], int],
    again: bool = False,
    write: Callable[[str], None] = print,
    input: Input | None = None,
    output: Output | None = None,
) -> Tally:
    """Ask about ``shapes``, storing and committing each decision as it is made; then the summary line.

    ``cols``: the terminal's width now (read again for each group and for the summary line).
    ``again``: the shapes are those held back (``--again``): ``n`` leaves them as they are, so a
    kept shape whose cards were held one by one stays kept (its later cards still come in).
    """
    from quizzer.check_screen import run_check
    from quizzer.check_session import CheckSession, Verdict
    from quizzer.check_view import summary_line
    from quizzer.db.checks import joined_shapes
    from quizzer.paths import db_option
    from quizzer.text import visible, wrap_around

    from quizzer.db.lite import raw_connection
    from quizzer.db.stamps import imported_digests

    with db.reading() as reading:
        digests = imported_digests(raw_connection(reading))
    session = CheckSession(joined_shapes(with_written(shapes, digests)))

    def stored(decision: Decision) -> None:
        if again and decision.verdict is Verdict.HOLD:
            return  # held already
        with db.session() as transaction:  # committed here: a crash after it loses nothing decided
            store(transaction, decision, again=again)

    interrupted = False
    try:
        run_check(session, stored, write=lambda line: write(visible(line)), cols=cols, input=input, output=output)
    except KeyboardInterrupt:  # Ctrl-C at a question, or while a decision was being stored (that one rolled back)
        session.stop()
        interrupted = True
    tally = session.tally()
    still_waiting = 0
    if again or not tally.skipped + tally.left:  # other decks', or (--again) not held ones, may wait
        from quizzer.db.held import cards_waiting

        with db.reading() as reading:
            still_waiting = cards_waiting(reading)
    write("")
    line, command = summary_line(tally, again=again, still_waiting=still_waiting, db_option=db_option(db.path))
    for shown in wrap_around(visible(line), cols(), visible(command)):  # the command whole, to copy
        write(shown)
    if interrupted:  # what was kept and held said: the command ends as a Ctrl-C does ('Interrupted.', 130)
        raise KeyboardInterrupt
    return tally


def with_written(shapes: Sequence[Waiting], digests: Mapping[str, str]) -> list[Waiting]:
    """The shapes with each card's line as written in its document, each document read once.
    ``digests``: each deck's document as last imported (quizzer.db.stamps.imported_digests); a
    document that differs from it now, or cannot be read, marks its shapes ``changed`` and shows no
    line (its lines may have moved: the line there now is not what the card was read from); a deck
    with no digest shows the lines there now."""
    from dataclasses import replace
    from pathlib import Path

    from quizzer.documents import load

    read: dict[str, tuple[list[str], str] | None] = {}  # source → its lines and digest (None: unreadable)
    for source in {shape.source for shape in shapes}:
        try:
            document = load(Path(source))
        except (QuizzerError, OSError, ValueError):
            read[source] = None
            continue
        read[source] = ([line.rstrip("\r") for line in document.text.split("\n")], document.digest)
    out = []
    for shape in shapes:
        found = read[shape.source]
        if found is None or digests.get(shape.deck, found[1]) != found[1]:
            out.append(replace(shape, changed=True, cards=tuple(replace(card, written="") for card in shape.cards)))
            continue
        text = found[0]
        out.append(replace(shape, cards=tuple(
            replace(card, written=text[card.line - 1] if 0 < card.line <= len(text) else "") for card in shape.cards)))
    return out


def store(session: Session, decision: Decision, *, again: bool = False) -> tuple[int, int]:
    """Write one decision (not committed): (cards kept, cards held back) as stored.
    ``again``: the shape was held back (``--again``), and ``y`` brings in all its held cards;
    otherwise ``y`` brings in those waiting (notes held one by one before ``s`` stay held).
    Shapes asked about together are stored each on its own, as if asked apart: one by one, a
    section none of whose notes was kept is held back (with ``again``: left as it was)."""
    from quizzer.check_session import Verdict
    from quizzer.db.checks import decide_cards, hold, keep, keep_cards

    shape = decision.shape
    if decision.verdict is Verdict.NOTE:
        decide_cards(session, kept=decision.kept, held=decision.held)
        return decision.counts
    kept = held = 0
    for section in shape.sections:
        if decision.verdict is Verdict.KEEP:
            kept += keep(session, shape.deck, shape.reason, shape.kind, section, waiting_only=not again)
            continue
        ids = {card.card_id for card in shape.cards if card.section == section}
        if decision.verdict is Verdict.SOME and ids & set(decision.kept):
            released, stayed = keep_cards(session, shape.deck, shape.reason, shape.kind, ids & set(decision.kept), section)
            kept, held = kept + released, held + stayed
        elif not again:  # held back (a section of shapes asked together, none of its notes kept, too)
            held += hold(session, shape.deck, shape.reason, shape.kind, section)
        # (--again: a section none of whose notes is kept now stays as it was, as n leaves a shape)
    return kept, held


def shapes_json(shapes: Sequence[Waiting]) -> dict[str, object]:
    return {"shapes": [
        {
            "deck": shape.deck,
            "source": shape.source,
            "reason": shape.reason,
            "kind": shape.kind,
            "section": list(shape.headings),
            "cards": [
                {"id": card.card_id, "note": card.note_id, "front": card.front, "back": card.back, "line": card.line}
                for card in shape.cards
            ],
        }
        for shape in shapes
    ]}


def _nothing(held: bool) -> str:
    if held:
        return _("No cards are held back by the check.")
    return _("No cards wait for a check.")


def _print_list(shapes: Sequence[Waiting], *, held: bool, again: str, check: str) -> None:
    """The shapes that wait (``held``: those held back), then the command that asks about them:
    ``again`` or ``check``."""
    from quizzer.check_view import list_lines
    from quizzer.text import visible, wrap, wrap_around

    cols = _columns()
    if not shapes:
        print("\n".join(wrap(_nothing(held), cols)))
        return
    for line in list_lines(shapes, cols=cols):
        print(visible(line))
    # wrapped between words like the lines above ('e/ach group' at 40 columns)
    if held:
        print("\n".join(wrap_around(visible(_("Run {command} to look at them again.").format(command=again)), cols,
                                     visible(again))))
    else:
        print("\n".join(wrap_around(visible(_("Run {command} to keep or hold back each group.").format(command=check)),
                                     cols, visible(check))))


def _columns() -> int:
    import shutil

    return max(shutil.get_terminal_size().columns - 1, 20)


def register(add: AddCommand) -> None:
    check = add("check", cmd_check, _("Look at each new kind of card before learning it: keep it or hold it back."))
    check.add_argument("decks", nargs="*", type=deck_name, metavar="DECK", help=_("decks to check (default: all)"))
    shown = check.add_mutually_exclusive_group()
    shown.add_argument("--list", action="store_true", help=_("list what waits for a check, without asking"))
    shown.add_argument("--held", action="store_true", help=_("list what the check held back, without asking"))
    shown.add_argument("--again", action="store_true", help=_("check again what was held back"))
    check.add_argument("--json", action="store_true", help=_("print what waits as JSON, without asking (with --held: what was held back)"))
