"""A new deck filled in bulk is counted once at the end (quizzer.db.tally.counted_after): the
counts are those the triggers keep, the triggers are back as they were, and they count what
comes after; a deck that has notes already is counted by the triggers, as before."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_import import counts, import_json, write
from test_tally import assert_counts_exact, connect

from quizzer.db import sync, tally


def triggers(db: Path) -> list[tuple[str, str]]:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchall()
    finally:
        con.close()


def notes(first: int, last: int) -> str:
    return "# tools\n\n" + "".join(f"- **tool{n} run**: 도구 {n}번을 실행한다\n" for n in range(first, last))


def test_a_new_deck_filled_in_bulk_is_counted_as_the_triggers_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "q.db"
    import_json(capsys, db, write(tmp_path / "small.md", notes(0, 3)))  # counted by the triggers
    before = triggers(db)
    assert {name for name, _ in before} >= set(tally.INSERT_TRIGGERS)
    dropped: list[int] = []
    counted_after = tally.counted_after

    def spy(connection: sqlite3.Connection, deck_id: int):  # type: ignore[no-untyped-def]
        dropped.append(deck_id)
        return counted_after(connection, deck_id)

    monkeypatch.setattr(sync, "BULK_NOTES", 5)
    monkeypatch.setattr(tally, "counted_after", spy)
    assert import_json(capsys, db, write(tmp_path / "big.md", notes(0, 40)))["big"] == counts(added=40)
    assert len(dropped) == 1 and triggers(db) == before
    con = connect(db)
    try:
        assert_counts_exact(con)
        assert con.execute("SELECT notes FROM note_tally WHERE deck_id = ?", (dropped[0],)).fetchone() == (40,)
    finally:
        con.close()
    # the deck has notes now: the next import is counted by the triggers, which count
    assert import_json(capsys, db, write(tmp_path / "big.md", notes(20, 70)))["big"] == counts(
        added=30, unchanged=20, retired=20)
    assert len(dropped) == 1
    con = connect(db)
    try:
        assert_counts_exact(con)
    finally:
        con.close()


def test_a_deck_counted_already_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    import_json(capsys, db, write(tmp_path / "small.md", notes(0, 3)))
    con = connect(db)
    try:
        deck_id = con.execute("SELECT id FROM deck WHERE name = 'small'").fetchone()[0]
        con.execute("BEGIN IMMEDIATE")
        with pytest.raises(ValueError), tally.counted_after(con, deck_id):
            pass
        con.execute("ROLLBACK")
    finally:
        con.close()
