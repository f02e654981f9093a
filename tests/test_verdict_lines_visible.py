"""A prose near miss shows its diff as every other line of the screen shows text: a bidirectional override in the
answer (kept from the notes: text.strip_controls keeps it) or in what was typed is shown, not obeyed (review 13)."""

from __future__ import annotations

from quizzer.answer_box import verdict_lines
from quizzer.grading import grade


def test_the_diff_of_a_near_miss_shows_an_override_inert() -> None:
    verdict = grade(["list the files\u202eback"], "list the file", prose=True)
    assert verdict.outcome == "almost" and verdict.diff
    shown = "".join(text for line in verdict_lines(verdict, 60) for _style, text in line)
    assert "\u202e" not in shown and "<U+202E>" in shown


def test_a_typed_line_shows_an_override_or_an_escape_inert_the_cursor_where_it_was() -> None:
    from quizzer.answer_box import CURSOR, typed_lines

    (line,) = typed_lines("> ", "ls\u202e -l\x1b", 40, cursor=3)
    assert "".join(text for _style, text in line) == "> ls<U+202E> -l^["
    assert [style for style, _text in line].index(CURSOR) == 2 and line[1][1] == "ls<U+202E>"
