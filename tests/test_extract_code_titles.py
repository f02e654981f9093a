"""A title naming its program in backticks, a dash, then what it does (quizzer/extract/code_titles.py),
in examples of our own."""

from __future__ import annotations

from conftest import facts

_TABLE = "\n\n## Handy options\n\n| Option | Description |\n| --- | --- |\n| -q, --quick | make four passes only |\n| -s | say nothing while working |\n"


def test_the_title_says_what_the_program_does_and_owns_the_options_below() -> None:
    text = "# `wipe` - erase a disk so its old contents cannot be read back" + _TABLE
    assert facts(text) == [
        (1, "command", "wipe", "wipe", "erase a disk so its old contents cannot be read back"),
        (7, "option", "wipe", "-q, --quick", "make four passes only"),
        (8, "option", "wipe", "-s", "say nothing while working"),
    ]


def test_a_word_of_the_meaning_is_not_the_notes_program() -> None:
    # "file" is a program quizzer knows; here it is only a word of what the program does
    text = "# `scrub` - overwrite a file with random bytes" + _TABLE
    assert {command for _, _, command, _, _ in facts(text)} == {"scrub"}


def test_a_page_title_a_section_or_a_name_without_backticks_is_no_such_card() -> None:
    for title in ("# `wipe` - cheat sheet", "# `wipe` - my notes", "## `wipe` - erase a disk for good", "# Wipe - erase a disk for good"):
        assert not any(line == 1 for line, *_ in facts(title + _TABLE)), title


def test_a_page_topic_after_the_dash_is_not_what_the_program_does() -> None:
    for title in ("# `yq` - one-liners I reach for", "# `restic` - what I learned backing up 4 laptops"):
        assert [f for f in facts(title + "\n\n## Read a key\n\nSome words.\n") if f[0] == 1] == [], title
