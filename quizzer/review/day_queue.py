"""Today's queue of some decks, as the review builds it, and what it holds of each deck.

The review screen starts from :func:`queue`; ``quizzer decks`` counts each deck's new cards and reviews from
the same queue (:func:`shown_today`), so the counts it lists are the cards a review of that deck shows: one card a
note a day, the siblings of a note answered today or of a card due left for another day, the daily limits applied,
and the cards graded under 4 today, which the review asks again (due: the review says they are still due today).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from quizzer.config import Config
from quizzer.review import store
from quizzer.review.logic import Candidate, build_queue

__all__ = ["queue", "shown_today"]


def queue(handle: object, decks: Sequence[store.DeckRef], today: dt.date, config: Config) -> tuple[store.DayPlan,
                                                                                                  list[Candidate]]:
    """Today's plan for ``decks`` (in the caller's transaction) and the queue built from it, the decks' new cards
    in the order ``decks`` gives them."""
    plan = store.plan_day(handle, decks, today, config)
    return plan, build_queue(due=plan.due, new=plan.new, review_room=plan.review_room, new_room=plan.new_room,
                             seen_notes=plan.seen_notes, deck_order=[deck.id for deck in decks])


def shown_today(handle: object, decks: Sequence[store.DeckRef], today: dt.date, config: Config) -> dict[int, tuple[int, int]]:
    """Deck id → (new cards, reviews and re-drills) today's review of that deck alone shows, before any is
    answered.  One queue for every deck holds what each deck's own does: limits are a deck's, and a note is in one
    deck."""
    counts = {deck.id: [0, 0] for deck in decks}
    plan, cards = queue(handle, decks, today, config)
    for card in cards:
        counts[card.deck_id][0 if card.is_new else 1] += 1
    for deck_id in plan.redrill_decks.values():
        counts[deck_id][1] += 1
    return {deck_id: (new, due) for deck_id, (new, due) in counts.items()}
