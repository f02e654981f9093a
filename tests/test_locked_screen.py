"""The review screen while another program holds the database's write lock: it says it is
waiting (a spinner and a sentence) instead of freezing for the busy timeout, saves the answer
once the lock is free, and q still leaves."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import FakeClock, make_deck, review_rows
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from quizzer.config import Config, Limits
from quizzer.db import Database
from quizzer.errors import DatabaseBusy
from quizzer.review.controller import Controller
from quizzer.tui import ReviewScreen


class SizedOutput(DummyOutput):
    def get_size(self) -> Size:
        return Size(rows=30, columns=80)


@pytest.fixture
def made(db: Database) -> None:
    make_deck(db, "alpha", 2)


@pytest.fixture
def lock(db_path: Path, db: Database, made: None) -> Iterator[sqlite3.Connection]:
    """Another program's connection, holding the write lock until it commits."""
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    yield other
    if other.in_transaction:
        other.execute("ROLLBACK")
    other.close()


async def until(check: Callable[[], object], deadline: float = 30.0) -> None:
    end = time.monotonic() + deadline  # generous: a deadline, not a timing assertion
    while not check():
        assert time.monotonic() < end, "gave up waiting"
        await asyncio.sleep(0.02)


def text_of(screen: ReviewScreen) -> str:
    return "".join(fragment[1] for fragment in screen._fragments())  # noqa: SLF001


def controller(db: Database, clock: FakeClock) -> Controller:
    return Controller(db, config=Config(limits=Limits(new_per_day=5)), clock=clock, timer=clock.timer)


def test_a_write_that_must_not_wait_gives_up_at_once(
    db: Database, clock: FakeClock, made: None, lock: sqlite3.Connection
) -> None:
    c = controller(db, clock)
    c.wait = False
    started = time.monotonic()
    with pytest.raises(DatabaseBusy):
        c.answer(5)
    assert time.monotonic() - started < 10  # not the 15 s busy timeout (a generous bound)
    assert c.session.done == 0


def test_the_screen_waits_with_a_spinner_then_saves(db: Database, db_path: Path, clock: FakeClock, made: None) -> None:
    c = controller(db, clock)
    other = sqlite3.connect(db_path, isolation_level=None)

    async def scenario() -> ReviewScreen:
        with create_pipe_input() as pipe:
            screen = ReviewScreen(c, input=pipe, output=SizedOutput())
            running = asyncio.ensure_future(screen.app.run_async())
            other.execute("BEGIN IMMEDIATE")  # another program takes the lock
            pipe.send_text(" 5")
            await until(lambda: screen.lock.held)
            shown = text_of(screen)
            assert "Waiting for the database, which another program is using" in shown
            assert "q leaves without it" in shown
            pipe.send_text("4")  # ignored while the answer waits
            await asyncio.sleep(0.1)
            other.execute("COMMIT")  # the lock is free: the answer goes in
            await until(lambda: not screen.lock.held)
            pipe.send_text("q")
            await running
            return screen

    screen = asyncio.run(scenario())
    other.close()
    assert [r.grade for r in review_rows(db)] == [5]  # the 5, once; the 4 typed meanwhile did nothing
    assert screen.quit_early


def test_q_leaves_while_the_database_is_locked(db: Database, db_path: Path, clock: FakeClock, made: None) -> None:
    c = controller(db, clock)
    other = sqlite3.connect(db_path, isolation_level=None)

    async def scenario() -> ReviewScreen:
        with create_pipe_input() as pipe:
            screen = ReviewScreen(c, input=pipe, output=SizedOutput())
            running = asyncio.ensure_future(screen.app.run_async())
            other.execute("BEGIN IMMEDIATE")
            pipe.send_text(" 5")
            await until(lambda: screen.lock.held)
            pipe.send_text("q")
            await running
            return screen

    screen = asyncio.run(scenario())
    other.execute("ROLLBACK")
    other.close()
    assert screen.quit_early and screen.lock.held  # left with the answer unsaved
    assert review_rows(db) == []
    from quizzer.lock_wait import left_behind

    # the review command says so after the summary ("every answer so far is saved" is not about this one)
    assert left_behind(screen.lock) == ("Your last answer was not saved: another program was using the database.", "")


class ResizedOutput(DummyOutput):
    """A terminal the person resizes: ``columns`` changes while the screen runs."""

    columns = 80

    def get_size(self) -> Size:
        return Size(rows=30, columns=self.columns)


def test_a_held_answer_is_still_saved_after_the_terminal_was_too_small_meanwhile(
    db: Database, db_path: Path, clock: FakeClock, made: None
) -> None:
    # the retry once found the card hidden (terminal too small) and gave up for good (r-review)
    c = controller(db, clock)
    other = sqlite3.connect(db_path, isolation_level=None)
    output = ResizedOutput()

    async def scenario() -> ReviewScreen:
        with create_pipe_input() as pipe:
            screen = ReviewScreen(c, input=pipe, output=output)
            running = asyncio.ensure_future(screen.app.run_async())
            other.execute("BEGIN IMMEDIATE")
            pipe.send_text(" 5")
            await until(lambda: screen.lock.held)
            output.columns = 10  # too small while the answer waits
            await asyncio.sleep(0.6)  # a few retries find the screen too small
            output.columns = 80
            other.execute("COMMIT")
            await until(lambda: not screen.lock.held)
            pipe.send_text("q")
            await running
            return screen

    asyncio.run(scenario())
    other.close()
    assert [r.grade for r in review_rows(db)] == [5]
