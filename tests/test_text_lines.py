"""``lines_of`` gives the lines ``str.split("\\n")`` gives, one at a time (a carriage return, a form feed
or a line separator is no line break to it, as to the split)."""

from __future__ import annotations

from hypothesis import given, strategies as st

from quizzer.text import lines_of


def test_lines_of_an_empty_text_and_of_line_breaks_alone() -> None:
    assert list(lines_of("")) == [""]
    assert list(lines_of("\n")) == ["", ""]
    assert list(lines_of("# 제목\n\n- a\n")) == ["# 제목", "", "- a", ""]


def test_only_a_line_feed_ends_a_line() -> None:
    assert list(lines_of("a\r\nb\rc\x0cd\u2028e")) == ["a\r", "b\rc\x0cd\u2028e"]


@given(st.text(alphabet=st.sampled_from(["a", "가", " ", "\n", "\r", "\u2028", "#"])))
def test_lines_of_is_the_split(text: str) -> None:
    assert list(lines_of(text)) == text.split("\n")


def test_lines_are_made_as_they_are_asked_for() -> None:
    lines = lines_of("first\n" + "x" * 10)
    assert next(lines) == "first"  # (a generator: nothing past the first line is cut yet)
