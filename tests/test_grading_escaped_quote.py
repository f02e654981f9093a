"""An escaped quote inside double quotes (the notes' ``grep "a\\"b" f``) is part of one argument, ``a"b``, as a
shell reads it; the line was split at it (``f should be a"b f``)."""

from __future__ import annotations

import pytest

from quizzer.command_line import read_line
from quizzer.grading import grade


def test_the_notes_line_is_read_as_a_shell_reads_it() -> None:
    segment = read_line('grep "a\\"b" f', notes=True).segments[0]
    assert [arg.text for arg in segment.args] == ['a"b', "f"]


@pytest.mark.parametrize("typed", ["grep 'a\"b' f", 'grep a\\"b f', 'grep "a\\"b" f', "grep 'a'\\\"'b' f"])
def test_every_quoting_of_the_same_argument_is_exact(typed: str) -> None:
    assert grade(['grep "a\\"b" f'], typed).outcome == "exact"


@pytest.mark.parametrize(("answer", "typed"), [
    ('grep "a\\"b" f', 'grep "ab" f'),
    ("echo 'a\\' b", "echo 'a\\b'"),  # inside single quotes a backslash escapes nothing: two arguments
])
def test_another_argument_is_not(answer: str, typed: str) -> None:
    assert grade([answer], typed).outcome != "exact"
