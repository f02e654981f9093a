"""A timed exam's clock survives a crash (u-polish).  The time on screen was stored only with an answer
(and a paused draft): an exam killed (kill -9, a closed terminal) before its first answer was offered
with all its time left, and one killed ten minutes after its last answer had those ten minutes back.
A person sitting a timed exam expects the time that passed on screen to count: the screen now stores
it every :data:`quizzer.quiz.screen.CLOCK_SAVE_SECONDS`, so a crash gives back at most that much."""

from __future__ import annotations

import asyncio
import gc
import os
import re
import signal
from functools import partial
from pathlib import Path

import pytest
from conftest import FakeClock, Tmux, quizzer_command, wait_for
from conftest import run_cli as run
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from quizzer.config import Config
from quizzer.db import Database
from quizzer.quiz import screen as quiz_screen
from quizzer.quiz.controller import QuizController
from quizzer.quiz.live import exam_running
from quizzer.quiz.screen import QuizScreen
from quizzer.quiz.store import Unfinished, unfinished_exam
from tests.test_quiz_exam import right_answer, seed_questions


def offered(db: Database, decks: list[str]) -> Unfinished | None:
    with db.reading() as s:
        return unfinished_exam(s, decks, running=partial(exam_running, db.path))


def test_the_time_on_screen_before_the_first_answer_is_stored(seeded_db: Database, clock: FakeClock) -> None:
    questions = seed_questions(seeded_db, count=3)
    controller = QuizController(seeded_db, questions, config=Config(), clock=clock, timer=clock.timer, exam=True,
                                time_limit=600, seed=3, decks=["a"])
    clock.advance(seconds=90)
    controller.keep_time()
    controller.session.next()  # Tab: the second question, 30 s on it
    clock.advance(seconds=30)
    controller.keep_time()
    del controller
    gc.collect()  # kill -9: what the program held goes with it
    cut = offered(seeded_db, ["a"])
    assert cut is not None and cut.answers == {}
    assert cut.spent[:2] == (90.0, 30.0) and cut.seconds_left == 480.0


def test_time_stored_after_an_answer_counts_too(seeded_db: Database, clock: FakeClock) -> None:
    questions = seed_questions(seeded_db, count=3)
    controller = QuizController(seeded_db, questions, config=Config(), clock=clock, timer=clock.timer, exam=True,
                                time_limit=600, seed=3, decks=["a"])
    clock.advance(seconds=20)
    controller.answer(right_answer(questions[0]))
    controller.session.next()
    clock.advance(seconds=300)  # five minutes on the second question, then the crash
    controller.keep_time()
    del controller
    gc.collect()
    cut = offered(seeded_db, ["a"])
    assert cut is not None and list(cut.answers) == [0]
    assert cut.seconds_used == 320.0


def test_the_exam_screen_stores_its_clock_as_it_runs(seeded_db: Database, clock: FakeClock,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The screen's ticker stores the time: a minute on the first question, nothing answered."""
    monkeypatch.setattr(quiz_screen, "CLOCK_SAVE_SECONDS", 30.0)
    questions = seed_questions(seeded_db, count=3)
    controller = QuizController(seeded_db, questions, config=Config(), clock=clock, timer=clock.timer, exam=True,
                                time_limit=600, seed=3, decks=["a"])
    assert controller.exam_id is not None

    def stored_ms() -> int:
        with seeded_db.reading() as s:
            from sqlalchemy import text

            return int(s.execute(text("SELECT coalesce(sum(spent_ms), 0) FROM exam_answer WHERE exam_id = :id"),
                                 {"id": controller.exam_id}).scalar_one())

    async def drive() -> int:
        with create_pipe_input() as keys:
            screen = QuizScreen(controller, input=keys, output=DummyOutput())
            task = asyncio.ensure_future(screen.run_async())
            clock.advance(seconds=60)
            for _ in range(2000):  # a deadline, not a timing assertion: the ticker runs every quarter second
                await asyncio.sleep(0.01)
                if stored_ms():
                    break
            stored = stored_ms()
            keys.send_text("\x04")  # Ctrl-D: the exam ends
            await task
            return stored

    assert asyncio.run(drive()) == 60_000


def test_an_exam_killed_before_its_first_answer_is_offered_with_the_time_that_passed(
        tmux: Tmux, quizzer_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """In tmux: a two-minute exam shown until its countdown reads 1:4x, then its program killed
    (kill -9): the next ``quizzer exam`` offers it with less than two minutes left."""
    notes = tmp_path / "linux.md"
    notes.write_text("# Linux\n\n- **ls**: list files\n- **cp**: copy files\n- **mv**: move files\n"
                     "- **rm**: remove files\n- **pwd**: print the working folder\n", encoding="utf-8")
    assert run(capsys, "import", str(notes), "--trust")[0] == 0
    env = {"QUIZZER_HOME": str(quizzer_home), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    options = [option for name, value in env.items() for option in ("-e", f"{name}={value}")]
    tmux.start([*quizzer_command(), "exam", "linux", "-n", "3", "--time", "2m", "--seed", "3"], columns=100, rows=30)
    tmux.wait_screen("Question 1 of 3")
    tmux.wait_screen("1:4")  # over CLOCK_SAVE_SECONDS on screen
    os.kill(tmux.pane_pid(), signal.SIGKILL)
    wait_for(tmux.dead, "the program to die")
    tmux.tmux("respawn-pane", "-k", "-t", tmux.session, *options, *quizzer_command(), "exam", "linux", "-n", "3")
    asked = " ".join(tmux.wait_screen("[r/s/Enter]").split())
    assert "0 of 3 answered" in asked
    left = re.search(r"answered, (\d+)m (\d+)s left", asked)
    assert left is not None, asked
    assert int(left.group(1)) * 60 + int(left.group(2)) < 120, asked  # was '2m 00s left'
