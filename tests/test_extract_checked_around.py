"""A session that runs one line before and again after another (``$ git tag`` and what it printed, ``$ git tag -d
v0.9``, ``$ git tag`` again): the repeated line shows what the other changes, the heading says what that one does
(transcripts.checked_around); examples of our own."""

from __future__ import annotations

from conftest import draft, facts as _notes
from quizzer.extract.transcripts import checked_around

_SESSION = (
    "## 태그 지우기\n\n```\n$ git tag\nv0.9\nv1.0\n\n$ git tag -d v0.9\n\n$ git tag\nv1.0\n```\n"
)


def test_the_heading_says_what_the_line_between_does() -> None:
    assert [(n[3], n[4]) for n in _notes(_SESSION)] == [("git tag -d v0.9", "태그 지우기")]
    assert {4, 10} <= set(w.line for w in draft(_SESSION).warnings)


def test_only_a_line_run_on_both_sides_of_one_other_line_is_a_check() -> None:
    assert checked_around(["git tag", "git tag -d v0.9", "git tag"]) == {"git tag"}
    assert checked_around(["git tag", "git tag", "git tag -d v0.9"]) == set()  # not after it
    assert checked_around(["ls", "rm a", "mv b c", "ls"]) == set()  # two lines between: the text may tell them apart
    assert checked_around(["ls", "rm a"]) == set()

