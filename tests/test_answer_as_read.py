"""An answer to the card on screen is one statement (quizzer.review.as_read), checked against
the card as read: when another program changed the card since, nothing is written and the
answer is made again in a transaction from the card as it is now (tests/test_lite.py checks
that a review day writes the same rows and counts either way)."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import FakeClock, make_deck
from test_tally import assert_counts_exact

from quizzer.config import Config, Limits
from quizzer.db import Database
from quizzer.db.lite import LiteDatabase, open_lite
from quizzer.db.migrations import CURRENT
from quizzer.review import as_read
from quizzer.review.controller import Controller


@pytest.fixture
def lite(db: Database, db_path: Path) -> Iterator[LiteDatabase]:
    make_deck(db, "alpha", 10)
    opened = open_lite(db_path, CURRENT)
    assert opened is not None
    yield opened
    opened.close()


def controller(lite: LiteDatabase, clock: FakeClock) -> Controller:
    return Controller(lite, config=Config(limits=Limits(new_per_day=20, reviews_per_day=20)), clock=clock,
                      timer=clock.timer)


def card(path: Path, card_id: int) -> tuple[object, ...]:
    con = sqlite3.connect(path)
    try:
        row = con.execute("SELECT reps, interval, ef_centi, due, lapses, suspended, leech FROM card WHERE id = ?",
                          (card_id,)).fetchone()
        assert row is not None
        return tuple(row)
    finally:
        con.close()


def reviews(path: Path) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT id, card_id, grade, drill FROM review ORDER BY id").fetchall()
    finally:
        con.close()


def traced(con: sqlite3.Connection, ran: list[str]) -> None:
    """Record the statements run on ``con`` (not the lines of the triggers they set off, nor the busy
    timeout a write sets around its BEGIN IMMEDIATE to wait in tries: quizzer.db.lite.wait_to_write)."""
    con.set_trace_callback(lambda sql: None if sql.startswith(("--", "PRAGMA busy_timeout")) else ran.append(sql))


def test_the_answer_to_the_card_on_screen_is_one_statement(lite: LiteDatabase, db_path: Path) -> None:
    clock = FakeClock()
    c = controller(lite, clock)
    view = c.current()
    assert view is not None
    before = card(db_path, view.card_id)
    ran: list[str] = []
    traced(lite.connection, ran)
    try:
        c.answer(4)
    finally:
        lite.connection.set_trace_callback(None)
    # (the trace names the statement again for each statement of the triggers it sets off)
    assert {sql.split(" (")[0] for sql in ran} == {"INSERT INTO answer_as_read"}, ran
    assert card(db_path, view.card_id) != before
    [(review_id, card_id, grade, drill)] = reviews(db_path)
    assert (card_id, grade, drill) == (view.card_id, 4, 0)
    assert c.last_review_id() == review_id
    # the undo finds the row by its card and instant, and puts the card back
    assert c.undo() == view.card_id
    assert card(db_path, view.card_id) == before and reviews(db_path) == []


def test_the_next_card_is_one_statement(lite: LiteDatabase, db_path: Path) -> None:
    """The card shown after an answer is read in one statement of its own (no BEGIN and COMMIT
    around it), and its answer is still the one statement checked against that read."""
    c = controller(lite, FakeClock())
    assert c.current() is not None
    c.answer(4)
    ran: list[str] = []
    traced(lite.connection, ran)
    try:
        view = c.current()
        assert view is not None and view.kind != "step"
        assert len(ran) == 1 and ran[0].startswith("SELECT card.id, deck.name"), ran
        ran.clear()
        c.answer(5)
    finally:
        lite.connection.set_trace_callback(None)
    assert {sql.split(" (")[0] for sql in ran} == {"INSERT INTO answer_as_read"}, ran
    assert [row[1:3] for row in reviews(db_path)][-1] == (view.card_id, 5)


def test_an_answer_without_the_card_read_on_screen_is_a_transaction(lite: LiteDatabase, db_path: Path) -> None:
    c = controller(lite, FakeClock())
    ran: list[str] = []
    traced(lite.connection, ran)
    try:
        c.answer(4)  # no current(): nothing was read, so it is read in the answer's transaction
    finally:
        lite.connection.set_trace_callback(None)
    assert ran[0] == "BEGIN IMMEDIATE" and ran[-1] == "COMMIT", ran
    assert len(reviews(db_path)) == 1


def test_a_card_another_program_graded_since_it_was_read_is_read_again(lite: LiteDatabase, db_path: Path) -> None:
    clock = FakeClock()
    c = controller(lite, clock)
    view = c.current()
    assert view is not None
    other = open_lite(db_path, CURRENT)  # another `quizzer review` on the same file grades it first
    assert other is not None
    try:
        d = controller(other, clock)
        assert d.current() == view
        d.answer(5)
    finally:
        other.close()
    graded = card(db_path, view.card_id)
    answer = c.answer(2)
    assert answer.drill  # its scheduling grade was the other program's: this one is a drill
    assert card(db_path, view.card_id) == graded
    assert [(card_id, grade, drill) for _, card_id, grade, drill in reviews(db_path)] == [
        (view.card_id, 5, 0), (view.card_id, 2, 1)]
    assert c.last_review_id() == reviews(db_path)[-1][0]
    assert c.undo() == view.card_id  # the row found by its id (the transaction's answer)
    assert [grade for _, _, grade, _ in reviews(db_path)] == [5]


def test_a_card_changed_by_plain_sql_since_it_was_read_is_answered_from_what_it_is(
        lite: LiteDatabase, db_path: Path) -> None:
    clock = FakeClock()
    c = controller(lite, clock)
    view = c.current()
    assert view is not None
    other = sqlite3.connect(db_path)
    try:
        other.execute("UPDATE card SET reps = 7, interval = 30, ef_centi = 180, due = ? WHERE id = ?",
                      (clock.now.date().toordinal() - 1, view.card_id))
        other.commit()
    finally:
        other.close()
    answer = c.answer(5)
    assert (answer.before.sm2.reps, answer.before.sm2.interval, answer.before.sm2.ef_centi) == (7, 30, 180)
    assert card(db_path, view.card_id)[:3] == (8, answer.after.sm2.interval, 190)


def test_the_check_names_every_value_an_answer_reads() -> None:
    """The trigger's check covers the card's whole state as an answer reads it (CardState)."""
    for column in ("reps", "interval", "ef_centi", "due", "lapses", "suspended", "leech"):
        assert f"{column} IS NEW.prev_{column}" in as_read._TRIGGER
    assert "day = NEW.day AND drill = 0" in as_read._TRIGGER


def test_every_statement_compiles(lite: LiteDatabase) -> None:
    con = lite.connection
    as_read.prepare(con)
    as_read.prepare(con)  # once a connection, and again is harmless
    for statement in as_read.STATEMENTS:
        con.execute("EXPLAIN " + statement, [None] * statement.count("?"))
    con.execute("EXPLAIN " + as_read._WRITE, [None] * as_read._WRITE.count("?"))
    assert con.execute("PRAGMA temp_store").fetchone()[0] == 2  # memory


def test_the_day_must_match(lite: LiteDatabase, db_path: Path) -> None:
    """A card read before the study day turned is answered by a transaction (its graded flag was yesterday's)."""
    clock = FakeClock()
    c = controller(lite, clock)
    assert c.current() is not None
    clock.now += dt.timedelta(days=1)
    c.today = c._today()
    ran: list[str] = []
    traced(lite.connection, ran)
    try:
        c.answer(4)
    finally:
        lite.connection.set_trace_callback(None)
    assert ran[0] == "BEGIN IMMEDIATE", ran



def started_by(con: sqlite3.Connection, columns: set[str]) -> set[str]:
    """The card's update triggers SQLite starts for an update setting ``columns``: those whose
    ``UPDATE OF`` names one of them, and those with none."""
    started = set()
    for name, sql in con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'card'"):
        watched = re.match(r"CREATE TRIGGER \S+ (?:BEFORE |AFTER )?UPDATE (?:OF (.+?) )?ON card ", sql)
        if watched is None:  # an insert's or a delete's
            continue
        if watched.group(1) is None or columns & {c.strip() for c in watched.group(1).split(",")}:
            started.add(name)
    return started


def test_an_answer_starts_only_the_trigger_that_counts_it(lite: LiteDatabase, db_path: Path) -> None:
    """Schema 19: the tallies' own update triggers watch a card's note, deck and suspension
    (quizzer.db.tally.MOVES), which an answer leaves alone: each one it started made its frame of
    registers and tested its WHEN only to stand aside.  A leech's suspension, written apart when
    an answer makes one, starts them, and every count stays exact."""
    assert started_by(lite.connection, set(as_read._SCHEDULE)) == {"tally_answer"}
    assert {"tally_card_update", "tally_state_card_update", "tally_behind_update"} <= started_by(
        lite.connection, set(as_read._LEECH))
    clock = FakeClock()
    c = Controller(lite, config=Config(limits=Limits(new_per_day=20, reviews_per_day=20), leech_lapses=1,
                                       leech_suspend=True), clock=clock, timer=clock.timer)
    view = c.current()
    assert view is not None
    answered = view.card_id
    c.answer(5)
    clock.advance(days=1)
    c.roll_over()
    while (view := c.current()) is not None and view.card_id != answered:
        c.answer(5)
    assert view is not None and card(db_path, answered)[4:] == (0, 0, 0)  # lapses, suspended, leech
    c.answer(1)  # a lapse: a leech at one, suspended
    assert card(db_path, answered)[4:] == (1, 1, 1)
    assert_counts_exact(lite.connection)
    c.undo()
    assert card(db_path, answered)[4:] == (0, 0, 0)
    assert_counts_exact(lite.connection)
