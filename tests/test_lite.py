"""The review path on plain sqlite3 (quizzer.db.lite) against the SQLAlchemy path: one schema, same results."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FakeClock, make_deck

from quizzer.config import Config, Limits
from quizzer.db import Database, open_database
from quizzer.db.lite import LiteDatabase, open_lite
from quizzer.db.migrations import CURRENT
from quizzer.db.models import Base, Review
from quizzer.errors import QuizzerError
from quizzer.review import store
from quizzer.review.controller import Controller


def lite(path: Path) -> LiteDatabase:
    opened = open_lite(path, CURRENT)
    assert opened is not None
    return opened


def test_every_statement_compiles_against_the_models_schema(db: Database) -> None:
    """A column renamed or dropped in the models breaks this, not a review at 2 AM."""
    con = lite(db.path)
    try:
        for statement in store.STATEMENTS:
            con.connection.execute("EXPLAIN " + statement, [None] * statement.count("?"))
    finally:
        con.close()


def test_an_answer_writes_every_review_column_without_a_default() -> None:
    table = Base.metadata.tables["review"]
    assert set(store.REVIEW_COLUMNS) <= set(table.c.keys())
    for column in table.c:
        if column.name not in store.REVIEW_COLUMNS and not column.primary_key:
            assert column.nullable or column.default is not None, column.name


def test_open_lite_refuses_what_the_full_path_must_handle(tmp_path: Path, db: Database) -> None:
    assert open_lite(tmp_path / "missing.db", CURRENT) is None
    assert open_lite(db.path, CURRENT + 1) is None  # an upgrade (or a newer file): the full path says what to do
    foreign = tmp_path / "other.db"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.close()
    assert open_lite(foreign, CURRENT) is None
    opened = lite(db.path)
    try:
        settings = [opened.connection.execute(f"PRAGMA {name}").fetchone()[0]
                    for name in ("synchronous", "foreign_keys", "busy_timeout", "journal_mode")]
    finally:
        opened.close()
    assert settings == [2, 1, 15_000, "wal"]  # as the engine's connections: FULL, on, 15 s, WAL


def review_a_day(handle_db: Database | LiteDatabase, clock: FakeClock) -> None:
    config = Config(limits=Limits(new_per_day=12, reviews_per_day=50))
    c = Controller(handle_db, config=config, clock=clock, timer=clock.timer)
    for n in range(30):
        if c.current() is None:  # as the screen does: on the plain path the answer is then one statement
            break
        clock.advance(seconds=3)
        if n == 4:
            c.suspend()
        elif n == 7:
            c.undo()
        else:
            c.answer((5, 3, 1, 4, 0)[n % 5])
    c.summary()


def tables(path: Path) -> dict[str, list[tuple[object, ...]]]:
    con = sqlite3.connect(path)
    try:
        found = {t: con.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in ("card", "review")}
        for (tally,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%tally'"):
            found[tally] = sorted(con.execute(f"SELECT * FROM {tally}"))
        return found
    finally:
        con.close()


def test_both_paths_review_alike(tmp_path: Path, db_path: Path, db: Database) -> None:
    make_deck(db, "alpha", 20)
    make_deck(db, "beta", 8, reversible=False)
    db.close()
    copy = tmp_path / "copy.db"
    shutil.copyfile(db_path, copy)

    full = open_database(db_path)
    try:
        review_a_day(full, FakeClock())
        review_a_day(full, FakeClock(FakeClock().now + dt.timedelta(days=3)))
    finally:
        full.close()
    fast = lite(copy)
    try:
        review_a_day(fast, FakeClock())
        review_a_day(fast, FakeClock(FakeClock().now + dt.timedelta(days=3)))
        views = [store.card_view(con, card_id) for con in [fast.connection] for card_id in range(1, 10)]
    finally:
        fast.close()
    assert tables(db_path) == tables(copy)
    assert tables(copy)["review"], "nothing was reviewed"

    # what plain SQL wrote reads back through the ORM's types (days, instants, booleans)
    again = open_database(copy)
    try:
        with again.reading() as s:
            rows = list(s.scalars(Review.__table__.select()))  # type: ignore[attr-defined]
            orm = s.get_one(Review, 1)
            assert isinstance(orm.reviewed_at, dt.datetime) and orm.reviewed_at.tzinfo is not None
            assert isinstance(orm.day, dt.date) and isinstance(orm.drill, bool)
            assert [store.card_view(s, card_id) for card_id in range(1, 10)] == views
    finally:
        again.close()
    assert rows


FIRST_CARD = r"""
import sys
from quizzer import cli
from quizzer.commands.common import open_review_db
from quizzer.config import Config
from quizzer.review.controller import Controller
db = open_review_db(cli.build_parser().parse_args(["--db", sys.argv[1], "review"]))
controller = Controller(db, config=Config())
controller.answer(5)
controller.current()
controller.summary()
print(type(db).__name__, sorted(m for m in sys.modules if m.split(".")[0] == "sqlalchemy")[:3])
"""


def test_the_review_path_runs_without_sqlalchemy(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    subprocess.run([sys.executable, "-m", "quizzer", "--db", str(path), "decks"], check=True, capture_output=True)
    out = subprocess.run([sys.executable, "-c", FIRST_CARD, str(path)], check=True, capture_output=True, text=True)
    assert out.stdout.split(maxsplit=1) == ["LiteDatabase", "[]\n"]


LISTING = r"""
import contextlib, io, sys
from quizzer import cli
with contextlib.redirect_stdout(io.StringIO()) as out:
    code = cli.main(["--db", sys.argv[1], *sys.argv[2:]])
print(code, len(out.getvalue()) > 0, sorted(m for m in sys.modules if m.split(".")[0] == "sqlalchemy")[:3])
"""


@pytest.mark.parametrize("argv", [["stats"], ["stats", "--json", "docker-containers.ko"], ["exam", "--history"]])
def test_stats_and_the_exam_history_run_without_sqlalchemy(tmp_path: Path, argv: list[str]) -> None:
    """Every figure of ``quizzer stats`` is a few SQL statements on the running tallies:
    importing SQLAlchemy would cost more than all of them."""
    path = tmp_path / "q.db"
    subprocess.run([sys.executable, "-m", "quizzer", "--db", str(path), "decks"], check=True, capture_output=True)
    out = subprocess.run([sys.executable, "-c", LISTING, str(path), *argv], check=True, capture_output=True, text=True)
    assert out.stdout == "0 True []\n", out.stderr


def test_a_new_or_old_database_goes_through_the_full_path_first(tmp_path: Path) -> None:
    from quizzer import cli
    from quizzer.commands.common import open_review_db

    path = tmp_path / "new.db"
    opened = open_review_db(cli.build_parser().parse_args(["--db", str(path), "review"]))
    try:
        assert isinstance(opened, LiteDatabase)
        with opened.reading() as con:
            assert store.find_decks(con, [])  # the built-in deck was imported on the way
    finally:
        opened.close()
    with pytest.raises(QuizzerError, match="not one of quizzer.s"):
        foreign = tmp_path / "other.db"
        sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.close()
        open_review_db(cli.build_parser().parse_args(["--db", str(foreign), "review"]))


def test_editing_from_a_review_on_the_lite_path_uses_the_full_database(tmp_path: Path) -> None:
    from quizzer.cli import main

    notes = tmp_path / "git.md"
    notes.write_text("# Git\n\n- **git add**: stage changes\n", encoding="utf-8")
    path = tmp_path / "q.db"
    assert main(["--db", str(path), "import", str(notes), "--trust"]) == 0
    fast = lite(path)
    try:
        c = Controller(fast, config=Config(), deck_names=["git"])
        card_id = c.session.current()
        assert card_id is not None
        target = c.edit_target(card_id)
        assert (target.path, target.line) == (notes, 3)
        notes.write_text("# Git\n\n- **git add**: stage changes for the commit\n", encoding="utf-8")
        edited = c.reimport(target)
        assert edited.live and edited.result.updated == 1
        assert store.card_view(fast.connection, card_id).back == "stage changes for the commit"
    finally:
        fast.close()


def test_deck_counts_leave_out_retired_notes_and_suspended_cards(db: Database) -> None:
    from quizzer.db.counts import deck_summaries

    made = make_deck(db, "alpha", 12)
    make_deck(db, "beta", 5, reversible=False)
    today = dt.date(2024, 3, 1)
    con = sqlite3.connect(db.path)
    con.execute("UPDATE note SET retired_at = 1 WHERE id IN (SELECT note_id FROM card WHERE id IN (?, ?))",
                (made.forward[0], made.forward[1]))
    con.execute("UPDATE card SET suspended = 1 WHERE id = ?", (made.forward[5],))
    con.execute("UPDATE card SET due = ?, reps = 1 WHERE id IN (?, ?)", (today.toordinal(), made.forward[6], made.forward[7]))
    con.execute("UPDATE card SET due = ?, reps = 1 WHERE id = ?", (today.toordinal() + 3, made.forward[8]))
    con.commit()
    naive = {
        name: (notes, cards)
        for name, notes, cards in con.execute(
            "SELECT deck.name,"
            " (SELECT count(*) FROM note WHERE note.deck_id = deck.id AND retired_at IS NULL),"
            " (SELECT count(*) FROM card JOIN note ON note.id = card.note_id WHERE card.deck_id = deck.id"
            "  AND note.retired_at IS NULL AND card.suspended = 0)"
            " FROM deck")
    }
    con.close()
    with db.reading() as s:
        counted = {d.name: (d.notes, d.cards) for d in deck_summaries(s, {})}
    assert counted == naive
    assert counted["alpha"] == (10, 19)  # 12 notes, 2 retired; 24 cards, 4 retired, 1 suspended


FIRST_FRAME = r"""
import sys
from prompt_toolkit.output import DummyOutput
from quizzer import cli
from quizzer.commands.common import open_review_db
from quizzer.config import Config
from quizzer.review.controller import Controller
from quizzer.tui import ReviewScreen
db = open_review_db(cli.build_parser().parse_args(["--db", sys.argv[1], "review"]))
screen = ReviewScreen(Controller(db, config=Config()), output=DummyOutput(), typed=True)
screen._fragments()
print(screen.card is not None, screen.asking, sorted({m.split(".")[0] for m in sys.modules} & {"rapidfuzz", "sqlalchemy", "markdown_it"}),
      "quizzer.grading" in sys.modules)
"""


def test_the_first_frame_of_a_typed_review_loads_no_grader(tmp_path: Path) -> None:
    """The grader (rapidfuzz, the shell reader) loads when an answer is typed, not before the first card."""
    path = tmp_path / "q.db"
    notes = tmp_path / "git.md"
    notes.write_text("- **git status**: show the working tree status\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "quizzer", "--db", str(path), "import", str(notes), "--trust"], check=True,
                   capture_output=True)
    con = sqlite3.connect(path)
    with con:  # the command's reverse card first: a typed question
        con.execute("UPDATE card SET suspended = 1 WHERE NOT (ord = 1 AND note_id IN (SELECT id FROM note WHERE key LIKE 'git|%'))")
    con.close()
    out = subprocess.run([sys.executable, "-c", FIRST_FRAME, str(path)], check=True, capture_output=True, text=True)
    assert out.stdout.split() == ["True", "True", "[]", "False"]


def test_none_and_bool_are_bound_by_registered_adapters() -> None:
    """quizzer.db.lite registers one for None and one for bool (else sqlite3 searches for it, two
    AttributeErrors a value): a None is stored as NULL and a bool as its integer, through quizzer's
    connection and any other."""
    assert sqlite3.adapters[(type(None), sqlite3.PrepareProtocol)](None) is None
    to_int = sqlite3.adapters[(bool, sqlite3.PrepareProtocol)]
    assert (type(to_int(True)), to_int(True), to_int(False)) == (int, 1, 0)
    con = sqlite3.connect(":memory:")
    try:
        con.execute("CREATE TABLE t (a, b)")
        con.executemany("INSERT INTO t VALUES (?, ?)", [(None, True), (None, None), (False, 1)])
        assert con.execute("SELECT typeof(a), a, typeof(b), b FROM t").fetchall() == [
            ("null", None, "integer", 1), ("null", None, "null", None), ("integer", 0, "integer", 1)]
    finally:
        con.close()
