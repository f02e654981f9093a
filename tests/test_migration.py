"""Old databases upgrade in place; files that are not ours, too new or damaged are refused untouched.

``data/quizzer-schema-v1.db`` was written by schema version 1, before the review columns.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import quizzer.db.migrations as migrations
from quizzer.days import study_day
from quizzer.db import open_database
from quizzer.db.engine import APPLICATION_ID
from conftest import make_deck
from conftest import run_cli as run

V1_DB = Path(__file__).resolve().parent.parent / "data" / "quizzer-schema-v1.db"
V1_COLUMNS = {
    "deck": ["id", "name", "source", "builtin", "created_at"],
    "note": ["id", "deck_id", "key", "kind", "front", "back", "command", "context", "answers", "section", "tags",
             "line", "position", "doc_order", "retired_at", "created_at", "updated_at"],
    "card": ["id", "note_id", "deck_id", "ord", "new_rank", "reps", "interval", "ef_centi", "due", "suspended"],
    "review": ["id", "card_id", "reviewed_at", "grade"],
    "meta": ["key", "value"],
}


# The fixture is part of the repository: its absence is a failure, not a skip.


@pytest.fixture(autouse=True)
def migration_home(quizzer_home: Path) -> Path:
    """conftest's isolated QUIZZER_HOME, under this file's name."""
    home = quizzer_home
    return home


@pytest.fixture
def old_db(tmp_path: Path) -> Path:
    path = tmp_path / "old" / "quizzer.db"
    path.parent.mkdir()
    shutil.copyfile(V1_DB, path)
    return path


def query(path: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def v1_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    return {table: query(path, f"SELECT {', '.join(map(repr, cols))} FROM {table} ORDER BY rowid".replace("'", '"'))
            for table, cols in V1_COLUMNS.items()}


def columns(path: Path, table: str) -> dict[str, tuple[str, int]]:
    return {name: (kind, notnull) for _, name, kind, notnull, _, _ in query(path, f"PRAGMA table_info({table})")}


def one_sentence(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("Error: ") and lines[0].endswith("."), err
    return lines[0]


# -- the stored old database -------------------------------------------------------------


def test_fixture_is_a_version_1_database() -> None:
    assert query(V1_DB, "PRAGMA user_version") == [(1,)]
    assert "lapses" not in columns(V1_DB, "card")
    assert query(V1_DB, "SELECT count(*) FROM review")[0][0] > 0


def test_v1_database_upgrades_in_place(old_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = v1_rows(old_db)
    original_bytes = old_db.read_bytes()
    rc, out, err = run(capsys, "--db", str(old_db), "decks", "--json")
    assert rc == 0, err
    assert query(old_db, "PRAGMA user_version") == [(migrations.CURRENT,)]
    assert query(old_db, "PRAGMA application_id") == [(APPLICATION_ID,)]
    assert query(old_db, "PRAGMA journal_mode") == [("wal",)]

    # a backup of the old file beside it, still version 1, same content
    backup = old_db.with_name("quizzer.db.v1.bak")
    assert backup.exists()
    assert query(backup, "PRAGMA user_version") == [(1,)]
    assert v1_rows(backup) == before
    assert "lapses" not in columns(backup, "card")
    assert V1_DB.read_bytes() == original_bytes  # the stored fixture itself is never touched

    # every row and every card's state kept
    assert v1_rows(old_db) == before
    decks = {d["name"]: d for d in json.loads(out)["decks"]}
    assert decks["docker-containers.ko"]["notes"] == len([n for n in before["note"] if n[14] is None])

    # the new columns, with their defaults on old rows
    assert {"lapses", "leech"} <= set(columns(old_db, "card"))
    assert {"day", "drill", "duration_ms", "prev_reps", "prev_due", "interval", "ef_centi", "due"} <= set(
        columns(old_db, "review"))
    assert query(old_db, "SELECT DISTINCT lapses, leech FROM card") == [(0, 0)]
    assert query(old_db, "SELECT DISTINCT drill FROM review") == [(0,)]
    assert ("ix_review_day",) in query(old_db, "SELECT name FROM sqlite_master WHERE type = 'index'")
    # schema 3: typed answers, empty on old rows
    assert query(old_db, "SELECT DISTINCT typed_answer, typed_outcome, suggested_grade FROM review") == [
        (None, None, None)
    ]


def test_a_version_2_database_gains_the_typed_answer_columns(tmp_path: Path) -> None:
    path = tmp_path / "v2.db"
    open_database(path).close()
    con = sqlite3.connect(path)
    con.execute("INSERT INTO deck (name, source, builtin, created_at) VALUES ('d', 's', 0, 0)")
    for column in ("typed_answer", "typed_outcome", "suggested_grade"):
        con.execute(f"ALTER TABLE review DROP COLUMN {column}")
    con.execute("DROP TABLE exam_answer")  # schema 4's tables did not exist at 2 either
    con.execute("DROP TABLE exam")
    con.execute("DROP INDEX ix_note_retired")  # nor schema 5's indexes (ix_card_counts: gone at 15)
    con.execute("DROP INDEX ix_note_deck_updated")  # nor schema 8's
    con.execute("DROP INDEX ix_card_lapsed")  # nor schema 9's
    con.execute("DROP INDEX ix_card_weak_ease")
    con.execute("DROP TABLE shape_check")  # nor schema 11's check
    con.execute("DROP INDEX ix_card_held")
    con.execute("ALTER TABLE card DROP COLUMN held")
    con.execute("ALTER TABLE note DROP COLUMN reason")
    for kind, name in con.execute("SELECT type, name FROM sqlite_master WHERE name LIKE 'tally%' "
                                  "OR name LIKE '%\\_tally' ESCAPE '\\' ORDER BY type = 'table'").fetchall():
        con.execute(f"DROP {kind.upper()} {name}")  # nor the running counts (schemas 6, 8, 9)
    con.execute("PRAGMA user_version = 2")
    con.commit()
    con.close()
    open_database(path).close()
    assert query(path, "PRAGMA user_version") == [(migrations.CURRENT,)]
    assert {"typed_answer", "typed_outcome", "suggested_grade"} <= set(columns(path, "review"))
    assert query(path, "SELECT name FROM deck") == [("d",)]
    assert path.with_name("v2.db.v2.bak").exists()


def test_upgraded_schema_matches_a_new_one(old_db: Path, tmp_path: Path) -> None:
    open_database(old_db).close()
    fresh = tmp_path / "fresh.db"
    open_database(fresh).close()
    for table in V1_COLUMNS:
        assert columns(old_db, table) == columns(fresh, table), table
    index_sql = "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name"
    assert query(old_db, index_sql) == query(fresh, index_sql)


@pytest.fixture
def local_zone(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Iterator[str]:
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("local_zone", ["UTC", "Asia/Seoul", "America/Los_Angeles"], indirect=True)
def test_review_day_is_backfilled_as_the_local_study_day(old_db: Path, local_zone: str) -> None:
    open_database(old_db).close()
    rows = query(old_db, "SELECT reviewed_at, day FROM review ORDER BY id")
    assert rows and all(day is not None for _, day in rows)
    for reviewed_at, day in rows:
        assert isinstance(reviewed_at, int)
        local = dt.datetime.fromtimestamp(reviewed_at / 1000)
        assert day == study_day(local, 4).toordinal(), (local_zone, local)


def test_opening_again_changes_nothing(old_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", str(old_db), "decks")[0] == 0
    backup = old_db.with_name("quizzer.db.v1.bak")
    backup_bytes, rows = backup.read_bytes(), query(old_db, "SELECT * FROM review")
    db_bytes = old_db.read_bytes()
    assert run(capsys, "--db", str(old_db), "decks")[0] == 0
    assert sorted(p.name for p in old_db.parent.iterdir()) == ["quizzer.db", "quizzer.db.v1.bak"]
    assert backup.read_bytes() == backup_bytes
    assert query(old_db, "SELECT * FROM review") == rows
    assert old_db.read_bytes() == db_bytes


def test_a_failed_upgrade_leaves_the_old_schema(old_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The upgrade runs in one transaction: a step failing half-way undoes its ALTERs."""

    def half_way(connection):  # type: ignore[no-untyped-def]
        connection.exec_driver_sql("ALTER TABLE card ADD COLUMN lapses INTEGER NOT NULL DEFAULT 0")
        raise RuntimeError("power cut")

    before = v1_rows(old_db)
    monkeypatch.setitem(migrations.STEPS, 1, half_way)
    with pytest.raises(RuntimeError, match="power cut"):
        open_database(old_db)
    assert query(old_db, "PRAGMA user_version") == [(1,)]
    assert "lapses" not in columns(old_db, "card")
    assert v1_rows(old_db) == before
    monkeypatch.undo()
    open_database(old_db).close()
    assert query(old_db, "PRAGMA user_version") == [(migrations.CURRENT,)]


# -- files quizzer must refuse ---------------------------------------------------------------


def _newer(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute("PRAGMA user_version = 99")
    con.execute("CREATE TABLE future (x)")
    con.commit()
    con.close()


def _other_app(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    con.execute("INSERT INTO contacts VALUES ('Kim', '010')")
    con.commit()
    con.close()


def test_a_newer_database_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "newer.db"
    _newer(path)
    notes = tmp_path / "notes.md"
    notes.write_text("- **git add**: stage\n", encoding="utf-8")
    for argv in (["decks"], ["import", str(notes)], ["cards", "x"]):
        rc, out, err = run(capsys, "--db", str(path), *argv)
        assert rc == 1 and out == ""
        sentence = one_sentence(err)
        assert "newer quizzer" in sentence and "99" in sentence and str(path) in sentence
    assert query(path, "PRAGMA user_version") == [(99,)]
    assert query(path, "SELECT name FROM sqlite_master") == [("future",)]
    assert not path.with_name("newer.db.v99.bak").exists()


def test_another_apps_database_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "contacts.db"
    _other_app(path)
    rc, out, err = run(capsys, "--db", str(path), "decks")
    assert rc == 1 and out == ""
    assert "not one of quizzer's" in one_sentence(err)
    assert query(path, "SELECT * FROM contacts") == [("Kim", "010")]
    assert query(path, "SELECT name FROM sqlite_master") == [("contacts",)]


def _ours_at(version: int) -> Callable[[Path], None]:
    """A quizzer-marked file at a schema version quizzer never wrote."""

    def make(path: Path) -> None:
        con = sqlite3.connect(path)
        con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        con.execute(f"PRAGMA user_version = {version}")
        con.execute("CREATE TABLE card (id INTEGER PRIMARY KEY)")
        con.commit()
        con.close()

    return make


@pytest.mark.parametrize("version", [-1, -2147483648, 0])
def test_a_schema_version_quizzer_never_wrote_is_refused(version: int, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "odd.db"
    _ours_at(version)(path)
    before = path.read_bytes()
    for argv in (["decks"], ["suspend", "1"]):
        rc, out, err = run(capsys, "--db", str(path), *argv)
        assert rc == 1 and out == ""
        sentence = one_sentence(err)
        assert "not a quizzer database this version knows" in sentence and f"schema {version}" in sentence
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("odd.db.*"))


@pytest.mark.parametrize("make", [_newer, _other_app, _ours_at(-7)], ids=["newer", "other-app", "negative"])
def test_a_refused_database_is_not_modified(make, tmp_path: Path,  # type: ignore[no-untyped-def]
                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "refused.db"
    make(path)
    before = path.read_bytes()
    rc, _, _ = run(capsys, "--db", str(path), "decks")
    assert rc == 1
    assert path.read_bytes() == before


def _garbage(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04 this is a zip file, not a database " * 300)


def _text(path: Path) -> None:
    path.write_text("- **ls**: someone passed their notes as --db\n" * 200, encoding="utf-8")


def _truncated_half(path: Path) -> None:
    data = V1_DB.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _truncated_header(path: Path) -> None:
    path.write_bytes(V1_DB.read_bytes()[:100])


def _first_page_only(path: Path) -> None:
    path.write_bytes(V1_DB.read_bytes()[:4096])


def _scribbled(path: Path) -> None:
    data = bytearray(V1_DB.read_bytes())
    data[4096:] = bytes((i * 7 + 3) % 256 for i in range(len(data) - 4096))
    path.write_bytes(bytes(data))


DAMAGED = {
    "garbage": _garbage,
    "text": _text,
    "truncated-half": _truncated_half,
    "truncated-header": _truncated_header,
    "first-page-only": _first_page_only,
    "scribbled": _scribbled,
}


@pytest.mark.parametrize("command", [["decks"], ["cards", "docker-containers.ko"], ["import", "NOTES"]])
@pytest.mark.parametrize("damage", DAMAGED)
def test_a_damaged_database_is_one_sentence(damage: str, command: list[str], tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    path = folder / "damaged.db"
    DAMAGED[damage](path)
    notes = folder / "notes.md"
    notes.write_text("- **git add**: stage\n", encoding="utf-8")
    rc, out, err = run(capsys, "--db", str(path), *[str(notes) if a == "NOTES" else a for a in command])
    assert rc == 1 and out == ""
    sentence = one_sentence(err)
    assert "damaged or is not a quizzer database" in sentence
    # what to do next (found by qa5), into the database --db names
    assert "rename it" in sentence and f"quizzer --db {path} import BACKUP.json" in sentence
    # no journal left behind (a version-1 file whose damage shows only while upgrading keeps its backup)
    assert {p.name for p in folder.iterdir()} - {"damaged.db.v1.bak"} == {"damaged.db", "notes.md"}


@pytest.mark.parametrize("damage", DAMAGED)
def test_a_damaged_database_is_not_modified(damage: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "damaged.db"
    DAMAGED[damage](path)
    before = path.read_bytes()
    rc, _, _ = run(capsys, "--db", str(path), "decks")
    assert rc == 1
    assert path.read_bytes() == before


# -- schema 4: mock exams ----------------------------------------------------------------------


def test_exam_tables_after_upgrade_match_a_new_database(old_db: Path, tmp_path: Path) -> None:
    open_database(old_db).close()  # 1 → 2 → 3 → 4
    fresh = tmp_path / "fresh.db"
    open_database(fresh).close()
    assert query(old_db, "PRAGMA user_version") == [(migrations.CURRENT,)] == query(fresh, "PRAGMA user_version")
    for table in ("exam", "exam_answer"):
        assert columns(old_db, table) == columns(fresh, table), table
        assert columns(fresh, table)
    sql = "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name"
    assert query(old_db, sql) == query(fresh, sql)
    fk = "PRAGMA foreign_key_list(exam_answer)"
    assert query(old_db, fk) == query(fresh, fk)


def test_a_version_3_database_gains_the_exam_tables_and_keeps_its_rows(old_db: Path, tmp_path: Path) -> None:
    three = tmp_path / "three.db"
    shutil.copyfile(old_db, three)
    with pytest.MonkeyPatch.context() as patch:  # stop at schema 3, as a quizzer of that time would
        patch.setattr(migrations, "CURRENT", 3)
        open_database(three).close()
    assert query(three, "PRAGMA user_version") == [(3,)]
    assert not query(three, "SELECT name FROM sqlite_master WHERE name = 'exam'")
    reviews = query(three, "SELECT * FROM review ORDER BY id")
    open_database(three).close()
    assert query(three, "PRAGMA user_version") == [(migrations.CURRENT,)]
    assert query(three, "SELECT * FROM review ORDER BY id") == reviews
    assert query(three, "SELECT count(*) FROM exam") == [(0,)]
    assert three.with_name("three.db.v3.bak").exists()


def test_schema_5_indexes_after_upgrade_are_those_of_a_new_database(old_db: Path, tmp_path: Path) -> None:
    open_database(old_db).close()
    fresh = tmp_path / "fresh.db"
    open_database(fresh).close()
    sql = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN " \
          "('ix_card_queue', 'ix_card_counts', 'ix_note_retired') ORDER BY name"

    def normal(rows: list[tuple[object, ...]]) -> list[tuple[str, str]]:
        return [(str(name), " ".join(str(text).replace('"', "").split())) for name, text in rows]

    assert len(query(fresh, sql)) == 2  # ix_card_counts, made at 5, is gone at 15
    assert normal(query(old_db, sql)) == normal(query(fresh, sql))


def test_a_long_upgrade_says_so_first(old_db: Path, capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """An upgrade of a database with more than NOTICE_ROWS cards and reviews prints one
    line on stderr before it starts (so a person does not think quizzer hung); a small one,
    and a database already upgraded, print nothing."""
    rows = query(old_db, "SELECT (SELECT max(id) FROM card) + (SELECT max(id) FROM review)")[0][0]
    assert isinstance(rows, int) and 0 < rows < migrations.NOTICE_ROWS
    small = old_db.with_name("small.db")
    shutil.copyfile(old_db, small)
    rc, _, err = run(capsys, "--db", str(small), "decks", "--json")
    assert rc == 0 and err == ""

    monkeypatch.setattr(migrations, "NOTICE_ROWS", rows - 1)
    rc, out, err = run(capsys, "--db", str(old_db), "decks", "--json")
    assert rc == 0 and json.loads(out)["decks"]
    assert err == (f"Upgrading the database {old_db} from schema 1 to {migrations.CURRENT} ({rows:,} cards and "
                   "reviews): this can take a minute.\n")
    rc, _, err = run(capsys, "--db", str(old_db), "decks", "--json")
    assert rc == 0 and err == ""  # upgraded: nothing to say

    again = old_db.with_name("again.db")
    shutil.copyfile(V1_DB, again)
    rc, _, err = run(capsys, "--lang", "ko", "--db", str(again), "decks", "--json")
    assert rc == 0
    assert err == (f"데이터베이스 {again}를 스키마 1에서 {migrations.CURRENT}(으)로 올리는 중입니다 "
                   f"(카드와 답 {rows:,}개). 1분쯤 걸릴 수 있습니다.\n")


def test_a_version_14_database_loses_the_index_no_query_reads(tmp_path: Path) -> None:
    """Schema 15: ix_card_counts goes (every answer moved its card in it; nothing reads it)."""
    path = tmp_path / "v14.db"
    open_database(path).close()
    con = sqlite3.connect(path)
    con.execute("CREATE INDEX ix_card_counts ON card (deck_id, suspended, due, note_id)")
    con.execute("PRAGMA user_version = 14")
    con.commit()
    con.close()
    open_database(path).close()
    assert query(path, "PRAGMA user_version") == [(migrations.CURRENT,)]
    assert query(path, "SELECT name FROM sqlite_master WHERE name = 'ix_card_counts'") == []


def test_a_version_15_database_gains_each_cards_own_change_time(tmp_path: Path) -> None:
    """Schema 16: ``card.changed_at`` (a suspension's, a send-back's moment), None for the cards
    there were: no such change is known from before; the cards themselves are kept."""
    path = tmp_path / "v15.db"
    db = open_database(path)
    make_deck(db, "alpha", 2)
    db.close()
    con = sqlite3.connect(path)
    con.execute("ALTER TABLE card DROP COLUMN changed_at")
    con.execute("PRAGMA user_version = 15")
    con.commit()
    con.close()
    cards = query(path, "SELECT id, reps, due, suspended FROM card ORDER BY id")
    open_database(path).close()
    assert query(path, "PRAGMA user_version") == [(migrations.CURRENT,)]
    assert query(path, "SELECT id, reps, due, suspended FROM card ORDER BY id") == cards
    assert query(path, "SELECT DISTINCT changed_at FROM card") == [(None,)]
    assert columns(path, "card")["changed_at"] == ("INTEGER", 0)


def test_a_version_16_database_gains_a_suspensions_own_time_from_the_one_change_time(tmp_path: Path) -> None:
    """Schema 17: ``card.suspended_at``, a suspension's own moment.  The one change time of schema 16
    stood for a suspension and a send-back alike, so a card changed here keeps it in both (as an Anki
    import weighed it before); a card never changed here has neither."""
    path = tmp_path / "v16.db"
    db = open_database(path)
    made = make_deck(db, "alpha", 2)
    db.close()
    con = sqlite3.connect(path)
    con.execute("ALTER TABLE card DROP COLUMN suspended_at")
    con.execute("UPDATE card SET suspended = 1, changed_at = 1764590000000 WHERE id = ?", (made.forward[0],))
    con.execute("PRAGMA user_version = 16")
    con.commit()
    con.close()
    cards = query(path, "SELECT id, reps, due, suspended, changed_at FROM card ORDER BY id")
    open_database(path).close()
    assert query(path, "PRAGMA user_version") == [(migrations.CURRENT,)]
    assert query(path, "SELECT id, reps, due, suspended, changed_at FROM card ORDER BY id") == cards
    assert query(path, "SELECT id, suspended_at FROM card WHERE suspended_at IS NOT NULL") == [
        (made.forward[0], 1764590000000)]
    assert columns(path, "card")["suspended_at"] == ("INTEGER", 0)


def test_a_version_17_database_gains_an_exam_answers_draft(tmp_path: Path) -> None:
    """Schema 18: ``exam_answer.draft``, what was typed to a question and not submitted; the answers
    stored stay as they were, none with a draft."""
    path = tmp_path / "v17.db"
    open_database(path).close()
    con = sqlite3.connect(path)
    con.execute("INSERT INTO exam (id, started_at, seed, decks, questions) VALUES (1, 0, 0, '[]', '[]')")
    con.execute("INSERT INTO exam_answer (exam_id, position, typed, outcome, spent_ms) VALUES (1, 0, 'ls', 'wrong', 5)")
    con.execute("ALTER TABLE exam_answer DROP COLUMN draft")
    con.execute("PRAGMA user_version = 17")
    con.commit()
    con.close()
    open_database(path).close()
    assert query(path, "PRAGMA user_version") == [(migrations.CURRENT,)]
    assert query(path, "SELECT position, typed, outcome, spent_ms, draft FROM exam_answer") == [(0, "ls", "wrong", 5, None)]
    assert columns(path, "exam_answer")["draft"] == ("VARCHAR", 0)


def test_a_version_19_database_gains_the_retired_notes_by_id(tmp_path: Path) -> None:
    """Schema 20: ``ix_note_retired_id``, the retired notes by id, through which the day's queue tells a
    retired note's card without reading its note; made from the notes there are, retired ones only."""
    path = tmp_path / "v19.db"
    db = open_database(path)
    make_deck(db, "alpha", 3)
    db.close()
    con = sqlite3.connect(path)
    con.execute("DROP INDEX ix_note_retired_id")
    retired = con.execute("SELECT min(id) FROM note").fetchone()[0]
    con.execute("UPDATE note SET retired_at = 5 WHERE id = ?", (retired,))
    con.execute("PRAGMA user_version = 19")
    con.commit()
    con.close()
    open_database(path).close()
    assert query(path, "PRAGMA user_version") == [(migrations.CURRENT,)]
    assert query(path, "SELECT id FROM note INDEXED BY ix_note_retired_id WHERE retired_at IS NOT NULL") == [
        (retired,)]
    fresh = tmp_path / "fresh.db"
    open_database(fresh).close()
    sql = "SELECT sql FROM sqlite_master WHERE name = 'ix_note_retired_id'"
    assert query(path, sql) == query(fresh, sql) != []
