"""What the check before learning stores on a card, and how many cards wait for it.

The standard library alone (no SQLAlchemy): an unchanged re-import reports its
decks' waiting cards from the plain sqlite3 connection (:mod:`quizzer.db.stamps`), and
``quizzer decks``, an empty review and the quizzes count them the same way.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from quizzer.checking import questions, section_of_key
from quizzer.db.lite import raw_connection

__all__ = ["BY_DECK", "HELD", "HELD_BACK", "KEPT", "UNCHECKED", "VERDICTS", "WAITING", "cards_held_back",
           "cards_waiting", "checks_by_deck", "waiting_count"]

#: ``card.held``: suspended because its shape waits for a check.
WAITING = 1
#: ``card.held``: suspended because the person held it back (its shape, or the card one by one).
HELD = 2

#: A deck's verdicts on a shape (table ``shape_check``).
UNCHECKED = "unchecked"
KEPT = "kept"
HELD_BACK = "held"
VERDICTS = (UNCHECKED, KEPT, HELD_BACK)

# the cards of live notes in one state of ``card.held``; ``held > 0`` is the partial index's own
# condition, written out so that SQLite may use the index (it holds only the cards the check suspended)
_IN_STATE = ("FROM card INDEXED BY ix_card_held JOIN note ON note.id = card.note_id "
             "WHERE card.held > 0 AND card.held = {state} AND note.retired_at IS NULL")
# a deck's waiting cards and notes by rule, kind and section, in document order (of each one's first note):
# a row for each section, not each card, for quizzer.checking.questions to group as the check will.  Grouped
# section first: the sort compares the key most cards differ in first, where the rule's name, the same for
# most of a deck's cards, was compared in full for every pair (a fifth of the count for 50,000 cards)
_WAITING_BY_SECTION = ("SELECT note.reason, note.kind, note.section, count(*), count(DISTINCT note.id) "
                       + _IN_STATE.format(state=WAITING) + " AND card.deck_id = ? "
                       "GROUP BY note.section, note.kind, note.reason ORDER BY min(note.doc_order)")
_COUNT = {state: "SELECT count(*) " + _IN_STATE.format(state=state) for state in (WAITING, HELD)}


# each deck's cards in one state: counted in the partial index alone (it holds only the cards the check
# suspended, and (deck_id, held) is all the count needs), less those of retired notes, found through
# ix_note_retired (it holds only retired notes): no card of a note the check never touched is read
_OF_DECK = ("(SELECT count(*) FROM card INDEXED BY ix_card_held WHERE card.deck_id = deck.id AND card.held > 0 "
            "AND card.held = {state}) - (SELECT count(*) FROM note INDEXED BY ix_note_retired JOIN card "
            "ON card.note_id = note.id WHERE note.retired_at IS NOT NULL AND note.deck_id = deck.id "
            "AND card.held = {state})")
#: Each deck: its name, its cards waiting for a check and those held back (live notes').
BY_DECK = (f"SELECT deck.name, {_OF_DECK.format(state=WAITING)}, {_OF_DECK.format(state=HELD)} "
           "FROM deck ORDER BY deck.name")


def checks_by_deck(handle: object) -> dict[str, tuple[int, int]]:
    """Each deck's cards (of live notes) waiting for a check and held back by it, by deck name."""
    return {name: (int(waiting), int(held)) for name, waiting, held in raw_connection(handle).execute(BY_DECK)}


def waiting_count(connection: sqlite3.Connection, deck_id: int) -> tuple[int, int]:
    """The deck's cards waiting for a check, and how many groups ``quizzer check`` asks about them."""
    rows = connection.execute(_WAITING_BY_SECTION, (deck_id,)).fetchall()
    groups = questions((reason, kind, section_of_key(section), notes) for reason, kind, section, _cards, notes in rows)
    return sum(int(row[3]) for row in rows), groups


def cards_waiting(handle: object, decks: Sequence[str] | None = None) -> int:
    """Cards waiting for a check, in every deck or in ``decks`` (names as stored)."""
    return _count(WAITING, handle, decks)


def cards_held_back(handle: object, decks: Sequence[str] | None = None) -> int:
    """Cards held back by the check, in every deck or in ``decks`` (names as stored)."""
    return _count(HELD, handle, decks)


def _count(state: int, handle: object, decks: Sequence[str] | None) -> int:
    connection = raw_connection(handle)
    if not decks:
        (count,) = connection.execute(_COUNT[state]).fetchone()
        return int(count)
    marks = ", ".join("?" for _ in decks)
    statement = _COUNT[state] + f" AND card.deck_id IN (SELECT id FROM deck WHERE name IN ({marks}))"
    (count,) = connection.execute(statement, list(decks)).fetchone()
    return int(count)
