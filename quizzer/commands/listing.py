"""Commands that list what is stored: ``decks`` and ``cards``."""

from __future__ import annotations

import argparse

from quizzer.commands.common import AddCommand, open_review_db, print_json, reading, today
from quizzer.i18n import _
from quizzer.kinds import Kind

__all__ = ["register"]

KINDS = tuple(kind.value for kind in Kind)


def cmd_decks(args: argparse.Namespace) -> int:
    """List decks with their notes and cards, and the new cards and reviews a review of each shows today."""
    from quizzer.config import load_config, unknown_decks
    from quizzer.db.counts import deck_summaries
    from quizzer.db.decks import deck_refs
    from quizzer.db.held import cards_waiting, checks_by_deck
    from quizzer.review.day_queue import shown_today

    config = load_config()  # read once: its warnings said once
    db = open_review_db(args)  # plain sqlite3: no SQLAlchemy to import for a listing
    try:
        with db.reading() as connection:
            day = today(config)
            decks = deck_refs(connection, [])
            shown = shown_today(connection, decks, day, config)
            summaries = deck_summaries(connection, shown)
            waiting = cards_waiting(connection)
            checks = checks_by_deck(connection)  # the cards the check suspended, not in "cards"
    finally:
        db.close()
    # a [decks."NAME"] table with a typo in NAME silently applied to nothing
    from quizzer.paths import db_option

    unknown_decks(config, [summary.name for summary in summaries], db_option=db_option(db.path))
    if args.json:
        print_json({"decks": [{**summary.as_json(), "to_check": checks.get(summary.name, (0, 0))[0],
                               "held_back": checks.get(summary.name, (0, 0))[1]} for summary in summaries],
                    "waiting_for_check": waiting})
        return 0
    from quizzer.render import print_decks

    print_decks(summaries, checks, db_option(db.path))
    if waiting:
        from quizzer.render import print_waiting_for_check

        print_waiting_for_check(waiting, db_option(db.path))
    return 0


def cmd_cards(args: argparse.Namespace) -> int:
    """List the cards of one deck."""
    from quizzer.db.queries import card_rows, find_deck

    with reading(args) as session:
        deck = find_deck(session, args.deck)
        rows = card_rows(session, deck, kind=args.kind, search=args.search)
    if args.json:
        print_json({"deck": args.deck, "cards": [row.as_json() for row in rows]})
        return 0
    from quizzer.render import print_cards

    print_cards(args.deck, rows)
    return 0


def register(add: AddCommand) -> None:
    decks = add("decks", cmd_decks, _("List decks: notes, cards, new and due today."))
    decks.add_argument("--json", action="store_true", help=_("print JSON instead of a table"))

    cards = add("cards", cmd_cards, _("List the cards of a deck."))
    cards.add_argument("deck", metavar="DECK", help=_("deck name (see 'quizzer decks')"))
    cards.add_argument("--kind", choices=KINDS, help=_("only notes of this kind"))
    cards.add_argument("--search", metavar="TEXT", help=_("only cards whose text contains TEXT"))
    cards.add_argument("--json", action="store_true", help=_("print JSON instead of a table"))
