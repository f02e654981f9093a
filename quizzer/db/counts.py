"""Deck counts for ``quizzer decks`` in plain SQL (no SQLAlchemy: the listing starts fast).

No card is counted here: the running counts of ``quizzer.db.tally`` (kept by
triggers, schema 6) give each deck's notes, and its unsuspended cards by due
day, so the query reads a few hundred rows however many cards there are.  The
cards of retired notes are then taken off, found through the partial index
``ix_note_retired`` (only retired notes are in it), not by joining every card
to its note.

"Due" is what today's review shows, before its daily limit: one card a note a
day.  So it counts notes with a card due, not cards: a note with two cards due
counts once (the cards waiting behind an earlier sibling, ``quizzer.db.sibling_tally``,
schema 10, are taken off), and a note with a card answered today not at all
(:func:`answered_notes`: as after answering in Anki and importing), taken off
from today's answers.  Runs on a sqlite3 connection or a SQLAlchemy session.

``quizzer decks`` lists its notes and cards; its "new" and "due" are what a review of the deck
shows today, counted from the queue the review builds (:mod:`quizzer.review.day_queue`: the
daily limits applied, the new cards of a note answered today or with a card due left out).
The tallied ``new`` (every new card) and ``due`` (before the limit: the backlog ``quizzer
stats`` shows too) stay here, what the tests check the running counts by.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from quizzer.db.lite import raw_connection
from quizzer.db.sibling_tally import first

__all__ = ["DECK_COUNTS", "DeckSummary", "answered_notes", "deck_summaries"]


def answered_notes(day: str) -> str:
    """The notes with a card answered on ``day`` (an SQL parameter), drills included: the
    one rule of what today's review holds back (one card a note a day), which the counts
    follow so that a deck listed as due shows those cards when reviewed.  The review's
    plan (:func:`quizzer.review.store.plan_day`) and its summary use it too."""
    return f"SELECT answered.note_id FROM review JOIN card AS answered ON answered.id = review.card_id WHERE review.day = {day}"


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
    SELECT deck_id, sum(cards) AS cards, sum(CASE WHEN due = 0 THEN cards ELSE 0 END) AS new,
           sum(CASE WHEN due BETWEEN 1 AND :today THEN cards ELSE 0 END) AS due
    FROM card_tally GROUP BY deck_id
), waiting AS (
    SELECT deck_id, sum(cards) AS due FROM sibling_tally WHERE due <= :today GROUP BY deck_id
), retired AS (
    SELECT card.deck_id, count(*) AS cards, sum(card.due IS NULL) AS new,
           sum(card.due <= :today AND {first}) AS due
    FROM note INDEXED BY ix_note_retired JOIN card ON card.note_id = note.id
    WHERE note.retired_at IS NOT NULL AND card.suspended = 0 GROUP BY card.deck_id
), held AS (
    SELECT card.deck_id, count(*) AS due FROM card INDEXED BY ix_card_note_id JOIN note ON note.id = card.note_id
    WHERE card.note_id IN ({answered}) AND card.due <= :today AND {first} AND note.retired_at IS NULL
    GROUP BY card.deck_id
), retired_notes AS (
    SELECT deck_id, count(*) AS notes FROM note INDEXED BY ix_note_retired WHERE retired_at IS NOT NULL
    GROUP BY deck_id
)
SELECT deck.name,
       coalesce(note_tally.notes, 0) - coalesce(retired_notes.notes, 0),
       coalesce(unsuspended.cards, 0) - coalesce(retired.cards, 0),
       coalesce(unsuspended.new, 0) - coalesce(retired.new, 0),
       coalesce(unsuspended.due, 0) - coalesce(waiting.due, 0) - coalesce(retired.due, 0) - coalesce(held.due, 0)
FROM deck
LEFT JOIN note_tally ON note_tally.deck_id = deck.id
LEFT JOIN retired_notes ON retired_notes.deck_id = deck.id
LEFT JOIN unsuspended ON unsuspended.deck_id = deck.id
LEFT JOIN waiting ON waiting.deck_id = deck.id
LEFT JOIN retired ON retired.deck_id = deck.id
LEFT JOIN held ON held.deck_id = deck.id
ORDER BY deck.name
""".replace("{answered}", answered_notes(":today")).replace("{first}", first("card"))


def deck_summaries(handle: object, today: dt.date) -> list[DeckSummary]:
    """Every deck: live notes and cards, new cards, and the notes today's review would show
    a due card of (no daily limit)."""
    rows = raw_connection(handle).execute(DECK_COUNTS, {"today": today.toordinal()})
    return [DeckSummary(name, int(n), int(c), int(new), int(due)) for name, n, c, new, due in rows]
