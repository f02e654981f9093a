"""``quizzer delete DECK``: a deck and all it holds out of the database, a backup kept.

It says what goes (notes, cards, reviews), asks (``--yes`` for scripts), then
saves the deck as ``quizzer backup`` would, beside the database
(``deleted/DECK-TIME.json``), and deletes it in the same transaction; ``quizzer
import`` of that file brings it back.  A deck quizzer ships stays deleted
(:mod:`quizzer.db.deck_delete`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from quizzer.commands.common import AddCommand, now, open_db, say
from quizzer.i18n import _

if TYPE_CHECKING:
    import datetime as dt

    from quizzer.db import Database

__all__ = ["register"]

FOLDER = "deleted"  # beside the database: the backups of deleted decks
# the moment a deck was deleted, in its backup's name (the same deck deleted again within the second: "-2" after it)
_MOMENT = "%Y-%m-%dT%H%M%S"


def interactive() -> bool:
    """Can quizzer ask the person (both ends a terminal)?"""
    return sys.stdin.isatty() and sys.stdout.isatty()


def backup_path(database: Path, deck: str, moment: str) -> Path:
    """Where the backup of a deleted deck goes: ``deleted/DECK-TIME.json`` beside the database."""
    from quizzer.exchange.files import default_name

    stem = default_name([deck], "json").removesuffix(".json")
    return database.parent / FOLDER / f"{stem}-{moment}.json"


def latest_backup(database: Path, deck: str) -> Path | None:
    """The newest backup ``quizzer delete`` kept of a deck named ``deck``, by the moment its name gives (None: there
    is none)."""
    head = backup_path(database, deck, "")  # ".../deleted/DECK-.json": the name up to the moment
    prefix = head.name.removesuffix(".json")
    try:
        paths = [path for path in head.parent.iterdir() if path.name.startswith(prefix) and path.suffix == ".json"]
    except OSError:  # no such folder: nothing was deleted
        return None
    found = [(moment, path) for path in paths if path.is_file()
             and (moment := _backup_moment(path.name[len(prefix) : -len(".json")])) is not None]
    return max(found, default=(None, None))[1]


def _backup_moment(text: str) -> tuple[dt.datetime, int] | None:
    """The moment and the copy number (1, or the N of "-N") of a backup's name after its deck's
    (``2026-12-03T081500-2``); None for any other text (another deck's name goes on there)."""
    import datetime as dt  # not at the top: ``quizzer --help`` imports this module and needs no clock

    stamp, _, copy = text.rpartition("-")
    if not (copy.isdigit() and stamp):
        stamp, copy = text, "1"
    try:
        return dt.datetime.strptime(stamp, _MOMENT), int(copy)
    except ValueError:
        return None


def cmd_delete(args: argparse.Namespace) -> int:
    """Delete a deck with its notes, cards and reviews, after a backup of it."""
    from quizzer.db.deck_delete import deck_contents, shipped_keys
    from quizzer.db.queries import find_deck
    from quizzer.errors import QuizzerError
    from quizzer.i18n import count_cards, count_notes, count_reviews
    from quizzer.text import visible

    db = open_db(args)
    try:
        if db.read_only:
            from quizzer.db.lite import read_only_error

            raise read_only_error(db.path)
        with db.reading() as session:
            deck = find_deck(session, args.deck)
            name, builtin = deck.name, deck.builtin
            contents = deck_contents(session, deck)
        say(visible(_("Deleting {deck} takes out {notes}, {cards} and {reviews}.").format(
            deck=name, notes=count_notes(contents.notes), cards=count_cards(contents.cards),
            reviews=count_reviews(contents.reviews))))
        if shipped_keys(name) and builtin:
            say(_("It is a deck quizzer ships: once deleted, it does not come back when quizzer starts "
                    "(only its backup brings it back)."))
        elif shipped_keys(name):  # the person's document took the name over: theirs goes, quizzer's comes back
            say(visible(_("quizzer ships a deck named {deck}: it comes back as shipped the next time quizzer "
                          "starts (delete it then to keep it out).").format(deck=name)))
        if not args.yes:
            if not interactive():
                raise QuizzerError(_("quizzer delete asks before it deletes: run it in a terminal, "
                                     "or add --yes to delete without asking."))
            from quizzer.screen import ask_key

            # a word typed into the question ("maybe") is no: its 'y' deleted the deck
            if ask_key(visible(_("Delete {deck}? [y/N]").format(deck=name)), "yYnN", stray_says_no=True) != "y":
                say(_("Nothing was deleted."))
                return 0
        target = _delete(db, args.deck, Path(db.path))
    finally:
        db.close()
    from quizzer.paths import db_option
    from quizzer.to_copy import quizzer_command

    # with --db when the deck was deleted from one: run as it says, the backup goes back where it was
    command = quizzer_command("import", target, db_option=db_option(db.path))
    say(visible(_("Deleted {deck}. Its backup is {file}; {command} brings it back.").format(
        deck=name, file=target, command=command)), command=visible(command))
    return 0


def _delete(db: Database, name: str, database: Path) -> Path:
    """In one write transaction: the deck saved as a dump beside the database, then deleted."""
    from quizzer.db.deck_delete import delete_deck
    from quizzer.db.queries import find_deck
    from quizzer.exchange.dump import dump_text
    from quizzer.exchange.files import replacing

    with db.session() as session:
        deck = find_deck(session, name)  # again, inside the write: another process may have changed it
        text, _counts = dump_text(session, [deck], exams_touching=True)  # an exam on every deck too: relinked on restore
        moment = now().strftime(_MOMENT)
        target = backup_path(database, deck.name, moment)
        copy = 1
        while target.exists():  # the same deck deleted again within the second: never over its backup
            copy += 1
            target = backup_path(database, deck.name, f"{moment}-{copy}")
        _make_folder(target.parent)
        with replacing(target) as path:
            path.write_text(text, encoding="utf-8")
        delete_deck(session, deck)
    return target


def _make_folder(folder: Path) -> None:
    from quizzer.errors import QuizzerError, os_reason

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise QuizzerError(_("Cannot write to {parent}: {reason}.").format(
            parent=folder, reason=os_reason(error))) from None


def register(add: AddCommand) -> None:
    delete = add("delete", cmd_delete,
                 _("Delete a deck with its notes, cards and reviews (a backup of it is kept; quizzer import restores it)."))
    delete.add_argument("deck", metavar="DECK", help=_("deck name (see 'quizzer decks')"))
    delete.add_argument("--yes", action="store_true", help=_("delete without asking"))
