"""End to end, as a person would: import notes with two shapes, ``quizzer check`` in a real
terminal (tmux) keeping one and holding the other, then ``quizzer review`` shows only the kept."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from conftest import Tmux, quizzer_command, wait_for
from test_check_cli import NOTES


def asked_after(tmux: Tmux, text: str) -> str:
    """The screen once ``text`` is on it with the question under it (the keys are read then)."""

    def check() -> str | None:
        screen = tmux.screen()
        return screen if text in screen and "Keep this group?" in screen.split(text, 1)[1] else None

    return str(wait_for(check, f"the question after {text!r}"))


def test_import_check_keep_one_hold_the_other_then_review_only_the_kept(
    tmux: Tmux, quizzer_home: Path, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    env = {**os.environ, "QUIZZER_HOME": str(quizzer_home), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    imported = subprocess.run([*quizzer_command(), "import", str(notes)], env=env, capture_output=True, text=True)
    assert imported.returncode == 0, imported.stderr
    assert "quizzer check" in imported.stdout + imported.stderr  # the import says what to run

    tmux.start([*quizzer_command(), "check"], columns=80, rows=40)
    first = tmux.wait_screen("Keep this group? [y/n/o/s/q]")
    assert "Group 1 of 2: deck notes," in first
    assert "In the section: Git\n" in first  # a group is one section's (the first two headings)
    assert "6 command cards were read from lines of this kind: table row" in first
    assert "git status" in first and "notes.md:5" in first
    tmux.keys("y")
    second = asked_after(tmux, "Group 2 of 2")
    assert "2 concept cards were read from lines of this kind: `term: definition` line" in second
    assert "In the section: Git › 용어\n" in second
    assert "커밋" in second and "→ 독립적으로 갈라진 작업 줄기" in second
    tmux.keys("n")
    printed = tmux.printed("Kept 6 cards for review, held back 2 cards; nothing left to check.")
    assert "Traceback" not in printed

    review = Tmux(quizzer_home)
    review.session = "second"
    try:
        review.start([*quizzer_command(), "review", "notes"], columns=80, rows=30)
        screens = [review.wait_screen("0/3  new 3 · review 0")]
        for done in range(1, 4):
            review.keys("Space")
            screens.append(review.wait_screen("5  perfect"))
            review.keys("5")
            if done < 3:
                screens.append(review.wait_screen(f" {done}/3"))
        screens.append(review.wait_screen("Cards answered: 3"))  # the end screen: the day's three cards
        review.keys("q")
        summary = review.wait_exit()
    finally:
        review.close()
    shown = "\n".join(screens)
    assert "git" in shown
    assert "브랜치" not in shown and "변경 사항을 저장소에" not in shown  # the held concepts never came up
    assert "Traceback" not in summary
