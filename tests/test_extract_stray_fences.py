"""A lone fence ending the notes that closes a block whose opening fence is missing (stray_fences.py), in examples
of our own: the lines it closes are what a command printed, never a term and its definition."""

from __future__ import annotations

from conftest import draft, facts, warned

from quizzer.extract.stray_fences import as_read

_MISSING_OPENING = (
    "# pip\n"
    "\n"
    "## Show installed\n"
    "\n"
    "To list what is installed:\n"
    "\n"
    "```sh\n"
    "$ pip list\n"              # 8
    "```\n"
    "requests - HTTP for Humans\n"   # 10
    "urllib3 - HTTP library\n"
    "```\n"
)


def test_lines_between_a_closing_fence_and_the_lone_fence_ending_the_notes_make_no_card() -> None:
    notes = facts(_MISSING_OPENING)
    assert [n for n in notes if n[0] == 8]  # the line above is read as ever
    assert not [n for n in notes if n[0] in (10, 11)]
    assert 10 in warned(_MISSING_OPENING)
    assert "opening fence is missing" in next(w.message for w in draft(_MISSING_OPENING).warnings if w.line == 10)


def test_the_lines_are_blanked_with_line_numbers_kept() -> None:
    unread: list[tuple[int, str]] = []
    read = as_read(_MISSING_OPENING, unread)
    assert read.split("\n")[9:12] == ["", "", ""]
    assert read.count("\n") == _MISSING_OPENING.count("\n")
    assert [line for line, _ in unread] == [10]


def test_a_blank_line_above_the_lines_leaves_them_as_written() -> None:
    text = _MISSING_OPENING.replace("```\nrequests", "```\n\nrequests")
    assert as_read(text, []) == text  # where the block would begin is not sure


def test_a_lone_fence_with_a_language_or_lines_after_it_opens_a_block() -> None:
    with_language = _MISSING_OPENING[: -len("```\n")] + "```sh\n"
    assert as_read(with_language, []) == with_language
    with_lines = _MISSING_OPENING + "$ pip check\n"
    assert as_read(with_lines, []) == with_lines


def test_balanced_fences_are_left_as_written() -> None:
    text = "# pip\n\n```sh\n$ pip list\n```\n\n```\nrequests 2.0\n```\n"
    assert as_read(text, []) == text


def test_a_fence_closing_a_list_items_block_is_no_stray_fence() -> None:
    text = "- ```sh\n  ls -la\n  ```\n"
    assert as_read(text, []) == text
    opened_first = "```\nls\n```\n"  # nothing closed above the lines it would close
    assert as_read(opened_first, []) == opened_first
