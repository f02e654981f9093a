"""The database edge: engine settings, transactions, types, models, queries, locking."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, StatementError

import quizzer.db.engine
from quizzer.cli import main
from quizzer.db import Database, open_database
from quizzer.db.engine import APPLICATION_ID, BUSY_TIMEOUT_MS
from quizzer.db.migrations import CURRENT
from quizzer.db.models import Card, Deck, Note, Review
from quizzer.db.queries import card_rows, deck_summaries, find_deck
from quizzer.db.sync import sync_deck
from quizzer.errors import QuizzerError
from quizzer.extract import extract

UTC = dt.timezone.utc
NOW = dt.datetime(2030, 3, 1, 12, 0, tzinfo=UTC)
TODAY = dt.date(2030, 3, 1)
GIT_NOTES = "# Git\n\n- **git status**: show status\n- **git add**: stage 100% of changes\n- **git log**: history\n"


@pytest.fixture(autouse=True)
def db_home(quizzer_home: Path) -> Path:
    """conftest's isolated QUIZZER_HOME, under this file's name."""
    home = quizzer_home
    return home


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "q.db")
    yield database
    database.close()


def add_git_deck(database: Database) -> None:
    with database.session() as session:
        sync_deck(session, extract(GIT_NOTES, deck="git", source="git.md"), now=NOW, origin="git.md")


# -- a new database ----------------------------------------------------------------


def test_new_database_settings(db: Database, tmp_path: Path) -> None:
    with db.engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") == BUSY_TIMEOUT_MS > 0
        assert pragma("user_version") == CURRENT == 20
        assert pragma("synchronous") == 2  # FULL: an answer reported saved survives a power cut
        assert pragma("application_id") == APPLICATION_ID
        tables = set(connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'").scalars())
    assert {"deck", "note", "card", "review"} <= tables
    db.close()
    assert (tmp_path / "q.db").exists()


def test_open_creates_missing_folders(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "q.db"
    open_database(path).close()
    assert path.exists()


def test_open_refuses_a_folder_and_a_missing_file_when_not_creating(tmp_path: Path) -> None:
    with pytest.raises(QuizzerError, match="is a folder"):
        open_database(tmp_path)
    with pytest.raises(QuizzerError, match="There is no database"):
        open_database(tmp_path / "none.db", create=False)
    assert not (tmp_path / "none.db").exists()


def test_reopening_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    first = open_database(path)
    add_git_deck(first)
    first.close()
    second = open_database(path)
    try:
        with second.session() as session:
            assert [d.name for d in session.scalars(select(Deck))] == ["git"]
    finally:
        second.close()


# -- transactions ---------------------------------------------------------------------


def test_session_rolls_back_on_error(db: Database) -> None:
    with pytest.raises(RuntimeError):
        with db.session() as session:
            session.add(Deck(name="doomed", source="x", created_at=NOW))
            session.flush()
            raise RuntimeError("boom")
    with db.session() as session:
        assert session.scalars(select(Deck)).all() == []


def test_ddl_is_transactional(db: Database) -> None:
    """pysqlite's own transaction handling is off, so DDL rolls back with the rest."""
    with pytest.raises(RuntimeError):
        with db.session() as session:
            session.execute(text("CREATE TABLE scratch (x INTEGER)"))
            raise RuntimeError("boom")
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name = 'scratch'").scalar() == 0


def test_foreign_keys_cascade(db: Database) -> None:
    add_git_deck(db)
    with db.session() as session:
        card = session.scalars(select(Card)).first()
        assert card is not None
        session.add(Review(card_id=card.id, reviewed_at=NOW, grade=4, day=TODAY))
    with db.session() as session:
        session.execute(Deck.__table__.delete())
    with db.engine.connect() as connection:
        for table in ("note", "card", "review"):
            assert connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() == 0, table


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises((IntegrityError, QuizzerError)) as error:
        with db.session() as session:
            session.add(Card(note_id=999, deck_id=999, ord=0, new_rank=0))
    assert "FOREIGN KEY constraint failed" in str(error.value)
    with db.session() as session:
        assert session.scalars(select(Card)).all() == []


def test_an_integrity_error_is_a_bug_and_keeps_its_traceback(db: Database) -> None:
    with pytest.raises(IntegrityError):
        with db.session() as session:
            session.add(Card(note_id=999, deck_id=999, ord=0, new_rank=0))


# -- column types ------------------------------------------------------------------------


def test_instants_are_utc_and_days_are_dates(db: Database) -> None:
    seoul = dt.timezone(dt.timedelta(hours=9))
    with db.session() as session:
        session.add(Deck(name="d", source="s", created_at=dt.datetime(2030, 3, 1, 21, 0, 0, 123000, tzinfo=seoul)))
    with db.session() as session:
        deck = session.scalars(select(Deck)).one()
        assert deck.created_at == dt.datetime(2030, 3, 1, 12, 0, 0, 123000, tzinfo=UTC)
        assert deck.created_at.tzinfo is not None and deck.created_at.utcoffset() == dt.timedelta(0)
    with db.engine.connect() as connection:
        stored = connection.exec_driver_sql("SELECT created_at FROM deck").scalar()
    assert stored == int(dt.datetime(2030, 3, 1, 12, 0, 0, 123000, tzinfo=UTC).timestamp() * 1000)

    add_git_deck(db)
    with db.session() as session:
        card = session.scalars(select(Card)).first()
        assert card is not None
        card.due = dt.date(2030, 3, 5)
    with db.session() as session:
        due = session.scalars(select(Card.due).where(Card.due.is_not(None))).one()
        assert due == dt.date(2030, 3, 5) and type(due) is dt.date
        # dates compare in SQL as they do in Python
        assert session.scalars(select(Card.id).where(Card.due <= dt.date(2030, 3, 4))).all() == []


def test_naive_datetimes_are_refused(db: Database) -> None:
    with pytest.raises(StatementError, match="timezone-aware"):
        with db.session() as session:
            session.add(Deck(name="d", source="s", created_at=dt.datetime(2030, 3, 1, 12)))
            session.flush()


# -- queries ---------------------------------------------------------------------------------


def test_deck_summaries_count_notes_and_cards_less_suspended_and_retired(db: Database) -> None:
    add_git_deck(db)
    with db.session() as session:
        cards = session.scalars(select(Card).order_by(Card.id)).all()
        assert len(cards) == 6
        cards[0].reps, cards[0].due = 1, TODAY  # due today
        cards[1].reps, cards[1].due = 1, TODAY + dt.timedelta(days=1)  # learned, due tomorrow
        cards[2].suspended = True
    with db.session() as session:
        (summary,) = deck_summaries(session, {})
    assert summary.as_json() == {"name": "git", "notes": 3, "cards": 5, "new": 0, "due": 0}
    with db.session() as session:  # new and due: those the caller passes (quizzer decks: the review's queue)
        (summary,) = deck_summaries(session, {session.scalars(select(Card.deck_id)).first(): (3, 1)})
    assert (summary.new, summary.due) == (3, 1)
    with db.session() as session:
        sync_deck(session, extract("- **git log**: history\n", deck="git", source="git.md"), now=NOW, origin="git.md")
        (summary,) = deck_summaries(session, {})
    assert (summary.notes, summary.cards) == (1, 2)


@pytest.mark.filterwarnings(r"ignore:The Result.tuples\(\) method is deprecated")
def test_card_rows_search_and_kind(db: Database) -> None:
    add_git_deck(db)
    with db.session() as session:
        deck = find_deck(session, "git")
        assert len(card_rows(session, deck)) == 6
        assert {r.front for r in card_rows(session, deck, search="100%")} == {"git add"}
        assert card_rows(session, deck, search="0%_") == []
        assert {r.front for r in card_rows(session, deck, search="STATUS")} == {"git status"}
        assert card_rows(session, deck, kind="step") == []
        assert [r.ord for r in card_rows(session, deck, kind="command")][:2] == [0, 1]


def test_find_deck_names_the_decks_there_are(db: Database) -> None:
    with db.session() as session:
        with pytest.raises(QuizzerError, match="none yet"):
            find_deck(session, "git")
    add_git_deck(db)
    with db.session() as session:
        with pytest.raises(QuizzerError, match=r"There is no deck named 'gti' \(decks: git\)\."):
            find_deck(session, "gti")


# -- locking -----------------------------------------------------------------------------


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_locked_database_is_one_sentence(journal: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "q.db"
    notes = tmp_path / "git.md"
    notes.write_text(GIT_NOTES, encoding="utf-8")
    assert main(["--db", str(path), "decks"]) == 0
    if journal == "delete":
        with sqlite3.connect(path) as con:
            con.execute("PRAGMA journal_mode = DELETE")
        con.close()
    capsys.readouterr()
    # both: quizzer.db.lite sets the timeout on each new connection (patched in engine alone, it waited 15 s,
    # and said after a second that it waits); shorter than that second, the error is all it says
    monkeypatch.setattr(quizzer.db.engine, "BUSY_TIMEOUT_MS", 200)
    monkeypatch.setattr(quizzer.db.lite, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        rc = main(["--db", str(path), "import", str(notes)])
        out, err = capsys.readouterr()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert rc == 1 and out == ""
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and "locked" in lines[0], err
    assert str(path) in lines[0]
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT count(*) FROM deck WHERE name = 'git'").fetchone()[0] == 0
    con.close()


def test_reading_does_not_wait_for_a_writer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """WAL lets readers through while another process writes: 'decks' and 'cards' only read."""
    path = tmp_path / "q.db"
    assert main(["--db", str(path), "decks"]) == 0
    capsys.readouterr()
    monkeypatch.setattr(quizzer.db.engine, "BUSY_TIMEOUT_MS", 200)
    writer = sqlite3.connect(path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE card SET suspended = 1")  # not committed: readers must not see it
        assert main(["--db", str(path), "decks", "--json"]) == 0
        out, err = capsys.readouterr()
        assert err == ""
        assert json.loads(out)["decks"][0]["new"] > 0
        assert main(["--db", str(path), "cards", "docker-containers.ko", "--json"]) == 0
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_with_many_decks_an_unknown_name_says_the_nearest_not_all() -> None:
    from quizzer.errors import no_such_deck

    few = ["docker", "git", "linux/notes"]
    assert str(no_such_deck("gti", few)) == "There is no deck named 'gti' (decks: docker, git, linux/notes)."
    many = [f"topic-{n:02}" for n in range(30)] + ["git", "gitflow", "linux/notes", "docker/notes", "Kubernetes"]
    assert str(no_such_deck("gti", many)) == (
        "There is no deck named 'gti' (nearest: git; quizzer decks lists all 35).")
    # a part of a name, and another case, count as near
    assert str(no_such_deck("notes", many)) == (
        "There is no deck named 'notes' (nearest: linux/notes, docker/notes; quizzer decks lists all 35).")
    assert "(nearest: Kubernetes" in str(no_such_deck("kubernetes", many))
    assert str(no_such_deck("zzzzzz", many)) == "There is no deck named 'zzzzzz' (quizzer decks lists all 35)."
    assert "topic-07" in str(no_such_deck("topic-7", many))
    assert "(nearest: git, gitflow;" in str(no_such_deck("GIT", many))
    assert len(str(no_such_deck("topic", many))) < 200  # a part of thirty names: a few of them, not all


def test_a_full_disk_is_said_as_such(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a full disk SQLite says "disk I/O error" (it cannot grow the write-ahead log), which
    read "The database … cannot be opened (disk I/O error)": the person was not told the disk is full."""
    import shutil
    import sqlite3

    from quizzer.db.lite import user_error

    path = tmp_path / "q.db"
    full = "The disk holding the database {} is full; free some space and try again.".format(path)
    monkeypatch.setattr(shutil, "disk_usage", lambda _where: shutil._ntuple_diskusage(400_000, 396_000, 4_000))
    assert str(user_error(path, sqlite3.OperationalError("disk I/O error"))) == full
    assert str(user_error(path, sqlite3.OperationalError("database or disk is full"))) == full
    monkeypatch.setattr(shutil, "disk_usage", lambda _where: shutil._ntuple_diskusage(10**12, 10**9, 10**11))
    assert "disk I/O error" in str(user_error(path, sqlite3.OperationalError("disk I/O error")))  # room: another fault
    assert str(user_error(path, sqlite3.OperationalError("database or disk is full"))) == full


def test_a_device_or_a_pipe_is_not_a_database(tmp_path: Path) -> None:
    """``--db /dev/null`` said "cannot be opened (disk I/O error)"."""
    import os

    pipe = tmp_path / "pipe.db"
    os.mkfifo(pipe)
    for path in (Path("/dev/null"), pipe):
        with pytest.raises(QuizzerError, match=f"^The database path {path} is a device or a pipe, not a file.$"):
            open_database(path)
