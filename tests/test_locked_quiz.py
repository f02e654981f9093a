"""The quiz and exam screens while another program holds the database's write lock: they say
so (the review screen's spinner and sentence, :mod:`quizzer.lock_wait`) instead of freezing
silently for the busy timeout, store the write once the lock is free, and Ctrl-C still leaves."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import FakeClock
from prompt_toolkit.input import PipeInput
from sqlalchemy import select

from quizzer.config import Config
from quizzer.db import Database
from quizzer.db.models import ExamAnswer, Review
from quizzer.quiz.check import EXACT
from quizzer.quiz.controller import QuizController
from quizzer.quiz.schedule import Scheduler
from quizzer.quiz.screen import QuizScreen

from tests.test_quiz_tui import CTRL_C, DEADLINE, ENTER, SizedOutput, keys_for, questions_of, text_of, until

WAITING = "Waiting for the database, which another program is using"


@pytest.fixture
def other(db_path: Path) -> Iterator[sqlite3.Connection]:
    """Another program's connection; it takes the write lock with BEGIN IMMEDIATE."""
    connection = sqlite3.connect(db_path, isolation_level=None)
    yield connection
    if connection.in_transaction:
        connection.execute("ROLLBACK")
    connection.close()


def _exam(db: Database, clock: FakeClock, pipe: PipeInput, count: int = 3) -> tuple[QuizController, QuizScreen]:
    questions = questions_of(db, count)
    controller = QuizController(db, questions, config=Config(), clock=clock, timer=clock.timer, exam=True,
                                time_limit=300, decks=["docker-containers.ko"])
    return controller, QuizScreen(controller, input=pipe, output=SizedOutput(80, 30))


async def _answer_held_up(screen: QuizScreen, pipe: PipeInput, other: sqlite3.Connection) -> asyncio.Future[None]:
    """Start the screen, take the lock, answer the first question right: the answer waits."""
    task = asyncio.ensure_future(screen.run_async())
    await until(lambda: screen.app.is_running, "the screen")
    other.execute("BEGIN IMMEDIATE")
    pipe.send_text(keys_for(screen.session.questions[0], right=True))
    await until(lambda: screen.lock.held, "the wait")
    return task


def _stored(db: Database) -> list[str]:
    with db.reading() as s:
        return [r.outcome for r in s.scalars(select(ExamAnswer).order_by(ExamAnswer.position))]


def test_an_exam_answer_waits_on_screen_then_is_stored(
    seeded_db: Database, clock: FakeClock, pipe: PipeInput, other: sqlite3.Connection
) -> None:
    controller, screen = _exam(seeded_db, clock, pipe)

    async def drive() -> None:
        task = await _answer_held_up(screen, pipe, other)
        shown = text_of(screen)
        assert WAITING in shown and "Ctrl-D leaves without it" in shown
        assert controller.session.index == 0 and not controller.session.answered(0)
        pipe.send_text("\t2")  # nothing moves while the answer waits
        await asyncio.sleep(0.1)
        other.execute("COMMIT")
        await until(lambda: controller.session.answered(0) and not screen.lock.held, "the answer stored")
        assert controller.session.index == 1 and WAITING not in text_of(screen)
        clock.advance(seconds=400)  # the time runs out: the exam ends as ever
        await asyncio.wait_for(task, DEADLINE)

    asyncio.run(drive())
    report = controller.report
    assert report is not None and report.ended == "time" and report.items[0].outcome == EXACT
    assert _stored(seeded_db)[0] == EXACT and len(_stored(seeded_db)) == 3


def test_the_time_running_out_while_locked_waits_then_ends_the_exam(
    seeded_db: Database, clock: FakeClock, pipe: PipeInput, other: sqlite3.Connection
) -> None:
    controller, screen = _exam(seeded_db, clock, pipe)

    async def drive() -> None:
        task = asyncio.ensure_future(screen.run_async())
        await until(lambda: screen.app.is_running, "the screen")
        other.execute("BEGIN IMMEDIATE")
        clock.advance(seconds=400)
        await until(lambda: screen.lock.held, "the wait")
        shown = " ".join(text_of(screen).split())  # the sentence wraps
        assert WAITING in shown and not task.done()
        assert "the exam ends and is scored" in shown and "your answer is saved" not in shown
        other.execute("COMMIT")
        await asyncio.wait_for(task, DEADLINE)

    asyncio.run(drive())
    assert controller.report is not None and controller.report.ended == "time"
    assert len(_stored(seeded_db)) == 3


def test_ctrl_c_leaves_an_exam_whose_answer_waits(
    seeded_db: Database, clock: FakeClock, pipe: PipeInput, other: sqlite3.Connection
) -> None:
    controller, screen = _exam(seeded_db, clock, pipe)

    async def drive() -> None:
        task = await _answer_held_up(screen, pipe, other)
        pipe.send_text(CTRL_C)
        await asyncio.wait_for(task, DEADLINE)

    asyncio.run(drive())
    other.execute("ROLLBACK")
    assert controller.report is None and controller.wait  # the command ends it, waiting as any command does
    assert _stored(seeded_db) == []
    report = controller.finish("stopped")
    assert report.ended == "stopped" and report.unanswered == 3


def test_a_scheduled_practice_answer_waits_then_goes_into_the_schedule(
    seeded_db: Database, clock: FakeClock, pipe: PipeInput, other: sqlite3.Connection
) -> None:
    questions = questions_of(seeded_db, 2)
    scheduler = Scheduler(seeded_db, config=Config(), clock=clock)
    controller = QuizController(seeded_db, questions, config=Config(), clock=clock, timer=clock.timer, exam=False,
                                schedule=scheduler)
    screen = QuizScreen(controller, input=pipe, output=SizedOutput(80, 30))

    async def drive() -> None:
        task = asyncio.ensure_future(screen.run_async())
        await until(lambda: screen.app.is_running, "the screen")
        pipe.send_text(keys_for(questions[0], right=True))
        await until(lambda: screen.checked is not None, "the verdict")
        other.execute("BEGIN IMMEDIATE")
        pipe.send_text(ENTER)  # on to the next: the first answer goes into SM-2
        await until(lambda: screen.lock.held, "the wait")
        assert WAITING in text_of(screen) and controller.session.index == 0
        other.execute("COMMIT")
        await until(lambda: controller.session.index == 1 and not screen.lock.held, "the next question")
        pipe.send_text(CTRL_C)
        await asyncio.wait_for(task, DEADLINE)

    asyncio.run(drive())
    with seeded_db.reading() as s:
        graded = list(s.scalars(select(Review)))
    assert len(scheduler.answers) == len(questions[0].card_ids) and len(graded) == len(scheduler.answers)
