"""A ``;`` typed onto the last word of a command (``docker ps -a;``) ends the command, as a shell reads it; it was
read as part of the word, so ``-a;`` was no ``-a`` and the answer was graded "Missing -a."."""

from __future__ import annotations

import pytest

from quizzer.grading import grade


@pytest.mark.parametrize(("answer", "typed"), [
    ("docker ps -a", "docker ps -a;"),
    ("docker ps -a", "docker ps -a; "),
    ("git log --oneline", "git log --oneline;"),
    ("ls -l <디렉터리>", "ls -l /tmp;"),
])
def test_a_semicolon_ending_the_line_ends_the_command(answer: str, typed: str) -> None:
    assert grade([answer], typed).outcome == "exact"


@pytest.mark.parametrize(("answer", "typed"), [
    ("find . -name '*.tmp' -exec rm {} \\;", "find . -name '*.tmp' -exec rm {}"),  # find's own \; is no ending
    ("echo a", "echo 'a;'"),  # quoted: part of the word
    ("docker ps -a", "docker ps;"),  # still missing -a
])
def test_a_semicolon_that_is_a_word_or_hides_a_difference_is_not_dropped(answer: str, typed: str) -> None:
    assert grade([answer], typed).outcome != "exact"


def test_the_notes_own_ending_semicolon_is_kept() -> None:
    answer = "find . -type f -exec chmod 644 {} \\;"
    assert grade([answer], answer).outcome == "exact"
    assert grade([answer], "find . -type f -exec chmod 644 {} ;").outcome != "wrong"
