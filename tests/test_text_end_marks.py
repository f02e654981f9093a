"""``without_end_marks``: the pictographs a gloss ends with are no part of it (key_lists, nested_commands both read
them so: review16 5), in examples of our own."""

from __future__ import annotations

from quizzer.text import without_end_marks


def test_the_pictographs_a_gloss_ends_with_are_dropped() -> None:
    assert without_end_marks("창을 닫는다 ✅ 👍") == "창을 닫는다"
    assert without_end_marks("Close the pane! 📌") == "Close the pane!"


def test_marks_before_or_among_the_words_stay() -> None:
    assert without_end_marks("📌 pinned ✨ notes") == "📌 pinned ✨ notes"
