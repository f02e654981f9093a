"""How many cards wait for ``quizzer check``, in plain SQL (``quizzer decks`` and the
review's "nothing due" line run on sqlite3 without SQLAlchemy).

Only the cards the check suspended are in the partial index ``ix_card_held``, so
the count reads those and nothing else, however large the collection.
"""

from __future__ import annotations

from collections.abc import Sequence

from quizzer.db.lite import raw_connection

__all__ = ["HELD_CARDS", "WAITING_CARDS", "cards_held_back", "cards_waiting"]

#: Cards whose shape waits for a check (``card.held`` = ``quizzer.db.checks.WAITING``), live notes only
#: (``held > 0`` is the index's own condition, written out so that SQLite may use the index).
WAITING_CARDS = """
SELECT count(*) FROM card INDEXED BY ix_card_held JOIN note ON note.id = card.note_id
WHERE card.held = 1 AND card.held > 0 AND note.retired_at IS NULL
"""


#: Cards the person held back in the check (``card.held`` = ``quizzer.db.checks.HELD``), live notes only.
HELD_CARDS = WAITING_CARDS.replace("card.held = 1 ", "card.held = 2 ")


def cards_waiting(handle: object, decks: Sequence[str] | None = None) -> int:
    """Cards waiting for a check, in every deck or in ``decks`` (names as stored)."""
    return _count(WAITING_CARDS, handle, decks)


def cards_held_back(handle: object, decks: Sequence[str] | None = None) -> int:
    """Cards held back by the check, in every deck or in ``decks`` (names as stored)."""
    return _count(HELD_CARDS, handle, decks)


def _count(query: str, handle: object, decks: Sequence[str] | None) -> int:
    connection = raw_connection(handle)
    if not decks:
        (count,) = connection.execute(query).fetchone()
        return int(count)
    marks = ", ".join("?" for _ in decks)
    statement = query + f" AND card.deck_id IN (SELECT id FROM deck WHERE name IN ({marks}))"
    (count,) = connection.execute(statement, list(decks)).fetchone()
    return int(count)
