"""Ctrl-D at the offer of an exam that was cut off stops the command and leaves that exam as it was,
offered again next time.  It was read as Enter: the exam was left for good (never offered again) and
a new one started."""

from __future__ import annotations

import os
import signal
from pathlib import Path

from conftest import Tmux, quizzer_command, wait_for
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from quizzer.screen import ask_choice
from test_quiz_cli import answer_keys, db_rows, exam_questions


def test_enter_and_ctrl_d_are_told_apart() -> None:
    for pressed, said in (("\r", ""), ("\x04", None), ("R", "r"), ("xs", "s")):
        with create_pipe_input() as keys:
            keys.send_text(pressed)
            assert ask_choice("Resume it? [r/s/Enter]", "rs", input=keys, output=DummyOutput()) == said


def test_ctrl_d_at_the_offer_keeps_the_exam_offered(tmux: Tmux, quizzer_home: Path) -> None:
    _ctrl_at_the_offer(tmux, quizzer_home, "C-d")


def test_ctrl_c_at_the_offer_says_the_exam_is_kept_and_ends_with_130(tmux: Tmux, quizzer_home: Path) -> None:
    """Ctrl-C at the offer said only 'Interrupted.' (u-campaign): whether the exam cut off was left for good,
    scored or kept was not said.  It is kept, as Ctrl-D keeps it, and said so; the status is a Ctrl-C's."""
    shown, status = _ctrl_at_the_offer(tmux, quizzer_home, "C-c")
    assert "Interrupted." in shown.split("left as it was")[-1] and "Traceback" not in shown
    assert status == 130


def _ctrl_at_the_offer(tmux: Tmux, quizzer_home: Path, key: str) -> tuple[str, int]:
    """The offer of an exam cut off after one answer, answered with ``key``: what was shown, the exit status
    (and the exam is offered again, as it was)."""
    argv = [*quizzer_command(), "exam", "-n", "4", "--time", "10m", "--seed", "3"]
    env = [option for name, value in {"QUIZZER_HOME": str(quizzer_home), "LANG": "C.UTF-8",
                                      "LC_ALL": "C.UTF-8"}.items() for option in ("-e", f"{name}={value}")]
    tmux.start(argv, columns=100, rows=34)
    tmux.wait_screen("Question 1 of 4")
    tmux.keys(*answer_keys(exam_questions(quizzer_home)[0]))
    wait_for(lambda: db_rows(quizzer_home, "SELECT id FROM exam_answer"), "the answer stored")
    os.kill(tmux.pane_pid(), signal.SIGKILL)
    wait_for(tmux.dead, "the process to die")

    tmux.tmux("respawn-pane", "-k", "-t", tmux.session, *env, *argv)
    tmux.wait_screen("[r/s/Enter]")
    tmux.keys(key)
    shown = tmux.wait_exit()
    status = tmux.exit_status()
    assert "Stopped; exam 1 is left as it was" in shown
    assert "Question 1 of 4" not in shown.split("[r/s/Enter]")[-1]  # no new exam started
    assert db_rows(quizzer_home, "SELECT id, ended FROM exam") == [(1, None)]

    tmux.tmux("respawn-pane", "-k", "-t", tmux.session, *env, *argv)
    assert "was not finished: 1 of 4 answered" in tmux.wait_screen("[r/s/Enter]")
    return shown, status
