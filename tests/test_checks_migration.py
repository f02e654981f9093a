"""Schema 10 → 11 (the check before learning): nothing already imported changes."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from quizzer.db import open_database
from quizzer.db.checks import waiting
from quizzer.db.migrations import CURRENT
from quizzer.db.sync import sync_deck
from quizzer.extract import extract

NOW = dt.datetime(2030, 3, 1, 12, tzinfo=dt.timezone.utc)
NOTES = "# Git\n\n- **git status**: show status\n- **git add**: stage changes\n\n| command | meaning |\n|---|---|\n| `ls -l` | long listing |\n"


def at_schema_10(path: Path) -> None:
    """A database as quizzer wrote it at schema 10, with notes, a suspended card and a review."""
    db = open_database(path)
    with db.session() as session:
        sync_deck(session, extract(NOTES, deck="git", source="git.md"), now=NOW, origin="/n/git.md")
    db.close()
    con = sqlite3.connect(path)
    con.execute("UPDATE card SET suspended = 1 WHERE id = 2")
    con.execute("INSERT INTO review (card_id, reviewed_at, grade, day, drill) VALUES (1, 0, 4, 700000, 0)")
    con.execute("DROP TABLE shape_check")
    con.execute("DROP INDEX ix_card_held")
    con.execute("ALTER TABLE card DROP COLUMN held")
    con.execute("ALTER TABLE note DROP COLUMN reason")
    for (trigger,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND (name LIKE 'tally_behind%' "
                                  "OR name = 'tally_answer')").fetchall():
        con.execute(f"DROP TRIGGER {trigger}")  # nor schema 12's running count, nor schema 14's answer trigger
    con.execute("DROP TABLE behind_tally")
    con.execute("PRAGMA user_version = 10")
    con.commit()
    con.close()


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_an_upgrade_from_schema_10_holds_nothing(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    at_schema_10(path)
    before = rows(path, "SELECT id, note_id, ord, suspended, reps, due FROM card ORDER BY id")
    db = open_database(path)
    try:
        assert rows(path, "PRAGMA user_version") == [(CURRENT,)]
        assert rows(path, "SELECT id, note_id, ord, suspended, reps, due FROM card ORDER BY id") == before
        assert rows(path, "SELECT DISTINCT held FROM card") == [(0,)]
        assert rows(path, "SELECT DISTINCT reason FROM note") == [(None,)]
        with db.reading() as session:
            assert waiting(session) == [] and waiting(session, held=True) == []
        # imported again with the check on, with a new note of each shape: the shapes were learnt, so kept
        more = NOTES + "- **git log**: history\n\n| command | meaning |\n|---|---|\n| `ls -a` | all |\n"
        with db.session() as session:
            result = sync_deck(session, extract(more, deck="git", source="git.md"), now=NOW, origin="/n/git.md",
                               check="check")
        assert result.waiting == 0 and result.added == 2
        assert rows(path, "SELECT id, suspended, held FROM card WHERE suspended = 1 OR held > 0") == [(2, 1, 0)]
        assert rows(path, "SELECT count(*) FROM review") == [(1,)]
        assert sorted(rows(path, "SELECT reason, kind, verdict FROM shape_check")) == [
            ("`command: description` line", "command", "kept"), ("table row", "command", "kept")]
    finally:
        db.close()
