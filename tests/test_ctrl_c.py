"""Ctrl-C at each screen and question ends the command with what it did said, one line
'Interrupted.', no traceback and status 130 (as a shell reports a command a Ctrl-C ended);
what was answered or decided before it stays saved.

The review, the quiz and the exam took Ctrl-C as q and ended with status 0; the check and the
questions (delete's [y/N], the exam's) as 'no'; a script could not tell a Ctrl-C from a finished
review.  Ctrl-C typed in the editor the review opened was the editor's, but it also reached the
review as a key once the editor was done, which put 'Keys: Space shows the answer…' over what
the edit came to.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from conftest import Tmux, quizzer_command
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from quizzer.screen import ask_key

NOTES = "# Git\n\n- **git add**: stage changes\n- **git commit**: record changes\n\n" \
        "| command | meaning |\n|---|---|\n| `git log` | show history |\n| `git diff` | show changes |\n"


def run(home: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QUIZZER_HOME": str(home), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    return subprocess.run([*quizzer_command(), *argv], env=env, capture_output=True, text=True, check=False)


def test_ctrl_c_at_a_question_is_an_interrupt_not_a_no() -> None:
    with create_pipe_input() as keys:
        keys.send_text("\x03")
        with pytest.raises(KeyboardInterrupt):
            ask_key("Delete it? [y/N]", "yn", input=keys, output=DummyOutput())
    with create_pipe_input() as keys:  # Ctrl-D and Enter still say no
        keys.send_text("\x04")
        assert ask_key("Delete it? [y/N]", "yn", input=keys, output=DummyOutput()) == ""


def test_ctrl_c_in_the_review_keeps_the_answer_given_and_ends_with_130(tmux: Tmux, quizzer_home: Path) -> None:
    tmux.start([*quizzer_command(), "review"], columns=80, rows=24)
    tmux.wait_screen("Space  show the answer")
    tmux.keys("Space")
    tmux.wait_screen("5  perfect")
    tmux.keys("4")
    tmux.wait_screen(" 1/")
    tmux.keys("C-c")
    printed = tmux.printed("Stopped; every answer so far is saved.", "Cards answered: 1", "Interrupted.")
    assert "Traceback" not in printed
    assert tmux.exit_status() == 130
    stats = json.loads(run(quizzer_home, "stats", "--json").stdout)
    assert stats["answers"] == 1  # the answer before the Ctrl-C was committed


@pytest.mark.parametrize("command", ["quiz", "exam"])
def test_ctrl_c_in_a_quiz_or_an_exam_shows_the_report_and_ends_with_130(
        tmux: Tmux, quizzer_home: Path, command: str) -> None:
    tmux.start([*quizzer_command(), command, "-n", "3", "--seed", "1"], columns=80, rows=24)
    tmux.wait_screen("Question 1 of 3", "Enter answer")
    tmux.keys("C-c")
    printed = tmux.printed("Interrupted.")
    assert "Traceback" not in printed and "Send the" not in printed  # no question after a Ctrl-C
    assert tmux.exit_status() == 130
    if command == "exam":  # stopped, scored and kept
        exams = json.loads(run(quizzer_home, "exam", "--history", "--json").stdout)["exams"]
        assert len(exams) == 1 and exams[0]["ended"] == "stopped"


def test_ctrl_c_stopping_a_practice_still_says_its_answers_went_into_the_schedule(
        tmux: Tmux, quizzer_home: Path) -> None:
    """Ctrl-C was how a practice (``quiz --schedule``) said to stop (now Ctrl-D, tests/test_ctrl_d.py): the sentence that
    its answers changed the review schedule came after the interrupt was raised, so it was never said."""
    tmux.start([*quizzer_command(), "quiz", "--schedule", "--mode", "typed", "-n", "3", "--seed", "1"], columns=80, rows=24)
    tmux.wait_screen("Question 1 of 3", "Enter answer")
    tmux.keys("-l", "zzz")
    tmux.keys("Enter")
    tmux.wait_screen("Enter next")
    tmux.keys("C-c")
    printed = tmux.printed("1 answer went into the review schedule.", "Interrupted.")
    assert printed.index("1 answer went into the review schedule.") < printed.index("Interrupted.")
    assert "Traceback" not in printed
    assert tmux.exit_status() == 130


def test_ctrl_c_in_the_check_keeps_what_was_decided_and_ends_with_130(
        tmux: Tmux, quizzer_home: Path, tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    assert run(quizzer_home, "import", str(notes)).returncode == 0
    tmux.start([*quizzer_command(), "check"], columns=80, rows=40)
    tmux.wait_screen("Group 1 of 2")
    tmux.keys("y")
    tmux.wait_screen("Group 2 of 2")
    tmux.keys("C-c")
    printed = tmux.printed("Kept 4 cards for review", "Interrupted.")
    assert "Traceback" not in printed
    assert tmux.exit_status() == 130
    decks = json.loads(run(quizzer_home, "decks", "--json").stdout)
    assert decks["waiting_for_check"] == 4  # the first group kept, the second still waiting


def test_ctrl_c_at_the_delete_question_deletes_nothing_and_ends_with_130(
        tmux: Tmux, quizzer_home: Path, tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    assert run(quizzer_home, "import", str(notes), "--trust").returncode == 0
    tmux.start([*quizzer_command(), "delete", "notes"], columns=80, rows=24)
    tmux.wait_screen("Delete notes? [y/N]")
    tmux.keys("C-c")
    printed = tmux.printed("Interrupted.")
    assert "Traceback" not in printed and "Deleted" not in printed
    assert tmux.exit_status() == 130
    names = [deck["name"] for deck in json.loads(run(quizzer_home, "decks", "--json").stdout)["decks"]]
    assert "notes" in names


def test_ctrl_c_in_the_editor_is_the_editors_and_what_it_came_to_stays_said(
        tmux: Tmux, quizzer_home: Path, tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    assert run(quizzer_home, "import", str(notes), "--trust").returncode == 0
    editor = tmp_path / "slow-editor"
    editor.write_text("#!/bin/sh\necho editing\nsleep 60\n", encoding="utf-8")
    editor.chmod(0o755)
    tmux.start([*quizzer_command(), "review", "notes"], columns=80, rows=24, env={"VISUAL": str(editor)})
    tmux.wait_screen("Space  show the answer")
    tmux.keys("e")
    tmux.wait_screen("editing")
    tmux.keys("C-c")  # to the editor (a cooked terminal: the signal reaches the review too)
    # single words: where the sentence wraps hangs on the editor's path (a worker's longer tmp path moved it)
    shown = tmux.wait_screen("SIGINT", "re-imported.", "Space  show the answer")
    assert "Keys:" not in shown  # not taken as a key the review does not know
    tmux.keys("q")
    tmux.printed("Stopped.")
    assert tmux.exit_status() == 0  # q, after all that: a review left as usual
