"""Ctrl-D is the stop each screen advertises, and a stop like any other: the screen's normal end
is printed (the review's summary, the quiz's report, a practice's schedule sentence, the exam's
report and its question) and the command ends with status 0.

The screens said 'Ctrl-C stop' / 'Ctrl-C quit' after Ctrl-C had become an interrupt ('Interrupted.',
status 130): a person who stopped the way the screen told them got an error exit.  Ctrl-C stays an
interrupt (tests/test_ctrl_c.py); here it is checked once more where the box for a typed answer is open.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from conftest import Tmux, quizzer_command

NOTES = """# 도커

### 명령어

- **docker login**: 도커 허브 로그인
- **docker stats webserver1**: 컨테이너의 리소스 사용량
- **docker rmi 옵션 이미지이름<:태그>**: 이미지 삭제
"""


def run(home: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QUIZZER_HOME": str(home), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    return subprocess.run([*quizzer_command(), *argv], env=env, capture_output=True, text=True, check=False)


def _typed_review(tmux: Tmux, home: Path, tmp_path: Path) -> None:
    """A typed review with one answer given and text in the box of the next card."""
    notes = tmp_path / "typed.md"
    notes.write_text(NOTES, encoding="utf-8")
    assert run(home, "import", str(notes), "--trust").returncode == 0
    tmux.start([*quizzer_command(), "review", "--typed", "typed"], columns=80, rows=30)
    tmux.wait_screen("Type the answer and press Enter:", "Ctrl-D quit")
    tmux.keys("-l", "모름")
    tmux.keys("Enter")
    tmux.wait_screen("suggested grade")
    tmux.keys("Enter")
    tmux.wait_screen(" 1/")  # a wrong answer: the card comes back in the re-drill
    tmux.keys("-l", "반쯤")  # the box is open, and holds text, when the stop key comes
    tmux.wait_screen("› 반쯤")


def test_ctrl_d_in_a_typed_review_ends_it_with_its_summary_and_status_0(
        tmux: Tmux, quizzer_home: Path, tmp_path: Path) -> None:
    _typed_review(tmux, quizzer_home, tmp_path)
    tmux.keys("C-d")
    printed = tmux.printed("Stopped; every answer so far is saved.", "Cards answered: 1")
    assert "Interrupted." not in printed and "Traceback" not in printed
    assert tmux.exit_status() == 0
    assert json.loads(run(quizzer_home, "stats", "--json").stdout)["answers"] == 1


def test_ctrl_c_in_a_typed_review_is_still_an_interrupt(tmux: Tmux, quizzer_home: Path, tmp_path: Path) -> None:
    _typed_review(tmux, quizzer_home, tmp_path)
    tmux.keys("C-c")
    printed = tmux.printed("Cards answered: 1", "Interrupted.")
    assert "Traceback" not in printed
    assert tmux.exit_status() == 130
    assert json.loads(run(quizzer_home, "stats", "--json").stdout)["answers"] == 1  # nothing lost


@pytest.mark.parametrize("mode", ["choice", "typed"])
def test_ctrl_d_in_a_quiz_shows_the_report_and_ends_with_status_0(tmux: Tmux, quizzer_home: Path, mode: str) -> None:
    tmux.start([*quizzer_command(), "quiz", "--mode", mode, "-n", "3", "--seed", "1"], columns=80, rows=24)
    tmux.wait_screen("Question 1 of 3", "Enter answer · ? help · Ctrl-D stop")
    tmux.keys("C-d")
    printed = tmux.printed("Quiz: 0 of 1 right", "stopped early.")  # the question it reached
    assert "Interrupted." not in printed and "Traceback" not in printed
    assert tmux.exit_status() == 0


def test_ctrl_d_in_a_practice_says_its_answers_went_into_the_schedule_and_ends_with_status_0(
        tmux: Tmux, quizzer_home: Path) -> None:
    tmux.start([*quizzer_command(), "quiz", "--schedule", "--mode", "typed", "-n", "3", "--seed", "1"],
               columns=80, rows=24)
    tmux.wait_screen("Question 1 of 3", "Enter answer")
    tmux.keys("-l", "zzz")
    tmux.keys("Enter")
    tmux.wait_screen("Enter next · ? help · Ctrl-D stop")
    tmux.keys("C-d")
    printed = tmux.printed("stopped early", "1 answer went into the review schedule.")
    assert "Interrupted." not in printed and "Traceback" not in printed
    assert tmux.exit_status() == 0


def test_ctrl_d_in_an_exam_keeps_its_early_stop_and_ends_with_status_0(tmux: Tmux, quizzer_home: Path) -> None:
    """An exam stopped early is graded, kept and reported, and asks about the missed cards, as it did
    when Ctrl-C stopped it; only the key is another, and the command ends well."""
    tmux.start([*quizzer_command(), "exam", "-n", "3", "--seed", "1"], columns=80, rows=24)
    tmux.wait_screen("Question 1 of 3")
    tmux.keys("?")
    tmux.wait_screen("F1 or ? closes the help · Ctrl-D stop", "stop; every answer so far is saved")
    tmux.keys("C-d")
    tmux.wait_screen("Send the")
    tmux.keys("n")
    printed = tmux.printed("Exam 1: 0 of 3 right", "stopped early.", "The schedule was left as it was.")
    assert "Interrupted." not in printed and "Traceback" not in printed
    assert tmux.exit_status() == 0
    exams = json.loads(run(quizzer_home, "exam", "--history", "--json").stdout)["exams"]
    assert len(exams) == 1 and exams[0]["ended"] == "stopped"


def test_the_too_small_terminal_says_ctrl_d_and_ctrl_d_leaves_it(tmux: Tmux, quizzer_home: Path) -> None:
    tmux.start([*quizzer_command(), "quiz", "-n", "3", "--seed", "1"], columns=30, rows=8)
    tmux.wait_screen("Ctrl-D")
    tmux.keys("C-d")
    printed = tmux.printed("stopped early")
    assert "Interrupted." not in printed and "Traceback" not in printed
    assert tmux.exit_status() == 0


@pytest.mark.parametrize(("key", "status"), [("C-d", 0), ("C-c", 130)])
def test_a_review_too_small_leaves_on_ctrl_d_and_ctrl_c_as_every_screen_does(
        tmux: Tmux, quizzer_home: Path, tmp_path: Path, key: str, status: int) -> None:
    """The review too small named q, and only q left: Ctrl-D did nothing there."""
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    assert run(quizzer_home, "import", str(notes), "--trust").returncode == 0
    tmux.start([*quizzer_command(), "review"], columns=30, rows=8)
    tmux.wait_screen("too small")
    tmux.keys(key)
    printed = tmux.printed("No cards answered.")
    assert "Traceback" not in printed and ("Interrupted." in printed) is (status == 130)
    assert tmux.exit_status() == status
