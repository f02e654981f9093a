"""End to end: Ctrl-Z on the review and quiz screens puts quizzer in the background of a real shell
(a private tmux server), and ``fg`` brings the screen back as it was; the key was taken and ignored, so a
``fg`` typed after it went into the answer box and was submitted."""

from __future__ import annotations

import os
import shlex
import subprocess
from pathlib import Path

import pytest
from conftest import Tmux, quizzer_command

NOTES = "# git\n\n- `git status`: shows what changed\n- `git log`: lists the commits\n- `git diff`: shows the changes\n- `git add`: stages a file\n"


@pytest.mark.parametrize("screen, shown", [
    (["review", "--typed", "notes"], "Type the answer and press Enter:"),
    (["quiz", "notes", "-n", "2", "--mode", "typed"], "Enter answer · ? help"),
])
def test_ctrl_z_puts_the_screen_in_the_background_and_fg_brings_it_back(
        tmux: Tmux, quizzer_home: Path, tmp_path: Path, screen: list[str], shown: str) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    env = {**os.environ, "QUIZZER_HOME": str(quizzer_home)}
    subprocess.run([*quizzer_command(), "import", str(notes), "--trust"], check=True, capture_output=True, env=env)
    tmux.start(["bash", "--norc", "--noprofile", "-i"], columns=80, rows=30, env={"PS1": "$ "})
    tmux.keys("-l", shlex.join([*quizzer_command(), *screen]))
    tmux.keys("Enter")
    tmux.wait_screen(shown)
    tmux.keys("C-z")
    tmux.wait_screen("Stopped")
    tmux.keys("-l", "fg")
    tmux.keys("Enter")
    back = tmux.wait_screen(shown)
    assert "fg" not in back.split(shown, 1)[1]  # the answer box is empty: nothing typed went into it
    tmux.keys("C-c")
