"""A block whose later lines are its first line given its input from a file or a pipe: the text above says what the
first line does, the others are warned (quizzer/extract/code.py _fed_input), in examples of our own (x-f26en)."""

from __future__ import annotations

from conftest import draft, facts

_NOTES = (
    "# b64\n"  # 1
    "\n"
    "Encode text as base64:\n"  # 3
    "\n"
    "```sh\n"
    "$ base64 --wrap=0\n"  # 6
    "$ base64 --wrap=0 < notes.txt\n"  # 7
    "$ printf 'hi' | base64 --wrap=0\n"  # 8
    "```\n"
)


def test_the_first_line_is_what_the_text_says_and_the_fed_lines_are_warned() -> None:
    assert facts(_NOTES) == [(6, "command", "base64", "base64 --wrap=0", "Encode text as base64")]
    assert {7, 8} <= set(warning.line for warning in draft(_NOTES).warnings)


def test_a_pipe_into_another_line_is_no_fed_variant() -> None:
    other = _NOTES.replace("$ printf 'hi' | base64 --wrap=0\n", "$ printf 'hi' | base64 --wrap=0 | wc -c\n")
    assert not [w for w in draft(other).warnings if w.line == 8 and "input another way" in w.message]


def test_a_placeholder_in_angle_brackets_is_no_input_file() -> None:
    other = _NOTES.replace("$ base64 --wrap=0 < notes.txt\n", "$ base64 --wrap=0 <file>\n")
    assert not [w for w in draft(other).warnings if w.line == 7 and "input another way" in w.message]
