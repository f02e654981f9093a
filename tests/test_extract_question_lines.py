"""A question with its answer on the lines under it, the '?' line of a hand-written card left out
(question_lines), in examples of our own: no card, a warning with the question's line."""

from __future__ import annotations

from conftest import draft as _draft, facts as _notes


def _warned(text: str) -> list[int]:
    return [w.line for w in _draft(text).warnings if "asks a question" in w.message]


def test_a_question_over_its_answer_is_warned_about() -> None:
    text = "# 네트워크\n\n## 포트\n\n어느 포트를 쓰나?\n기본은 8080이다\n바꿀 수 있다\n"
    assert _warned(text) == [5]
    assert not [n for n in _notes(text) if n[0] in (5, 6, 7)]


def test_a_question_after_a_first_line_is_found_at_its_own_line() -> None:
    text = "## Staging\n\nWe keep a remark first.\nWhy stage before a commit?\nTo choose what goes in.\n"
    assert _warned(text) == [4]


def test_the_hand_written_card_with_its_mark_line_is_a_card() -> None:
    text = "# 네트워크\n\n어느 포트를 쓰나?\n?\n기본은 8080이다\n"
    assert _warned(text) == []
    assert [n for n in _notes(text) if n[0] == 3]


def test_a_question_ending_its_paragraph_is_no_question_over_an_answer() -> None:
    text = "# 네트워크\n\n포트는 8080이다.\n왜 그럴까?\n\n다음 절에서 본다.\n"
    assert _warned(text) == []
