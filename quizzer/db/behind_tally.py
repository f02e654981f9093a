"""The notes whose new cards wait behind a due sibling, per deck and day, kept by SQLite itself (schema 12).

The end of a review tells how many new cards a higher new-card limit would show
today (``quizzer.review.store.new_waiting``): the notes with an unsuspended new
card (``new_note_tally``) less those the review shows none of today.  A note
with a card due by today is one of those: the review shows its due card, and
its new cards wait for another day (``quizzer.db.sibling_tally.behind``).
Counted from the cards, that reads every card due by today (a million cards:
100-200 ms, growing with the collection).  Instead ``behind_tally`` holds, per
deck and day, the notes with an unsuspended new card and an unsuspended answered
card in that deck, at the day the first of those answered cards falls due: the
notes whose new cards wait behind a due card by a day are the rows up to it.

As :mod:`quizzer.db.sibling_tally` does, the triggers count a note out before a
change to one of its cards (``BEFORE``) and in again after it, for the notes
the change touches (a note has one or two cards: a few rows read through
``ix_card_note_id``), and only when the change can move the note: a card that
has no unsuspended sibling in its deck, or whose note has no new card before or
after, runs no statement but the look-up that says so.  Retired notes are counted
here as in the other tallies; readers take them off.  :func:`recount` is the
reference the tests compare the running counts with, and what the upgrade to
schema 12 runs.
"""

from __future__ import annotations

import sqlite3

from quizzer.db.sibling_tally import behind

__all__ = ["DECK_RECOUNT", "INSERT_TRIGGERS", "RECOUNT", "TABLES", "TRIGGERS", "recount"]

TABLES = ("behind_tally",)


def _unsuspended(row: str) -> str:
    return f"{row}.suspended = 0"


def _new(row: str) -> str:
    return f"({row}.suspended = 0 AND {row}.due IS NULL)"


# A note in a deck and the day it is counted at: its first unsuspended answered card
# (``shown``) that some unsuspended new card of the note in the deck waits behind.
_NOTES = ("SELECT shown.deck_id AS deck_id, min(shown.due) AS due FROM card AS shown {indexed} "
          "WHERE {where} AND EXISTS (SELECT 1 FROM card AS new INDEXED BY ix_card_note_id "
          f"WHERE {behind('new', 'shown', 'shown.due')}) GROUP BY shown.note_id, shown.deck_id")


def _count(notes: str, sign: int) -> str:
    """Count the notes ``notes`` (an SQL list) in (1) or out (-1)."""
    found = _NOTES.format(indexed="INDEXED BY ix_card_note_id", where=f"shown.note_id IN ({notes})")
    return (f"INSERT INTO behind_tally (deck_id, due, notes) SELECT deck_id, due, {sign} * count(*) FROM ({found}) "
            "WHERE 1 GROUP BY deck_id, due ON CONFLICT (deck_id, due) DO UPDATE SET notes = notes + excluded.notes;")


def _tidy(notes: str, decks: str, gone: str) -> str:
    """Drop the rows a change left at zero: a note is counted at one of its cards' days (``gone``:
    the day of a card no longer there, or changed), in one of the decks ``decks``."""
    return (f"DELETE FROM behind_tally WHERE deck_id IN ({decks}) AND due IN (SELECT due FROM card "
            f"INDEXED BY ix_card_note_id WHERE note_id IN ({notes}) UNION ALL SELECT {gone}) AND notes = 0;")


def _may_move(row: str, other: str, *, notes: str, decks: str) -> str:
    """Whether a change to the card ``row`` may move its note in or out of the tally, or to
    another day: only with an unsuspended card of its note and deck beside it (``other``: the
    other side of an update, or ``row`` again), and a new card among them.  Read the same
    before and after the change (the card itself is left out), so a BEFORE and an AFTER
    trigger with it run both or neither."""
    return (f"({_unsuspended(row)} OR {_unsuspended(other)}) AND EXISTS (SELECT 1 FROM card AS sibling "
            f"INDEXED BY ix_card_note_id WHERE sibling.note_id IN ({notes}) AND sibling.deck_id IN ({decks}) "
            f"AND sibling.id IS NOT {row}.id AND sibling.suspended = 0 "
            f"AND (sibling.due IS NULL OR {_new(row)} OR {_new(other)}))")


_CHANGED = ("(OLD.note_id IS NOT NEW.note_id OR OLD.deck_id IS NOT NEW.deck_id OR OLD.due IS NOT NEW.due "
            "OR OLD.suspended IS NOT NEW.suspended)")
_NOTES_BOTH, _DECKS_BOTH = "OLD.note_id, NEW.note_id", "OLD.deck_id, NEW.deck_id"
# an inserted card has no id before it is inserted: the look-up leaves it out by its absence
_INSERT_WHEN = _may_move("NEW", "NEW", notes="NEW.note_id", decks="NEW.deck_id")
_DELETE_WHEN = _may_move("OLD", "OLD", notes="OLD.note_id", decks="OLD.deck_id")
_UPDATE_WHEN = f"{_CHANGED} AND " + _may_move("OLD", "NEW", notes=_NOTES_BOTH, decks=_DECKS_BOTH)

TRIGGERS = (
    f"CREATE TRIGGER tally_behind_insert_before BEFORE INSERT ON card WHEN {_INSERT_WHEN} BEGIN "
    + _count("NEW.note_id", -1) + " END",
    f"CREATE TRIGGER tally_behind_insert AFTER INSERT ON card WHEN {_INSERT_WHEN} BEGIN "
    + _count("NEW.note_id", 1) + " " + _tidy("NEW.note_id", "NEW.deck_id", "NULL") + " END",
    f"CREATE TRIGGER tally_behind_delete_before BEFORE DELETE ON card WHEN {_DELETE_WHEN} BEGIN "
    + _count("OLD.note_id", -1) + " END",
    f"CREATE TRIGGER tally_behind_delete AFTER DELETE ON card WHEN {_DELETE_WHEN} BEGIN "
    + _count("OLD.note_id", 1) + " " + _tidy("OLD.note_id", "OLD.deck_id", "OLD.due") + " END",
    f"CREATE TRIGGER tally_behind_update_before BEFORE UPDATE OF note_id, deck_id, due, suspended ON card "
    f"WHEN {_UPDATE_WHEN} BEGIN " + _count(_NOTES_BOTH, -1) + " END",
    f"CREATE TRIGGER tally_behind_update AFTER UPDATE OF note_id, deck_id, due, suspended ON card "
    f"WHEN {_UPDATE_WHEN} BEGIN " + _count(_NOTES_BOTH, 1) + " " + _tidy(_NOTES_BOTH, _DECKS_BOTH, "OLD.due") + " END",
    "CREATE TRIGGER tally_behind_deck_delete AFTER DELETE ON deck BEGIN "
    "DELETE FROM behind_tally WHERE deck_id = OLD.id; END",
)

#: The triggers a bulk insert of new cards may drop (``quizzer.db.tally.counted_after``).
INSERT_TRIGGERS = ("tally_behind_insert", "tally_behind_insert_before")

_COUNT_ALL = ("INSERT INTO behind_tally (deck_id, due, notes) SELECT deck_id, due, count(*) FROM ("
              + _NOTES.format(indexed="", where="{where}") + ") WHERE 1 GROUP BY deck_id, due")

#: The tally from scratch (the upgrade to schema 12, and the tests' reference).
RECOUNT = ("DELETE FROM behind_tally", _COUNT_ALL.format(where="shown.suspended = 0 AND shown.due IS NOT NULL"))

#: One deck's tally from its own cards, for a deck not counted yet.
DECK_RECOUNT = (_COUNT_ALL.format(where="shown.deck_id = :deck AND shown.suspended = 0 AND shown.due IS NOT NULL"),)


def recount(connection: sqlite3.Connection) -> None:
    """Count every deck's notes waiting behind a due card again (in the caller's transaction)."""
    for statement in RECOUNT:
        connection.execute(statement)
