"""How many cards wait for ``quizzer check``, in plain SQL (``quizzer decks`` and the
review's "nothing due" line run on sqlite3 without SQLAlchemy).

Only the cards the check suspended are in the partial index ``ix_card_held``, so
the count reads those and nothing else, however large the collection.
"""

from __future__ import annotations

from collections.abc import Sequence

from quizzer.db.lite import raw_connection

__all__ = ["WAITING_CARDS", "cards_waiting"]

#: Cards whose shape waits for a check (``card.held`` = ``quizzer.db.checks.WAITING``), live notes only
#: (``held > 0`` is the index's own condition, written out so that SQLite may use the index).
WAITING_CARDS = """
SELECT count(*) FROM card INDEXED BY ix_card_held JOIN note ON note.id = card.note_id
WHERE card.held = 1 AND card.held > 0 AND note.retired_at IS NULL
"""


def cards_waiting(handle: object, decks: Sequence[str] | None = None) -> int:
    """Cards waiting for a check, in every deck or in ``decks`` (names as stored)."""
    connection = raw_connection(handle)
    if not decks:
        (count,) = connection.execute(WAITING_CARDS).fetchone()
        return int(count)
    marks = ", ".join("?" for _ in decks)
    statement = WAITING_CARDS + f" AND card.deck_id IN (SELECT id FROM deck WHERE name IN ({marks}))"
    (count,) = connection.execute(statement, list(decks)).fetchone()
    return int(count)
