"""What the check before learning stores on a card, and how many cards wait for it.

The standard library alone (no SQLAlchemy): an unchanged re-import reports its
decks' waiting cards from the plain sqlite3 connection (:mod:`quizzer.db.stamps`).
"""

from __future__ import annotations

import sqlite3

__all__ = ["HELD", "HELD_BACK", "KEPT", "UNCHECKED", "VERDICTS", "WAITING", "waiting_count"]

#: ``card.held``: suspended because its shape waits for a check.
WAITING = 1
#: ``card.held``: suspended because the person held it back (its shape, or the card one by one).
HELD = 2

#: A deck's verdicts on a shape (table ``shape_check``).
UNCHECKED = "unchecked"
KEPT = "kept"
HELD_BACK = "held"
VERDICTS = (UNCHECKED, KEPT, HELD_BACK)

_WAITING_COUNT = (
    "SELECT count(*), count(DISTINCT coalesce(note.reason, '') || char(31) || note.kind) "
    "FROM card INDEXED BY ix_card_held JOIN note ON note.id = card.note_id "
    f"WHERE card.deck_id = ? AND card.held > 0 AND card.held = {WAITING} AND note.retired_at IS NULL"
)


def waiting_count(connection: sqlite3.Connection, deck_id: int) -> tuple[int, int]:
    """The deck's cards waiting for a check, and how many shapes they have."""
    cards, shapes = connection.execute(_WAITING_COUNT, (deck_id,)).fetchone()
    return int(cards), int(shapes)
