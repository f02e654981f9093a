"""Decks by name, in raw SQL over the standard library's sqlite3 (no SQLAlchemy).

The one place a deck name a person typed becomes a deck: the review path uses
:func:`deck_refs` directly, the commands through ``quizzer.db.queries.find_deck``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from quizzer.db.lite import db_option_of, raw_connection
from quizzer.errors import no_such_deck

__all__ = ["DECK_STATEMENTS", "LIVE_SQL", "DeckRef", "deck_refs"]

#: A card that can come up: not suspended, its note not retired (``quizzer.db.queries.LIVE`` is the
#: same for SQLAlchemy, over ``card JOIN note``).  Over ``card`` alone: the note is looked for in the
#: partial index ``ix_note_retired_id``, which holds retired notes only (schema 20), so no note row is
#: read; joined to every candidate, the notes' rows were most of the pages the day's queue read (at 1M
#: cards 4,400 of the 4,700 ``quizzer decks`` read, one a candidate, as the notes spread over more pages).
LIVE_SQL = ("card.suspended = 0 AND NOT EXISTS (SELECT 1 FROM note AS retired INDEXED BY ix_note_retired_id "
            "WHERE retired.id = card.note_id AND retired.retired_at IS NOT NULL)")


@dataclass(frozen=True, slots=True)
class DeckRef:
    """A deck as the review needs it."""

    id: int
    name: str


_ALL_DECKS = "SELECT id, name FROM deck ORDER BY name"
_DECK_NAMED = "SELECT id, name FROM deck WHERE name = ?"
#: The raw statements of :func:`deck_refs` (the review's test runs them against the schema).
DECK_STATEMENTS = (_ALL_DECKS, _DECK_NAMED)


def deck_refs(handle: object, names: Sequence[str]) -> list[DeckRef]:
    """The decks named (all of them, by name, when none is); an unknown name is an error.

    Raw SQL (the review's hot path); every command that names a deck resolves it here."""
    con = raw_connection(handle)
    if not names:
        return [DeckRef(*row) for row in con.execute(_ALL_DECKS)]
    from quizzer.text import typed

    found = []
    for raw in names:
        name = typed(raw)
        row = con.execute(_DECK_NAMED, (name,)).fetchone()
        if row is None:
            raise no_such_deck(name, [n for _, n in con.execute(_ALL_DECKS)], db_option_of(con))
        found.append(DeckRef(*row))
    return found
