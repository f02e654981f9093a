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

A card updated (an answer, an undo, a suspension, a move: the review's path) is
counted in one AFTER trigger: the note's other unsuspended cards in the deck,
read once through ``ix_card_note_id`` (a note has one or two cards), with the
card's OLD and NEW values give the day the note was counted at and the day it is
counted at now; a row each way when they differ (5-9 µs of CPU an answer).
A card inserted or deleted (an import, a restore, a deletion) is counted out
before and in after, as :mod:`quizzer.db.sibling_tally` does, and only beside an
unsuspended card of the other kind: a new card of a note with no answered card,
as an import writes them, runs no statement but the look-up that says so.
Retired notes are counted here as in the other tallies; readers take them off.
:func:`recount` is the reference the tests compare the running counts with, and
what the upgrade to schema 12 runs.
"""

from __future__ import annotations

import sqlite3

from quizzer.db.sibling_tally import behind
from quizzer.db.tally import ANSWER, MOVES

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


def _may_move(row: str) -> str:
    """Whether inserting or deleting the card ``row`` may move its note in or out of the tally,
    or to another day: only with an unsuspended card of the other kind (new, answered) beside
    it in its note and deck.  Read the same before and after the change (the card itself is
    left out), so a BEFORE and an AFTER trigger with it run both or neither."""
    return (f"{_unsuspended(row)} AND EXISTS (SELECT 1 FROM card AS sibling INDEXED BY ix_card_note_id "
            f"WHERE sibling.note_id = {row}.note_id AND sibling.deck_id = {row}.deck_id "
            f"AND sibling.id IS NOT {row}.id AND sibling.suspended = 0 "
            f"AND (sibling.due IS NULL) <> ({row}.due IS NULL))")


# An update (an answer, an undo, a suspension, a move) is counted in one AFTER trigger, from the
# note's other cards in the deck (one look-up through ix_card_note_id) and the card's OLD and
# NEW values: the day the note was counted at and the day it is counted at now, each NULL when
# not counted; a row each way when they differ.
def _others(note: str, deck: str) -> str:
    """The unsuspended cards of ``note`` in ``deck`` but the one changed: their first due day, and
    whether one is new."""
    return ("(SELECT min(other.due) AS first, coalesce(max(other.due IS NULL), 0) AS fresh "
            f"FROM card AS other INDEXED BY ix_card_note_id WHERE other.note_id = {note} "
            f"AND other.deck_id = {deck} AND other.suspended = 0 AND other.id <> OLD.id)")


def _day(row: str, there: str) -> str:
    """The day the note is counted at with the card as ``row`` (OLD or NEW), beside the others
    (``o``) when ``there`` (an SQL condition: the card is in this note and deck), else NULL."""
    due = f"(CASE WHEN {there} AND {row}.suspended = 0 THEN {row}.due END)"
    new = f"({there} AND {row}.suspended = 0 AND {row}.due IS NULL)"
    return f"(CASE WHEN o.fresh OR {new} THEN coalesce(min(o.first, {due}), o.first, {due}) END)"


_SAME = "(OLD.note_id = NEW.note_id AND OLD.deck_id = NEW.deck_id)"


def _move(note: str, deck: str, *, was: str, now: str, when: str) -> str:
    """Count the note ``note`` in ``deck`` out of the day it ``was`` at and in at the day it is
    ``now``; drop the row left at zero."""
    days = f"SELECT {was} AS was, {now} AS now FROM {_others(note, deck)} AS o"
    return (f"INSERT INTO behind_tally (deck_id, due, notes) SELECT {deck}, CASE WHEN side THEN k.now ELSE k.was END, "
            f"CASE WHEN side THEN 1 ELSE -1 END FROM ({days}) AS k, (SELECT 0 AS side UNION ALL SELECT 1) AS sides "
            f"WHERE {when} AND k.was IS NOT k.now AND (CASE WHEN side THEN k.now ELSE k.was END) IS NOT NULL "
            "ON CONFLICT (deck_id, due) DO UPDATE SET notes = notes + excluded.notes; "
            f"DELETE FROM behind_tally WHERE {when} AND deck_id = {deck} AND notes = 0 "
            f"AND due = (SELECT {was} FROM {_others(note, deck)} AS o);")


_UPDATE = (
    # the note and deck the card was in: with the card as it was, and as it is if it stayed
    _move("OLD.note_id", "OLD.deck_id", was=_day("OLD", "1"), now=_day("NEW", _SAME), when="1")
    + " "
    # the note and deck it went to, if another: without it, and with it
    + _move("NEW.note_id", "NEW.deck_id", was=_day("OLD", "0"), now=_day("NEW", "1"), when=f"NOT {_SAME}")
)

_CHANGED = ("(OLD.note_id IS NOT NEW.note_id OR OLD.deck_id IS NOT NEW.deck_id OR OLD.due IS NOT NEW.due "
            "OR OLD.suspended IS NOT NEW.suspended)")
_INSERT_WHEN = _may_move("NEW")
_DELETE_WHEN = _may_move("OLD")
_UPDATE_WHEN = f"{_CHANGED} AND ({_unsuspended('OLD')} OR {_unsuspended('NEW')}) AND NOT {ANSWER}"

TRIGGERS = (
    f"CREATE TRIGGER tally_behind_insert_before BEFORE INSERT ON card WHEN {_INSERT_WHEN} BEGIN "
    + _count("NEW.note_id", -1) + " END",
    f"CREATE TRIGGER tally_behind_insert AFTER INSERT ON card WHEN {_INSERT_WHEN} BEGIN "
    + _count("NEW.note_id", 1) + " " + _tidy("NEW.note_id", "NEW.deck_id", "NULL") + " END",
    f"CREATE TRIGGER tally_behind_delete_before BEFORE DELETE ON card WHEN {_DELETE_WHEN} BEGIN "
    + _count("OLD.note_id", -1) + " END",
    f"CREATE TRIGGER tally_behind_delete AFTER DELETE ON card WHEN {_DELETE_WHEN} BEGIN "
    + _count("OLD.note_id", 1) + " " + _tidy("OLD.note_id", "OLD.deck_id", "OLD.due") + " END",
    f"CREATE TRIGGER tally_behind_update AFTER UPDATE OF {MOVES} ON card "
    f"WHEN {_UPDATE_WHEN} BEGIN " + _UPDATE + " END",
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
