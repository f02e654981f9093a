"""An import runs its statements on the DB-API connection (quizzer.db.sync, decks, importing),
through a SQLAlchemy session or quizzer.db.lite's plain connection: one schema (the models'),
the same rows either way, a new file made alike either way (quizzer.db.new_file), and no import,
first or again, that imports SQLAlchemy."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from quizzer.db import Database, new_file, open_database, sync
from quizzer.db.lite import APPLICATION_ID, LiteDatabase, open_lite
from quizzer.db.migrations import CURRENT
from quizzer.db.models import Base, Deck
from quizzer.decks import ensure_builtin_decks
from quizzer.importing import import_paths
from conftest import explain_each, run_cli
from test_schema import stored

NOW = dt.datetime(2024, 5, 6, 7, 8, 9, 123456, tzinfo=dt.timezone.utc)

FIRST = """\
# 깃 정리

## 브랜치

- **git branch**: 브랜치 목록을 보여 준다
- **git switch** `<branch>`: 다른 브랜치로 옮긴다
  - **-c**: 새 브랜치를 만들며 옮긴다
- **git merge**: 다른 브랜치를 합친다

## 되돌리기

1. `git stash` 고친 것을 잠시 치운다
2. `git reset --hard` 마지막 커밋으로 되돌린다
"""

# one description edited, one note gone, one step's text fixed, one note added
SECOND = (FIRST.replace("브랜치 목록을 보여 준다", "브랜치 목록을 보여 준다 (-a: 원격까지)")
          .replace("- **git merge**: 다른 브랜치를 합친다\n", "- **git rebase**: 커밋을 다른 브랜치 위로 옮긴다\n")
          .replace("잠시 치운다", "잠깐 치워 둔다"))

STATEMENTS = [value for name, value in vars(sync).items()
              if name.isupper() and name.startswith("_") and isinstance(value, str)
              and value.lstrip().split(" ", 1)[0] in {"SELECT", "INSERT", "UPDATE"}]


def test_every_import_statement_compiles_against_the_models_schema(db: Database) -> None:
    """A column renamed or dropped in the models breaks this, not someone's import."""
    assert len(STATEMENTS) >= 12
    explain_each(db, STATEMENTS)


def test_a_new_cards_defaults_are_the_models() -> None:
    table = Base.metadata.tables["card"]
    defaults = {column.name: column.default.arg for column in table.c  # type: ignore[union-attr]
                if column.name not in ("id", *sync._CARD_GIVEN) and column.default is not None and column.default.is_scalar}
    assert sync._CARD_DEFAULTS == defaults


def everything(path: Path) -> dict[str, list[tuple[object, ...]]]:
    con = sqlite3.connect(path)
    try:
        names = [name for name, in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'")]
        return {name: sorted(con.execute(f"SELECT * FROM {name}"), key=repr) for name in names}
    finally:
        con.close()


def imports(db: Database | LiteDatabase, document: Path) -> list[tuple[object, ...]]:
    found = []
    for text, check in ((FIRST, "check"), (SECOND, "check"), (FIRST, "trust"), (FIRST, None)):
        document.write_text(text, encoding="utf-8")
        batch = import_paths(db, [document], now=NOW, check=check)  # type: ignore[arg-type]
        found.append(tuple((r.added, r.updated, r.unchanged, r.retired, r.restored, r.waiting) for r in batch.results))
    return found


def test_both_paths_import_alike(tmp_path: Path, db_path: Path, db: Database) -> None:
    db.close()
    copy = tmp_path / "copy.db"
    shutil.copyfile(db_path, copy)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()

    full = open_database(db_path)
    try:
        by_orm = imports(full, tmp_path / "a" / "git.md")
    finally:
        full.close()
    fast = open_lite(copy, CURRENT)
    assert fast is not None
    try:
        by_lite = imports(fast, tmp_path / "b" / "git.md")
    finally:
        fast.close()
    assert by_orm == by_lite
    added, updated, unchanged, retired = by_orm[1][0][:4]
    assert added and updated and unchanged and retired, by_orm
    orm, lite = everything(db_path), everything(copy)
    for rows in (orm, lite):  # the documents' paths differ: the rest must not
        for table in ("deck", "meta"):
            rows[table] = [tuple(str(v).replace("/a/", "/").replace("/b/", "/") for v in row) for row in rows[table]]
    assert orm == lite
    assert len(lite["note"]) > 5 and lite["card"] and lite["shape_check"]

    # what plain SQL wrote reads back through the ORM's types (an instant, a boolean)
    again = open_database(copy)
    try:
        with again.reading() as session:
            deck = session.query(Deck).filter(Deck.name == "git").one()
            assert deck.created_at == NOW.replace(microsecond=123000) and deck.builtin is False
    finally:
        again.close()


REIMPORT = r"""
import contextlib, io, sys
from quizzer import cli
with contextlib.redirect_stdout(io.StringIO()):
    code = cli.main(["--db", sys.argv[1], "import", sys.argv[2]])
print(code, sorted(m for m in sys.modules if m.split(".")[0] == "sqlalchemy")[:3])
"""


def pragmas(path: Path) -> tuple[object, ...]:
    con = sqlite3.connect(path)
    try:
        return tuple(con.execute(f"PRAGMA {name}").fetchone()[0] for name in ("user_version", "application_id", "journal_mode"))
    finally:
        con.close()


def test_a_new_file_is_made_alike_either_way(tmp_path: Path) -> None:
    """quizzer.db.new_file on plain sqlite3 and open_database through SQLAlchemy: the same schema
    (schema.sql), marks and journal, and the same built-in decks written into it."""
    plain, full = tmp_path / "plain.db", tmp_path / "full.db"
    assert new_file.make(plain, chosen=True)
    fast = open_lite(plain, CURRENT)
    assert fast is not None
    try:
        assert ensure_builtin_decks(fast, now=NOW)
    finally:
        fast.close()
    made = open_database(full)
    try:
        ensure_builtin_decks(made, now=NOW)
    finally:
        made.close()
    assert pragmas(plain) == pragmas(full) == (CURRENT, APPLICATION_ID, "wal")
    assert stored(plain) == stored(full)
    assert everything(plain) == everything(full)
    assert not new_file.make(plain, chosen=True)  # made already (another process first): left as it is
    assert everything(plain) == everything(full)


@pytest.mark.parametrize("left", ["empty", "rolled back"])
def test_a_file_a_crash_left_unmade_is_made_by_the_next_import(tmp_path: Path, left: str,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """Killed while making the file: SQLite leaves it empty (the schema's transaction undone)."""
    path, document = tmp_path / "q.db", tmp_path / "git.md"
    path.touch()
    if left == "rolled back":
        con = sqlite3.connect(path, isolation_level=None)
        con.execute("BEGIN IMMEDIATE")
        assert new_file.create_if_empty(con)
        con.execute("ROLLBACK")
        con.close()
    document.write_text(FIRST, encoding="utf-8")
    assert run_cli(capsys, "--db", str(path), "import", str(document))[0] == 0
    assert pragmas(path) == (CURRENT, APPLICATION_ID, "wal")
    assert {row[1] for row in everything(path)["deck"]} >= {"git"}


@pytest.mark.parametrize("edited", [False, True])
def test_no_import_imports_sqlalchemy(tmp_path: Path, edited: bool) -> None:
    document = tmp_path / "git.md"
    document.write_text(FIRST, encoding="utf-8")
    env_db = str(tmp_path / "q.db")
    first = subprocess.run([sys.executable, "-c", REIMPORT, env_db, str(document)], capture_output=True, text=True,
                           check=True)
    assert first.stdout.strip() == "0 []"  # a new database: made on plain sqlite3 too
    if edited:
        document.write_text(SECOND, encoding="utf-8")
    again = subprocess.run([sys.executable, "-c", REIMPORT, env_db, str(document)], capture_output=True, text=True,
                           check=True)
    assert again.stdout.strip() == "0 []"


KILLED_IN_BULK = r"""
import contextlib, io, os, signal, sys
from quizzer import cli
from quizzer.db import bulk, sync
sync.BULK_NOTES = 1  # this small document filled in bulk: its indexes and counting triggers dropped inside
if sys.argv[3] == "spilled":
    bulk.CACHE_KIB = 1  # pages written to the log before the commit
insert = sync._insert
def killed(connection, sql, rows):
    insert(connection, sql, rows)
    if sql == sync._INSERT_CARD:  # every row in, the indexes and triggers not yet made again
        os.kill(os.getpid(), signal.SIGKILL)
sync._insert = killed
with contextlib.redirect_stdout(io.StringIO()):
    cli.main(["--db", sys.argv[1], "import", sys.argv[2]])
"""


@pytest.mark.parametrize("cache", ["kept", "spilled"])
def test_a_first_import_killed_mid_way_leaves_the_database_as_before(tmp_path: Path, cache: str,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """kill -9 inside a new deck's bulk filling (quizzer.db.bulk: its indexes and counting triggers
    dropped, its rows in): the import's transaction is undone, the schema whole, nothing of it kept;
    the next import writes it all and counts it."""
    path, document, fresh = tmp_path / "q.db", tmp_path / "git.md", tmp_path / "fresh.db"
    document.write_text(FIRST, encoding="utf-8")
    killed = subprocess.run([sys.executable, "-c", KILLED_IN_BULK, str(path), str(document), cache],
                            capture_output=True, text=True)
    assert killed.returncode == -9, killed.stderr
    new_file.make(fresh, chosen=True)
    assert stored(path) == stored(fresh)  # every index and trigger there
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("SELECT count(*) FROM deck WHERE name = 'git'").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM note WHERE deck_id NOT IN (SELECT id FROM deck WHERE builtin)"
                           ).fetchone() == (0,)
    finally:
        con.close()
    assert run_cli(capsys, "--db", str(path), "import", str(document))[0] == 0
    con = sqlite3.connect(path)
    try:
        deck, notes, cards = con.execute(
            "SELECT deck.id, (SELECT count(*) FROM note WHERE deck_id = deck.id), "
            "(SELECT count(*) FROM card WHERE deck_id = deck.id) FROM deck WHERE name = 'git'").fetchone()
        assert notes > 0 and cards >= notes
        assert con.execute("SELECT notes FROM note_tally WHERE deck_id = ?", (deck,)).fetchone() == (notes,)
    finally:
        con.close()
