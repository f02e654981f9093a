"""Deck counts for ``quizzer decks`` in plain SQL (no SQLAlchemy: the listing starts fast).

No card is counted here: the running counts of ``quizzer.db.tally`` (kept by
triggers, schema 6) give each deck's notes and unsuspended cards, so the query
reads a few hundred rows however many cards there are.  The cards of retired
notes are then taken off, found through the partial index ``ix_note_retired``
(only retired notes are in it), not by joining every card to its note.
Runs on a sqlite3 connection or a SQLAlchemy session.

A deck's "new" and "due" are what a review of it shows today, counted from the
queue the review builds (:func:`quizzer.review.day_queue.shown_today`: the daily
limits applied, one card a note a day, the new cards of a note answered today
or with a card due left out); the caller passes them in.  The backlog before the
limits is ``quizzer stats``'s (:mod:`quizzer.stats.queries`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from quizzer.db.lite import raw_connection

__all__ = ["DECK_COUNTS", "DeckSummary", "deck_summaries"]


@dataclass(frozen=True, slots=True)
class DeckSummary:
    name: str
    notes: int
    cards: int
    new: int
    due: int

    def as_json(self) -> dict[str, object]:
        return {"name": self.name, "notes": self.notes, "cards": self.cards, "new": self.new, "due": self.due}


DECK_COUNTS = """
WITH unsuspended AS (
    SELECT deck_id, sum(cards) AS cards FROM card_tally GROUP BY deck_id
), retired AS (
    SELECT card.deck_id, count(*) AS cards
    FROM note INDEXED BY ix_note_retired JOIN card ON card.note_id = note.id
    WHERE note.retired_at IS NOT NULL AND card.suspended = 0 GROUP BY card.deck_id
), retired_notes AS (
    SELECT deck_id, count(*) AS notes FROM note INDEXED BY ix_note_retired WHERE retired_at IS NOT NULL
    GROUP BY deck_id
)
SELECT deck.id, deck.name,
       coalesce(note_tally.notes, 0) - coalesce(retired_notes.notes, 0),
       coalesce(unsuspended.cards, 0) - coalesce(retired.cards, 0)
FROM deck
LEFT JOIN note_tally ON note_tally.deck_id = deck.id
LEFT JOIN retired_notes ON retired_notes.deck_id = deck.id
LEFT JOIN unsuspended ON unsuspended.deck_id = deck.id
LEFT JOIN retired ON retired.deck_id = deck.id
ORDER BY deck.name
"""


def deck_summaries(handle: object, shown: Mapping[int, tuple[int, int]]) -> list[DeckSummary]:
    """Every deck: its live notes and unsuspended cards, and from ``shown`` (deck id → the new cards and
    reviews today's review of it shows: :func:`quizzer.review.day_queue.shown_today`) its new and due."""
    rows = raw_connection(handle).execute(DECK_COUNTS)
    return [DeckSummary(name, int(notes), int(cards), *shown.get(deck_id, (0, 0)))
            for deck_id, name, notes, cards in rows]
