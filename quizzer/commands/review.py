"""The daily review (the default command) and suspending cards."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from quizzer.commands.common import (AddCommand, card_id, non_negative, now, open_db, open_review_db, say,
                                     startup_done)
from quizzer.i18n import _, ngettext
from quizzer.errors import QuizzerError

if TYPE_CHECKING:
    from quizzer.db.lite import LiteDatabase

__all__ = ["register"]


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
    db = open_review_db(args)
    try:
        if config.deck_limits or config.deck_typed:  # [decks."NAME"] tables: do they name decks?
            from quizzer.config import unknown_decks

            with db.reading() as connection:  # the review path's raw connection
                from quizzer.paths import db_option

                unknown_decks(config, [str(name) for (name,) in connection.execute("SELECT name FROM deck")],
                              db_option=db_option(db.path))
        controller = Controller(db, config=config, deck_names=args.decks, again=_again(args))
        if controller.session.current() is None:
            from quizzer.render import print_nothing_due

            checking, held = _held_by_check(db, args.decks)
            print_nothing_due(controller.summary(), controller.today, checking=checking, held=held,
                              suspended=_suspended(db, args.decks), deck=args.decks[0] if len(args.decks) == 1 else None)
            if checking:  # they are why nothing is due
                from quizzer.render import print_waiting_for_check

                from quizzer.paths import db_option

                print_waiting_for_check(checking, db_option(db.path))
            return 0
        if db.read_only:  # before the screen: not at the first answer
            from quizzer.db.lite import read_only_error

            raise read_only_error(db.path)
        if not sys.stdin.isatty() or not sys.stdout.isatty():
            raise QuizzerError(_("The review screen needs an interactive terminal."))
        from quizzer.tui import ReviewScreen

        screen = ReviewScreen(controller, typed=args.typed, notice=_start_notice(db, args.decks))
        startup_done()
        screen.run()
        from quizzer.render import print_summary

        print_summary(screen.final_summary(), finished=not screen.quit_early)
        from quizzer.lock_wait import left_behind
        from quizzer.paths import db_option

        behind = left_behind(screen.lock, db_option(db.path))  # q while another program's lock held a write up: what is not done
        if behind is not None:
            from quizzer.text import visible

            said, command = behind
            say(visible(said), command=visible(command))
        if screen.interrupted:  # every answer given is saved, and said: the command ends as a Ctrl-C does
            raise KeyboardInterrupt
    finally:
        db.close()
    return 0


def _again(args: argparse.Namespace) -> tuple[str, ...]:
    """The words after ``quizzer review`` that run this review again: its decks, limits and ``--typed``."""
    limits = [(option, value) for option, value in (("--new-limit", args.new_limit), ("--review-limit", args.review_limit))
              if value is not None]
    return (*args.decks, *(word for option, value in limits for word in (option, str(value))),
            *(["--typed"] if args.typed else []))


def _start_notice(db: LiteDatabase, decks: list[str]) -> str:
    """What the review screen says with its first card: how many cards wait for ``quizzer check``."""
    checking, _held = _held_by_check(db, decks)
    if not checking:
        return ""
    from quizzer.check_view import waiting_line
    from quizzer.paths import db_option
    from quizzer.to_copy import quizzer_command

    return waiting_line(checking, quizzer_command("check", db_option=db_option(db.path)))


def _held_by_check(db: LiteDatabase, decks: list[str]) -> tuple[int, int]:
    """How many cards of ``decks`` (none: all) wait for ``quizzer check``, and how many it held back."""
    from quizzer.db.held import cards_held_back, cards_waiting
    from quizzer.text import nfc

    names = [nfc(name) for name in decks]
    with db.reading() as connection:
        return cards_waiting(connection, names), cards_held_back(connection, names)


def _suspended(db: LiteDatabase, decks: list[str]) -> tuple[int, int]:
    """How many cards of ``decks`` (none: all) the person suspended, and how many of them are leeches."""
    from quizzer.review.store import suspended_cards
    from quizzer.text import nfc

    with db.reading() as connection:
        return suspended_cards(connection, [nfc(name) for name in decks])


def _set_suspended(args: argparse.Namespace, value: bool) -> int:
    from quizzer.review.store import set_suspended, suspended_state

    db = open_review_db(args)
    try:
        with db.session() as session:
            cards = list(dict.fromkeys(args.cards))
            states = {card: suspended_state(session, card) for card in cards}
            missing = [card for card, state in states.items() if state is None]
            if missing:
                from quizzer.paths import db_option
                from quizzer.to_copy import Blank, quizzer_command

                command = quizzer_command("cards", Blank(_("DECK")), db_option=db_option(db.path))
                raise QuizzerError(_("There is no card {card} (see {command} for ids).").format(
                    card=missing[0], command=command), command=command)
            already = [card for card, state in states.items() if state == value]
            changed = [card for card in cards if card not in already]
            at = now()
            for card in changed:
                set_suspended(session, card, value, at=at)
    finally:
        db.close()
    count = len(changed)
    if count or not already:
        if value:
            print(ngettext("Suspended {count} card.", "Suspended {count} cards.", count).format(count=count))
        else:
            print(ngettext("Unsuspended {count} card.", "Unsuspended {count} cards.", count).format(count=count))
    if already:
        ids = ", ".join(str(card) for card in already)
        if value:
            text = ngettext("Card {ids} was already suspended.", "Cards {ids} were already suspended.", len(already))
        else:
            text = ngettext("Card {ids} was not suspended.", "Cards {ids} were not suspended.", len(already))
        print(text.format(ids=ids))
    return 0


def cmd_suspend(args: argparse.Namespace) -> int:
    """Suspend cards: they stop coming up until unsuspended."""
    return _set_suspended(args, True)


def cmd_unsuspend(args: argparse.Namespace) -> int:
    """Unsuspend cards."""
    return _set_suspended(args, False)


def register(add: AddCommand) -> None:
    review = add("review", cmd_review, _("Review today's cards (the default when no command is given)."))
    review.add_argument("decks", nargs="*", metavar="DECK", help=_("decks to review (default: all)"))
    review.add_argument("--new-limit", type=non_negative, metavar="N", help=_("new cards today (default 20)"))
    review.add_argument("--review-limit", type=non_negative, metavar="N", help=_("reviews today (default 200)"))
    review.add_argument(
        "--typed",
        action="store_true",
        help=_("type the answers of command, option and flag cards; quizzer grades them "
               "(per deck: typed = true in config.toml)"),
    )

    suspend = add("suspend", cmd_suspend, _("Suspend cards by id: they stop coming up."))
    suspend.add_argument("cards", nargs="+", type=card_id, metavar="CARD", help=_("card ids (see 'quizzer cards')"))
    unsuspend = add("unsuspend", cmd_unsuspend, _("Unsuspend cards by id."))
    unsuspend.add_argument("cards", nargs="+", type=card_id, metavar="CARD", help=_("card ids (see 'quizzer cards')"))
