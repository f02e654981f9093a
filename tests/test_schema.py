"""One schema: a new database is made from ``quizzer/db/schema.sql`` on the DB-API connection
(:mod:`quizzer.db.schema`), and that script is what SQLAlchemy makes from the models
(``quizzer.db.models``) and the tallies' triggers.  When the models change, write the
script again: ``python tests/test_schema.py``."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from sqlalchemy import create_engine

from quizzer.db import schema
from quizzer.db.lite import APPLICATION_ID
from quizzer.db.migrations import CURRENT

#: What SQLite keeps of a schema: every table, index and trigger as written (an index a
#: constraint makes has no text: its table's text says it).
_STORED = "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name"


def made_by_models(path: Path) -> None:
    """A new database as the models define it: ``create_all`` and every tally's triggers."""
    from quizzer.db import answer_tally, behind_tally, card_tally, review_tally, sibling_tally, tally
    from quizzer.db.models import Base

    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            Base.metadata.create_all(connection)
            for module in (tally, review_tally, card_tally, sibling_tally, behind_tally, answer_tally):
                for statement in module.TRIGGERS:
                    connection.exec_driver_sql(statement)
    finally:
        engine.dispose()


def stored(path: Path) -> list[tuple[str, ...]]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute(_STORED).fetchall()
    connection.close()
    return rows


def made_by_script(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    schema.create(connection)
    connection.execute("COMMIT")
    return connection


def test_the_script_makes_the_models_schema(tmp_path: Path) -> None:
    made_by_models(tmp_path / "models.db")
    made_by_script(tmp_path / "script.db").close()
    assert stored(tmp_path / "script.db") == stored(tmp_path / "models.db"), "run: python tests/test_schema.py"


def test_the_script_marks_the_file_as_ours_at_this_schema(tmp_path: Path) -> None:
    connection = made_by_script(tmp_path / "script.db")
    try:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == CURRENT
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    finally:
        connection.close()


def test_a_failure_half_way_leaves_the_file_empty(tmp_path: Path) -> None:
    """The schema is made in the caller's transaction: nothing of it stays when that rolls back."""
    path = tmp_path / "half.db"
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        schema.create(connection)
        connection.execute("ROLLBACK")
        assert connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 0
    finally:
        connection.close()


def script_text(path: Path) -> str:
    """The script of the models' schema, in the order SQLite made it."""
    made_by_models(path)
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid").fetchall()
    connection.close()
    return schema.HEADER + "".join(f"{sql};\n" for sql, in rows)


if __name__ == "__main__":  # write quizzer/db/schema.sql again from the models
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        text = script_text(Path(folder) / "models.db")
    Path(schema.__file__).with_name("schema.sql").write_text(text, encoding="utf-8")
    sys.exit(0)
