"""Which unfinished exam ``quizzer exam`` offers to resume: only the latest one of exactly the decks
asked, and never one running right now in another program.  A running exam holds its lock
(:mod:`quizzer.quiz.live`), which the kernel lets go of when the program ends however it ends:
kill -9 makes the exam one cut off, offered again."""

from __future__ import annotations

import gc
import os
import signal
import subprocess
import sys
import textwrap
from functools import partial
from pathlib import Path

import pytest
from conftest import FakeClock, Tmux, quizzer_command, wait_for
from conftest import run_cli as run

from quizzer.config import Config
from quizzer.db import Database
from quizzer.errors import QuizzerError
from quizzer.quiz.controller import QuizController
from quizzer.quiz.live import ExamLock, exam_running, lock_path, sweep
from quizzer.quiz.store import Unfinished, unfinished_exam
from tests.test_quiz_exam import right_answer, seed_questions


def offered(db: Database, decks: list[str]) -> Unfinished | None:
    with db.reading() as s:
        return unfinished_exam(s, decks, running=partial(exam_running, db.path))


def cut_off(db: Database, clock: FakeClock, decks: list[str]) -> int:
    """An exam of ``decks`` answered once, then its program killed: its id."""
    questions = seed_questions(db, count=3)
    controller = QuizController(db, questions, config=Config(), clock=clock, timer=clock.timer, exam=True,
                                time_limit=600, seed=3, decks=decks)
    controller.answer(right_answer(questions[0]))
    assert controller.exam_id is not None and exam_running(db.path, controller.exam_id)
    exam_id = controller.exam_id
    del controller
    gc.collect()  # kill -9: what the program held goes with it
    return exam_id


def test_only_an_exam_of_exactly_the_decks_asked_is_offered(seeded_db: Database, clock: FakeClock) -> None:
    a = cut_off(seeded_db, clock, ["a"])
    clock.advance(minutes=1)
    b_c = cut_off(seeded_db, clock, ["b", "c"])
    clock.advance(minutes=1)
    assert (offered(seeded_db, ["a"]) or pytest.fail()).id == a  # not the later exam of other decks
    assert (offered(seeded_db, ["c", "b"]) or pytest.fail()).id == b_c  # the same decks, named in any order
    assert offered(seeded_db, ["b"]) is None and offered(seeded_db, ["a", "b", "c"]) is None
    assert offered(seeded_db, ["d"]) is None


def test_a_running_exam_is_not_offered_and_one_cut_off_is(seeded_db: Database, clock: FakeClock) -> None:
    questions = seed_questions(seeded_db, count=3)
    live = QuizController(seeded_db, questions, config=Config(), clock=clock, timer=clock.timer, exam=True,
                          time_limit=600, seed=3, decks=["a"])
    live.answer(right_answer(questions[0]))
    assert offered(seeded_db, ["a"]) is None
    live.finish("stopped")
    assert offered(seeded_db, ["a"]) is None  # ended
    assert live.exam_id is not None and not lock_path(seeded_db.path, live.exam_id).exists()  # its file went


def test_the_lock_files_crashes_left_are_swept_and_a_held_one_is_not(seeded_db: Database, clock: FakeClock) -> None:
    crashed = cut_off(seeded_db, clock, ["a"])
    assert lock_path(seeded_db.path, crashed).exists()  # kill -9 leaves the file (unlocked)
    questions = seed_questions(seeded_db, count=3)
    live = QuizController(seeded_db, questions, config=Config(), clock=clock, timer=clock.timer, exam=True,
                          time_limit=600, seed=3, decks=["b"])
    assert live.exam_id is not None
    assert sweep(seeded_db.path) == 1
    assert not lock_path(seeded_db.path, crashed).exists() and lock_path(seeded_db.path, live.exam_id).exists()
    assert exam_running(seeded_db.path, live.exam_id)
    cut = offered(seeded_db, ["a"])  # its file gone, the crashed exam is offered as before, and taken up
    assert cut is not None and cut.id == crashed
    resumed = QuizController(seeded_db, list(cut.questions), config=Config(), clock=clock, timer=clock.timer,
                             exam=True, time_limit=600, resume=cut)
    assert exam_running(seeded_db.path, crashed) and sweep(seeded_db.path) == 0
    resumed.finish("stopped")
    live.finish("stopped")
    assert not list(seeded_db.path.parent.glob("*.lock"))


def test_a_lock_file_removed_before_it_was_locked_is_made_again(
    seeded_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sweep (or an exam ending) may remove the file between a taker's open and its lock: the taker
    must lock the file at the path, not the removed one nobody else can find."""
    path = lock_path(seeded_db.path, 41)
    real_open = os.open
    calls = []

    def open_then_lose_it(file: str, flags: int, mode: int = 0o777) -> int:
        fd = real_open(file, flags, mode)
        calls.append(file)
        if len(calls) == 1:
            os.unlink(file)  # a sweep between the open and the lock
        return fd

    monkeypatch.setattr(os, "open", open_then_lose_it)
    lock = ExamLock.take(seeded_db.path, 41)
    monkeypatch.undo()
    assert lock is not None and len(calls) == 2 and path.exists() and exam_running(seeded_db.path, 41)
    lock.release()
    assert not path.exists() and not exam_running(seeded_db.path, 41)


CHILD = textwrap.dedent("""
    import random, sys, time
    from pathlib import Path
    from quizzer.config import Config
    from quizzer.days import local_now
    from quizzer.db import open_database
    from quizzer.db.queries import all_decks
    from quizzer.quiz.build import build_questions
    from quizzer.quiz.controller import QuizController
    from quizzer.quiz.store import load_facts

    db = open_database(Path(sys.argv[1]))
    with db.reading() as s:
        facts = load_facts(s, all_decks(s))
    questions = build_questions(facts, random.Random(3), count=3)
    controller = QuizController(db, questions, config=Config(), clock=local_now, timer=time.monotonic, exam=True,
                                time_limit=600, seed=3, decks=["docker-containers.ko"])
    print(controller.exam_id, flush=True)
    time.sleep(600)
""")


def test_an_exam_running_in_another_program_is_not_offered_nor_taken_until_it_is_killed(
    seeded_db: Database, clock: FakeClock
) -> None:
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(seeded_db.path)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        exam_id = int(child.stdout.readline())
        decks = ["docker-containers.ko"]
        assert exam_running(seeded_db.path, exam_id) and offered(seeded_db, decks) is None
        with seeded_db.reading() as s:  # as if offered a moment before it started: resuming it is refused
            stale = unfinished_exam(s, decks, running=lambda exam_id: False)
        assert stale is not None and stale.id == exam_id
        with pytest.raises(QuizzerError, match=f"Exam {exam_id} is running in another terminal"):
            QuizController(seeded_db, list(stale.questions), config=Config(), clock=clock, timer=clock.timer,
                           exam=True, time_limit=600, resume=stale)
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        cut = offered(seeded_db, decks)  # killed: cut off, offered
        assert cut is not None and cut.id == exam_id
        resumed = QuizController(seeded_db, list(cut.questions), config=Config(), clock=clock, timer=clock.timer,
                                 exam=True, time_limit=600, resume=cut)
        assert exam_running(seeded_db.path, exam_id) and offered(seeded_db, decks) is None  # taken up here
        resumed.finish("stopped")
        assert not exam_running(seeded_db.path, exam_id) and offered(seeded_db, decks) is None
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
        if child.stdout is not None:
            child.stdout.close()


def test_an_exam_ended_elsewhere_after_the_offer_is_not_taken_up(seeded_db: Database, clock: FakeClock) -> None:
    exam_id = cut_off(seeded_db, clock, ["a"])
    stale = offered(seeded_db, ["a"])
    assert stale is not None
    other = QuizController(seeded_db, list(stale.questions), config=Config(), clock=clock, timer=clock.timer,
                           exam=True, time_limit=600, resume=stale)  # another terminal answered r first
    other.finish("stopped")
    with pytest.raises(QuizzerError, match=f"Exam {exam_id} was ended in another terminal") as raised:
        QuizController(seeded_db, list(stale.questions), config=Config(), clock=clock, timer=clock.timer,
                       exam=True, time_limit=600, resume=stale)
    # the command it names is the one every printed command is: on the exam's database, whole
    import shlex

    from quizzer.paths import db_option

    command = raised.value.command
    assert str(raised.value).endswith(f"; see {command}.")
    assert shlex.split(command) == ["quizzer", *db_option(seeded_db.path), "exam", "--review", str(exam_id)]


def test_quizzer_exam_offers_only_a_cut_off_exam_of_its_decks(
    tmux: Tmux, quizzer_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """In tmux: an exam running in one terminal is not offered in another; killed (kill -9), it is
    offered to ``quizzer exam`` of its deck, not to ``quizzer exam`` of another deck."""
    notes = tmp_path / "linux.md"
    notes.write_text("# Linux\n\n- **ls**: list files\n- **cp**: copy files\n- **mv**: move files\n"
                     "- **rm**: remove files\n- **pwd**: print the working folder\n", encoding="utf-8")
    assert run(capsys, "import", str(notes), "--trust")[0] == 0
    env = {"QUIZZER_HOME": str(quizzer_home), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    options = [option for name, value in env.items() for option in ("-e", f"{name}={value}")]

    def exam(*argv: str) -> None:  # in the window's terminal, the program there before killed first
        if tmux.started:
            if not tmux.dead():
                os.kill(tmux.pane_pid(), signal.SIGKILL)
                wait_for(tmux.dead, "the program to die")
            tmux.tmux("respawn-pane", "-k", "-t", tmux.session, *options, *quizzer_command(), "exam", *argv)
        else:
            tmux.start([*quizzer_command(), "exam", *argv], columns=100, rows=34)

    exam("docker-containers.ko", "-n", "3", "--seed", "3")  # exam 1, running
    tmux.wait_screen("Question 1 of 3")
    tmux.tmux("new-session", "-d", "-s", "second", "-x", "100", "-y", "34", *options, *quizzer_command(), "exam",
              "docker-containers.ko", "-n", "2", "--seed", "4")
    first_window, tmux.session = tmux.session, "second"
    screen = tmux.wait_screen("Question 1 of 2")  # exam 2: a new one, exam 1 not offered
    assert "[r/s/Enter]" not in screen
    tmux.tmux("kill-session", "-t", "second")
    tmux.session = first_window
    exam("linux", "-n", "2", "--seed", "3")  # exam 1 killed: cut off, but of another deck
    screen = tmux.wait_screen("Question 1 of 2")
    assert "[r/s/Enter]" not in screen
    exam("docker-containers.ko", "-n", "2")
    asked = tmux.wait_screen("[r/s/Enter]")
    assert "Exam 2, started" in asked and "0 of 2 answered" in asked  # the latest of its deck, killed with its session
