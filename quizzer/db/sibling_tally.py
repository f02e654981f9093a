"""The due cards that wait behind a sibling, per deck and due day, kept by SQLite itself (schema 10).

The review shows one card a note a day (``quizzer.review.logic.build_queue``):
a note with two cards due shows the one due first and the other waits for
another day.  Counting due cards would list that note as 2 due and the review
would show 1.  So what is counted as due today is notes (a note counts once,
on the day its first card fell due), and ``sibling_tally`` holds what takes
the cards' counts (``card_tally``) to the notes': each deck's unsuspended
answered cards that wait behind an earlier card of their note in the same deck
(:func:`waiting`: due earlier, or the same day with a smaller id), by due day.
A card waiting behind a sibling due by some day is itself due by then only
when its sibling is, so the notes with a card due by a day are the cards due
by then less the waiting ones due by then, read from two small tables.

A note's waiting cards depend on its other cards, so the triggers count a
note's waiting cards out before a change to one of its cards (``BEFORE``) and
in again after it, for the notes the change touches: a card answered, undone,
suspended, moved, added or deleted (a note has one or two cards: a few rows
read, through ``ix_card_note_id``).  A card that is new or suspended before and
after changes nothing, so an import of new cards runs no statement.  Retired
notes are counted here as in the other tallies; readers take them off.
:func:`recount` is the reference the tests compare the running counts with,
and what the upgrade to schema 10 runs.
"""

from __future__ import annotations

import sqlite3

from quizzer.db.tally import ANSWER, MOVES

__all__ = [
    "DECK_RECOUNT", "INSERT_TRIGGERS", "RECOUNT", "TABLES", "TRIGGERS", "answered_notes", "behind", "first", "recount",
    "waiting",
]

TABLES = ("sibling_tally",)


def _due(row: str) -> str:
    return f"{row}.suspended = 0 AND {row}.due IS NOT NULL"


def waiting(card: str) -> str:
    """An unsuspended answered ``card`` (a table alias) that waits behind an earlier card of
    its note in its deck: the one rule of which of a note's due cards the counts leave out."""
    return (f"{_due(card)} AND EXISTS (SELECT 1 FROM card AS sibling INDEXED BY ix_card_note_id "
            f"WHERE sibling.note_id = {card}.note_id "
            f"AND sibling.deck_id = {card}.deck_id AND sibling.id <> {card}.id AND {_due('sibling')} "
            f"AND (sibling.due < {card}.due OR (sibling.due = {card}.due AND sibling.id < {card}.id)))")


def first(card: str) -> str:
    """An unsuspended answered ``card`` that is the first due of its note in its deck."""
    return f"{_due(card)} AND NOT ({waiting(card)})"


def answered_notes(day: str) -> str:
    """The notes with a card answered on ``day`` (an SQL parameter), drills included: the
    one rule of what today's review holds back (one card a note a day), for the statements
    that count what the review leaves: the new cards still waiting at the end of a review
    (:func:`quizzer.review.store.new_waiting`) and the stats' backlog and forecast
    (:mod:`quizzer.stats.queries`).  The review's plan holds the same notes back from the
    answers of the day it reads anyway (:func:`quizzer.review.store.plan_day`'s seen notes)."""
    return f"SELECT answered.note_id FROM review JOIN card AS answered ON answered.id = review.card_id WHERE review.day = {day}"


def behind(new: str, shown: str, day: str) -> str:
    """``new`` (a card's alias) is an unsuspended new card that the review of ``day`` (an SQL
    value) does not show because ``shown``, a card of its note in its deck, is due by then:
    the review shows a due card of the note instead (:func:`first`), one card a note a day,
    so the new card waits for another day whatever the new-card limit.  The count of new
    cards waiting takes these notes off.  (``new`` is found by ``ix_card_queue`` alone:
    deck, new, unsuspended, note.)"""
    return (f"{new}.note_id = {shown}.note_id AND {new}.deck_id = {shown}.deck_id AND {new}.suspended = 0 "
            f"AND {new}.due IS NULL AND {_due(shown)} AND {shown}.due <= {day}")


def _count(notes: str, sign: int) -> str:
    """Count the waiting cards of the notes ``notes`` (an SQL list) in (1) or out (-1)."""
    return (f"INSERT INTO sibling_tally (deck_id, due, cards) SELECT waiter.deck_id, waiter.due, {sign} * count(*) "
            f"FROM card AS waiter INDEXED BY ix_card_note_id WHERE waiter.note_id IN ({notes}) AND {waiting('waiter')} "
            "GROUP BY waiter.deck_id, waiter.due ON CONFLICT (deck_id, due) DO UPDATE SET cards = cards + excluded.cards;")


# Drop the rows a card leaving (deleted, or changed: OLD) left at zero.  Only cards of its
# note in its deck can stop waiting (waiting is within a note and deck), at their days or its
# own; a card coming (inserted, or the NEW side) only makes more cards wait: no row to drop.
_TIDY = ("DELETE FROM sibling_tally WHERE deck_id = OLD.deck_id AND due IN (SELECT due FROM card "
         "INDEXED BY ix_card_note_id WHERE note_id = OLD.note_id UNION ALL SELECT OLD.due) AND cards = 0;")


# a card that counts (unsuspended, answered) before or after the change: only those can change a note's waiting cards
_UPDATE_WHEN = ("(OLD.note_id IS NOT NEW.note_id OR OLD.deck_id IS NOT NEW.deck_id OR OLD.due IS NOT NEW.due "
                f"OR OLD.suspended IS NOT NEW.suspended) AND (({_due('OLD')}) OR ({_due('NEW')})) AND NOT {ANSWER}")
_BOTH = "OLD.note_id, NEW.note_id"

TRIGGERS = (
    f"CREATE TRIGGER tally_sibling_insert_before BEFORE INSERT ON card WHEN {_due('NEW')} BEGIN "
    + _count("NEW.note_id", -1) + " END",
    f"CREATE TRIGGER tally_sibling_insert AFTER INSERT ON card WHEN {_due('NEW')} BEGIN "
    + _count("NEW.note_id", 1) + " END",
    f"CREATE TRIGGER tally_sibling_delete_before BEFORE DELETE ON card WHEN {_due('OLD')} BEGIN "
    + _count("OLD.note_id", -1) + " END",
    f"CREATE TRIGGER tally_sibling_delete AFTER DELETE ON card WHEN {_due('OLD')} BEGIN "
    + _count("OLD.note_id", 1) + " " + _TIDY + " END",
    f"CREATE TRIGGER tally_sibling_update_before BEFORE UPDATE OF {MOVES} ON card "
    f"WHEN {_UPDATE_WHEN} BEGIN " + _count(_BOTH, -1) + " END",
    f"CREATE TRIGGER tally_sibling_update AFTER UPDATE OF {MOVES} ON card "
    f"WHEN {_UPDATE_WHEN} BEGIN " + _count(_BOTH, 1) + " "
    + _TIDY + " END",
    "CREATE TRIGGER tally_sibling_deck_delete AFTER DELETE ON deck BEGIN "
    "DELETE FROM sibling_tally WHERE deck_id = OLD.id; END",
)

#: The triggers a bulk insert of new cards may drop (``quizzer.db.tally.counted_after``).
INSERT_TRIGGERS = ("tally_sibling_insert", "tally_sibling_insert_before")

_COUNT_ALL = ("INSERT INTO sibling_tally (deck_id, due, cards) SELECT waiter.deck_id, waiter.due, count(*) "
              "FROM card AS waiter WHERE {where} " + f"AND {waiting('waiter')} GROUP BY waiter.deck_id, waiter.due")

#: The tally from scratch (the upgrade to schema 10, and the tests' reference).
RECOUNT = ("DELETE FROM sibling_tally", _COUNT_ALL.format(where="1"))

#: One deck's tally from its own cards, for a deck not counted yet.
DECK_RECOUNT = (_COUNT_ALL.format(where="waiter.deck_id = :deck"),)


def recount(connection: sqlite3.Connection) -> None:
    """Count every deck's waiting cards again (in the caller's transaction)."""
    for statement in RECOUNT:
        connection.execute(statement)
