"""A new deck filled in bulk (quizzer.db.bulk): indexed and counted after its rows, the schema
left as it was, the connection's page cache given back, and nothing of it left by a failure."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_schema import stored

from quizzer.db import bulk, new_file


@pytest.fixture
def con(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    path = tmp_path / "q.db"
    assert new_file.make(path, chosen=True)
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("INSERT INTO deck (id, name, source, builtin, created_at) VALUES (7, 'tools', 'tools.md', 0, 0)")
    yield connection
    connection.close()


def schema(connection: sqlite3.Connection) -> list[tuple[str, ...]]:
    return connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()


def fill(connection: sqlite3.Connection, notes: int) -> None:
    connection.executemany(
        "INSERT INTO note (id, deck_id, key, kind, front, back, answers, section, tags, line, doc_order, created_at, "
        "updated_at) VALUES (?, 7, ?, 'term', ?, '설명', '[]', '[]', '[]', ?, ?, 0, 0)",
        [(n, f"k{n}", f"tool{n} run", n, n) for n in range(1, notes + 1)])
    connection.executemany(
        "INSERT INTO card (note_id, deck_id, ord, new_rank, reps, interval, ef_centi, suspended, lapses, leech, held) "
        "VALUES (?, 7, 0, ?, 0, 0, 250, 0, 0, 0, 0)", [(n, n) for n in range(1, notes + 1)])


def test_the_indexes_are_made_again_after_the_rows(con: sqlite3.Connection, tmp_path: Path) -> None:
    before, cache = schema(con), con.execute("PRAGMA cache_size").fetchone()[0]
    con.execute("BEGIN IMMEDIATE")
    with bulk.filled_after(con, 7):
        inside = {row[1] for row in schema(con)}
        assert "ix_card_queue" not in inside and "ix_note_deck_updated" not in inside
        assert con.execute("PRAGMA cache_size").fetchone()[0] == -bulk.CACHE_KIB
        fill(con, 30)
    con.execute("COMMIT")
    assert schema(con) == before and stored(tmp_path / "q.db") == stored_fresh(tmp_path)
    assert con.execute("PRAGMA cache_size").fetchone()[0] == cache
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    plan = " ".join(row[3] for row in con.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM card WHERE deck_id = 7 AND due IS NULL ORDER BY new_rank"))
    assert "ix_card_queue" in plan
    assert con.execute("SELECT cards FROM card_tally WHERE deck_id = 7").fetchone() == (30,)


def stored_fresh(tmp_path: Path) -> list[tuple[str, ...]]:
    path = tmp_path / "fresh.db"
    new_file.make(path, chosen=True)
    return stored(path)


def test_a_failure_inside_leaves_the_schema_as_it_was(con: sqlite3.Connection) -> None:
    before, cache = schema(con), con.execute("PRAGMA cache_size").fetchone()[0]
    con.execute("BEGIN IMMEDIATE")
    with pytest.raises(sqlite3.IntegrityError), bulk.filled_after(con, 7):
        fill(con, 5)
        fill(con, 5)  # the same keys again
    con.execute("ROLLBACK")
    assert schema(con) == before
    assert con.execute("PRAGMA cache_size").fetchone()[0] == cache
    assert con.execute("SELECT count(*) FROM note").fetchone() == (0,)
