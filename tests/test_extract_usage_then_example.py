"""A task heading over its usage line, a bare "e.g." and the example: the heading says what the example does
(quizzer/extract/code.py _heading_over_usage), and a program whose name opens with a digit ("7zz") is one the
blocks run (knowledge.fenced_program), in examples of our own (x-f26en)."""

from __future__ import annotations

from conftest import facts
from quizzer.extract.knowledge import fenced_program

_NOTES = (
    "# packer notes\n"  # 1
    "\n"
    "### Pack a folder\n"  # 3
    "\n"
    "```sh\n"
    "pakr [OPTIONS] ARCHIVE SOURCE\n"  # 6
    "```\n"
    "\n"
    "e.g.\n"  # 9
    "\n"
    "```sh\n"
    "pakr -l 9 backup.pk photos/\n"  # 12
    "```\n"
    "\n"
    "```sh\n"
    "pakr -t backup.pk\n"  # 16
    "pakr -v backup.pk\n"  # 17
    "pakr -x backup.pk\n"  # 18
    "```\n"
)


def test_the_heading_over_a_usage_line_says_what_its_example_does() -> None:
    assert (12, "command", "pakr", "pakr -l 9 backup.pk photos/", "Pack a folder") in facts(_NOTES)


def test_without_the_example_label_the_heading_does_not_say_what_the_block_does() -> None:
    other = _NOTES.replace("e.g.\n", "Then list it.\n")
    assert all(back != "Pack a folder" for line, *_, back in facts(other) if line == 12)


def test_a_program_opening_with_a_digit_is_run_by_the_blocks() -> None:
    assert fenced_program(["7zz a x.7z dir/", "7zz x x.7z", "7zz t x.7z", "7zz l x.7z"]) == "7zz"
    assert fenced_program(["100 files", "100 files", "100 files", "100 files"]) is None
