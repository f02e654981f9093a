"""Content past the parser's nesting limit is read, or warned about with its line (issue 9)."""

from __future__ import annotations

from quizzer.extract import extract


def _deep(depth: int) -> str:
    """``depth`` nested list items, then a command note one level deeper (on line depth + 1)."""
    return "".join("  " * i + f"- item {i}\n" for i in range(depth)) + "  " * depth + "- **ls -la**: deep listing\n"


def test_lists_nested_far_deeper_than_notes_go_are_read() -> None:
    draft = extract(_deep(15), deck="t", source="t.md")
    assert [(note.front, note.back, note.line) for note in draft.notes] == [("ls -la", "deep listing", 16)]
    assert draft.warnings == ()


def test_what_is_nested_past_the_limit_is_a_warning_with_its_line() -> None:
    draft = extract(_deep(30), deck="t", source="t.md")
    assert draft.notes == ()
    (warning,) = draft.warnings
    assert 15 <= warning.line <= 25  # the first line not read
    assert f"lines {warning.line}-31" in warning.message and "not read" in warning.message


def test_deep_quotes_too() -> None:
    text = "".join("> " * i + f"line {i}\n" for i in range(1, 60)) + "\n- **ls**: list\n"
    draft = extract(text, deck="t", source="t.md")
    assert len(draft.warnings) == 1 and 30 < draft.warnings[0].line < 60


def test_one_line_nested_past_the_limit_is_said_as_one_line() -> None:
    # 'lines 1-1 are nested too deeply' read as a slip: one line is 'line 1 is …'
    draft = extract(">" * 60 + " **ls**: list\n\n- **pwd**: where\n", deck="t", source="t.md")
    (warning,) = draft.warnings
    assert warning.line == 1 and warning.message.startswith("line 1 is nested too deeply") and "lines" not in warning.message
