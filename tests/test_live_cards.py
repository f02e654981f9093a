"""A card that can come up (``quizzer.db.decks.LIVE_SQL``) is found over ``card`` alone, its note
looked for among the retired notes' index (schema 20): the same cards as joining every card to its
note, whatever notes are retired, brought back or deleted, and whatever cards are suspended."""

from __future__ import annotations

import sqlite3

from hypothesis import given
from hypothesis import strategies as st

from quizzer.db import schema
from quizzer.db.decks import LIVE_SQL

_JOINED = ("SELECT card.id FROM card JOIN note ON note.id = card.note_id "
           "WHERE card.suspended = 0 AND note.retired_at IS NULL ORDER BY card.id")
_ALONE = f"SELECT card.id FROM card WHERE {LIVE_SQL} ORDER BY card.id"

_NOTE = ("INSERT INTO note (id, deck_id, key, kind, front, back, command, context, answers, section, tags, line, "
         "position, doc_order, retired_at, created_at, updated_at) "
         "VALUES (?, 1, ?, 'concept', 'f', 'b', NULL, NULL, '[]', '[]', '[]', 1, NULL, ?, ?, 0, 0)")
_CARD = ("INSERT INTO card (id, note_id, deck_id, ord, new_rank, reps, interval, ef_centi, due, suspended, lapses, "
         "leech) VALUES (?, ?, 1, ?, ?, 0, 0, 250, ?, ?, 0, 0)")

notes = st.lists(st.tuples(st.booleans(), st.integers(0, 3)), min_size=1, max_size=12)  # (retired?, its cards)
changes = st.lists(st.tuples(st.sampled_from(["retire", "bring back", "delete", "suspend", "unsuspend"]),
                             st.integers(0, 40)), max_size=10)


def _made() -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:", isolation_level=None)
    connection.execute("PRAGMA foreign_keys = ON")  # as quizzer.db.lite.configure: a deleted note takes its cards
    schema.create(connection)
    connection.execute("INSERT INTO deck (id, name, source, builtin, created_at) VALUES (1, 'alpha', 'a.md', 0, 0)")
    return connection


@given(notes=notes, suspended=st.lists(st.booleans(), max_size=40), changes=changes)
def test_the_live_cards_are_those_of_the_join(notes: list[tuple[bool, int]], suspended: list[bool],
                                              changes: list[tuple[str, int]]) -> None:
    connection = _made()
    card_id = 0
    for note_id, (retired, cards) in enumerate(notes, start=1):
        connection.execute(_NOTE, (note_id, f"k{note_id}", note_id, 5 if retired else None))
        for ord_ in range(cards):
            card_id += 1
            connection.execute(_CARD, (card_id, note_id, ord_, note_id, None if ord_ else 7,
                                       suspended[card_id % len(suspended)] if suspended else False))
    assert connection.execute(_ALONE).fetchall() == connection.execute(_JOINED).fetchall()
    for change, which in changes:
        note_id = which % len(notes) + 1
        connection.execute({
            "retire": "UPDATE note SET retired_at = 9 WHERE id = ?",
            "bring back": "UPDATE note SET retired_at = NULL WHERE id = ?",
            "delete": "DELETE FROM note WHERE id = ?",
            "suspend": "UPDATE card SET suspended = 1 WHERE note_id = ?",
            "unsuspend": "UPDATE card SET suspended = 0 WHERE note_id = ?",
        }[change], (note_id,))
        assert connection.execute(_ALONE).fetchall() == connection.execute(_JOINED).fetchall(), change
    connection.close()


def test_a_retired_note_is_found_in_the_index_without_reading_a_note_row() -> None:
    connection = _made()
    steps = [str(row[3]) for row in connection.execute("EXPLAIN QUERY PLAN " + _ALONE)]
    assert not [step for step in steps if step.split()[:2] in (["SEARCH", "note"], ["SCAN", "note"])], steps
    assert any("ix_note_retired_id" in step for step in steps), steps
    connection.close()
