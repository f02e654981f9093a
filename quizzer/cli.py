"""The command line: parse arguments, open the database, call one function, print.

Problems a user can fix arrive as QuizzerError and leave as one ``Error: …``
line with exit status 1.  Heavy modules are imported inside the command that
needs them, so ``quizzer --help`` stays fast.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from quizzer import __version__
from quizzer.errors import QuizzerError
from quizzer.extract.model import Kind

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from quizzer.db import Database

__all__ = ["main"]

KINDS = tuple(kind.value for kind in Kind)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _print_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _open(args: argparse.Namespace) -> Database:
    """The database the user chose, with the built-in decks in it."""
    from quizzer.db import open_database
    from quizzer.decks import ensure_builtin_decks
    from quizzer.paths import database_path

    db = open_database(database_path(args.db))
    try:
        ensure_builtin_decks(db, now=_now())
    except BaseException:
        db.close()
        raise
    return db


@contextmanager
def _reading(args: argparse.Namespace) -> Iterator[Session]:
    """A read transaction on the user's database, closed afterwards."""
    db = _open(args)
    try:
        with db.reading() as session:
            yield session
    finally:
        db.close()


def _today() -> dt.date:
    from quizzer.config import load_config
    from quizzer.days import local_now, study_day

    return study_day(local_now(), load_config().rollover_hour)


# -- commands -------------------------------------------------------------------


def cmd_extract(args: argparse.Namespace) -> int:
    """Print the notes of documents without touching the database."""
    from quizzer.documents import draft_documents

    startup_done()
    drafts = draft_documents(args.paths, deck=args.deck)
    if args.json:
        _print_json({"decks": [draft.as_json() for draft in drafts]})
        return 0
    from quizzer.render import print_drafts

    print_drafts(drafts)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Import documents into decks, keeping review history of every note."""
    from quizzer.decks import import_drafts
    from quizzer.documents import draft_documents

    startup_done()
    drafts = draft_documents(args.paths, deck=args.deck)
    db = _open(args)
    try:
        results = import_drafts(db, drafts, now=_now(), adopt=args.deck is not None)
    finally:
        db.close()
    if args.json:
        _print_json({"imports": [result.as_json() for result in results]})
        return 0
    from quizzer.render import print_imports

    print_imports(results)
    return 0


def cmd_decks(args: argparse.Namespace) -> int:
    """List decks with their notes, cards, new and due counts."""
    from quizzer.db.queries import deck_summaries

    with _reading(args) as session:
        summaries = deck_summaries(session, _today())
    if args.json:
        _print_json({"decks": [summary.as_json() for summary in summaries]})
        return 0
    from quizzer.render import print_decks

    print_decks(summaries)
    return 0


def cmd_cards(args: argparse.Namespace) -> int:
    """List the cards of one deck."""
    from quizzer.db.queries import card_rows, find_deck

    with _reading(args) as session:
        deck = find_deck(session, args.deck)
        rows = card_rows(session, deck, kind=args.kind, search=args.search)
    if args.json:
        _print_json({"deck": args.deck, "cards": [row.as_json() for row in rows]})
        return 0
    from quizzer.render import print_cards

    print_cards(args.deck, rows)
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    """Review what is due today, then new cards (the default command)."""
    from dataclasses import replace

    from quizzer.config import Limits, load_config
    from quizzer.review.controller import Controller

    config = load_config()
    if args.new_limit is not None or args.review_limit is not None:
        def override(limits: Limits) -> Limits:
            return replace(
                limits,
                new_per_day=limits.new_per_day if args.new_limit is None else args.new_limit,
                reviews_per_day=limits.reviews_per_day if args.review_limit is None else args.review_limit,
            )

        config = replace(
            config,
            limits=override(config.limits),
            deck_limits={name: override(limits) for name, limits in config.deck_limits.items()},
        )
    db = _open(args)
    try:
        controller = Controller(db, config=config, deck_names=args.decks)
        if controller.session.current() is None:
            from quizzer.render import print_nothing_due

            print_nothing_due(controller.summary(), controller.today)
            return 0
        if not sys.stdin.isatty() or not sys.stdout.isatty():
            raise QuizzerError("The review screen needs an interactive terminal.")
        from quizzer.tui import ReviewScreen

        screen = ReviewScreen(controller)
        startup_done()
        screen.run()
        from quizzer.render import print_summary

        print_summary(controller.summary(), finished=not screen.quit_early)
    finally:
        db.close()
    return 0


def cmd_suspend(args: argparse.Namespace) -> int:
    """Suspend cards: they stop coming up until unsuspended."""
    return _set_suspended(args, True)


def cmd_unsuspend(args: argparse.Namespace) -> int:
    """Unsuspend cards."""
    return _set_suspended(args, False)


def _set_suspended(args: argparse.Namespace, value: bool) -> int:
    from quizzer.review.store import set_suspended

    db = _open(args)
    try:
        with db.session() as session:
            missing = [card for card in args.cards if not set_suspended(session, card, value)]
            if missing:
                raise QuizzerError(f"There is no card {missing[0]} (see 'quizzer cards DECK' for ids).")
    finally:
        db.close()
    word = "Suspended" if value else "Unsuspended"
    print(f"{word} {len(args.cards)} card{'s' if len(args.cards) != 1 else ''}.")
    return 0


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected 0 or more, not {value}")
    return value


# -- parser ---------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quizzer",
        description="Turn study notes into flashcards and review them daily with SM-2.",
    )
    parser.add_argument("--version", action="version", version=f"quizzer {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="database file (default: $QUIZZER_DB, else $QUIZZER_HOME/quizzer.db, else your data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, func: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(func=func)
        return sub

    extract = add("extract", cmd_extract, "Show the notes quizzer finds in documents (the database is not touched).")
    extract.add_argument("paths", nargs="+", metavar="PATH", help="markdown files or folders of them")
    extract.add_argument("--deck", metavar="NAME", help="deck name (default: the file name without .md)")
    extract.add_argument("--json", action="store_true", help="print JSON instead of a table")

    importer = add("import", cmd_import, "Import documents into decks; re-importing keeps every card's history.")
    importer.add_argument("paths", nargs="+", metavar="PATH", help="markdown files or folders of them")
    importer.add_argument("--deck", metavar="NAME", help="deck name (default: the file name without .md)")
    importer.add_argument("--json", action="store_true", help="print JSON instead of a table")

    decks = add("decks", cmd_decks, "List decks: notes, cards, new and due today.")
    decks.add_argument("--json", action="store_true", help="print JSON instead of a table")

    cards = add("cards", cmd_cards, "List the cards of a deck.")
    cards.add_argument("deck", metavar="DECK", help="deck name (see 'quizzer decks')")
    cards.add_argument("--kind", choices=KINDS, help="only notes of this kind")
    cards.add_argument("--search", metavar="TEXT", help="only cards whose text contains TEXT")
    cards.add_argument("--json", action="store_true", help="print JSON instead of a table")

    review = add("review", cmd_review, "Review today's cards (the default when no command is given).")
    review.add_argument("decks", nargs="*", metavar="DECK", help="decks to review (default: all)")
    review.add_argument("--new-limit", type=_non_negative, metavar="N", help="new cards today (default 20)")
    review.add_argument("--review-limit", type=_non_negative, metavar="N", help="reviews today (default 200)")

    suspend = add("suspend", cmd_suspend, "Suspend cards by id: they stop coming up.")
    suspend.add_argument("cards", nargs="+", type=int, metavar="CARD", help="card ids (see 'quizzer cards')")
    unsuspend = add("unsuspend", cmd_unsuspend, "Unsuspend cards by id.")
    unsuspend.add_argument("cards", nargs="+", type=int, metavar="CARD", help="card ids (see 'quizzer cards')")

    return parser


def startup_done() -> None:
    """Collect garbage normally again.

    ``main`` turns the collector off while modules load: with SQLAlchemy's
    objects alive every collection is costly, and start-up makes no cycles
    worth collecting.  Long work (the review screen, a large import) calls this.
    (Not ``gc.freeze()``: with it, the first line printed after the screen
    closes was lost in tmux.)
    """
    gc.enable()


def main(argv: Sequence[str] | None = None) -> int:
    gc.disable()
    try:
        return _main(argv)
    finally:
        gc.enable()


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        args = parser.parse_args([*(sys.argv[1:] if argv is None else argv), "review"])
    try:
        return int(args.func(args))
    except QuizzerError as error:
        print(f"Error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
