"""A name, then what it stands for in so many words (issue 6, x-f29en2).

```dd`` stands for "data duplicator"``, ``- **scp** is short for secure copy``: what the name is made from, a
concept note of the name, never what the program does (its command card keeps what it does).  Examples of our own.
"""

from __future__ import annotations

import pytest

from conftest import facts as _facts


@pytest.mark.parametrize("said", ["stands for", "is short for", "is an acronym of", "is an abbreviation for"])
def test_each_way_of_saying_it_makes_a_concept(said: str) -> None:
    text = f"- **scp** {said} secure copy\n"
    assert _facts(text) == [(1, "concept", None, "scp", f"{said} secure copy")]


def test_it_is_not_joined_to_what_the_program_does() -> None:
    text = (
        "> **`dd`** is a command-line utility that copies and converts files.\n> \n\n"
        "> **`dd`** stands for \"data duplicator\".\n> \n"
    )
    assert _facts(text) == [
        (1, "command", "dd", "dd", "copies and converts files."),
        (4, "concept", None, "dd", 'stands for "data duplicator".'),
    ]


def test_a_description_that_does_something_is_still_a_command() -> None:
    assert _facts("- `scp`: copies files over ssh\n") == [(1, "command", "scp", "scp", "copies files over ssh")]


def test_words_saying_a_doing_are_what_the_program_does() -> None:
    # (x-f34en2) the words of a known program's name are a doing: running it does that; a second sentence is left off
    text = '# Notes\n\n`pwd` stands for "print working directory". It is built into the shell.\n'
    assert _facts(text) == [(3, "command", "pwd", "pwd", "print working directory")]
    # words naming a thing stay the name's concept; the paragraph is no command line to run either
    text = '# Notes\n\n`tar` stands for "tape archive". It is old.\n\n## Pack\n\n```\n$ tar -cf a.tar docs\n```\n'
    assert _facts(text) == [
        (3, "concept", None, "tar", 'stands for "tape archive".'),
        (8, "command", "tar", "tar -cf a.tar docs", "Pack"),
    ]
