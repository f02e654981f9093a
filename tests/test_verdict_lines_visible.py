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
