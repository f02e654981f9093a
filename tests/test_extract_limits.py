"""Content past the parser's nesting limit is read, or warned about with its line (issue 9)."""

from __future__ import annotations

from quizzer.extract import extract


def _nested_list(depth: int) -> str:
    return "".join("  " * i + f"- **cmd{i}**: level {i}\n" for i in range(depth))


def test_lists_nested_far_deeper_than_notes_go_are_read() -> None:
    draft = extract(_nested_list(15), deck="t", source="t.md")
    assert [note.front for note in draft.notes] == [f"cmd{i}" for i in range(15)]
    assert draft.warnings == ()


def test_what_is_nested_past_the_limit_is_a_warning_with_its_line() -> None:
    draft = extract(_nested_list(30), deck="t", source="t.md")
    read = len(draft.notes)
    assert read >= 15
    (warning,) = draft.warnings
    assert warning.line == read + 1  # the first line not read
    assert f"lines {read + 1}-30" in warning.message and "not read" in warning.message


def test_deep_quotes_too() -> None:
    text = "".join("> " * i + f"line {i}\n" for i in range(1, 60)) + "\n- **ls**: list\n"
    draft = extract(text, deck="t", source="t.md")
    assert len(draft.warnings) == 1 and 30 < draft.warnings[0].line < 60
