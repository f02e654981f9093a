"""The plain SQL written outside quizzer.db.sync since the import left SQLAlchemy (importing's deck plan, the shipped
decks, the decks a folder import finds gone) names the tables and columns of one schema, the models': each statement
in those modules is compiled against a database the models made (tests/test_import_sql.py does so for sync's)."""

from __future__ import annotations

import ast
import re
import sqlite3
from pathlib import Path

import pytest

import quizzer
from conftest import explain_each
from quizzer.db import Database

ROOT = Path(quizzer.__file__).parent
MODULES = ("importing.py", "decks.py", "db/deck_sources.py", "db/row_record.py", "db/lite.py")
_STATEMENT = re.compile(r"(?:SELECT|INSERT|UPDATE|DELETE)\s")


def statements(module: str) -> list[str]:
    """Every string written in ``module`` that is an SQL statement whole."""
    tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
    return [node.value.strip() for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and _STATEMENT.match(node.value.strip())]


@pytest.mark.parametrize("module", MODULES)
def test_each_statement_compiles_against_the_models_schema(module: str, db: Database) -> None:
    found = statements(module)
    assert found, module  # a module listed here that lost its SQL: take it off the list
    explain_each(db, found)


def test_a_column_the_schema_lacks_is_caught(db: Database) -> None:
    con = sqlite3.connect(db.path)
    try:
        with pytest.raises(sqlite3.OperationalError):
            con.execute("EXPLAIN SELECT name, origin FROM deck WHERE name = ?", [None])
    finally:
        con.close()
