"""A new database's schema, made on the DB-API connection: SQLAlchemy is not imported.

``schema.sql`` beside this module holds every table, index and trigger of a database at
schema :data:`quizzer.db.migrations.CURRENT`, as SQLAlchemy makes them from the models
(``quizzer.db.models``) and the tallies' triggers: ``tests/test_schema.py`` checks the two
agree and writes the script again (``python tests/test_schema.py``).  Every new database is
made from it (the first import no longer imports SQLAlchemy for that); an old one is upgraded
by :mod:`quizzer.db.migrations`' steps, whose result ``tests/test_migration.py`` compares with it.
"""

from __future__ import annotations

import sqlite3
from functools import cache
from pathlib import Path

from quizzer.db.lite import APPLICATION_ID
from quizzer.db.migrations import CURRENT

__all__ = ["HEADER", "create", "statements"]

HEADER = ("-- A new quizzer database (quizzer.db.schema): written from quizzer.db.models by\n"
          "-- `python tests/test_schema.py`; do not edit by hand.\n")


@cache
def statements() -> tuple[str, ...]:
    """The script's statements, in the order SQLite made them."""
    found: list[str] = []
    pending = ""
    for line in Path(__file__).with_name("schema.sql").read_text(encoding="utf-8").splitlines(keepends=True):
        if not pending and line.startswith("--"):
            continue
        pending += line
        if sqlite3.complete_statement(pending):
            found.append(pending.strip().removesuffix(";"))
            pending = ""
    if pending.strip():
        raise ValueError(f"schema.sql ends inside a statement: {pending[:80]!r}")
    return tuple(found)


def create(connection: sqlite3.Connection) -> None:
    """Make the schema in an empty file, in the caller's transaction (a failure rolls it all
    back), and mark the file as quizzer's at this schema."""
    for statement in statements():
        connection.execute(statement)
    connection.execute(f"PRAGMA user_version = {CURRENT}")
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
