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


def test_how_to_do_something_using_a_program_in_quotes_or_backticks() -> None:
    # (x-f34en2) the title's task is what the program does, the program named last
    for title in ('# How to list what a zip holds using "unzip"', "# How to list what a zip holds with `unzip`"):
        assert facts(title + "\n\nSome words.\n") == [
            (1, "command", "unzip", "unzip", "list what a zip holds")
        ], title
    # a program of two words, a sub-command of one quizzer knows
    text = '# How to save a repository to one file using "git bundle"\n\nIt works offline.\n'
    assert facts(text) == [(1, "command", "git bundle", "git bundle", "save a repository to one file")]
    # no doing, or a program neither known nor run: no card
    assert facts("# How to stay sane using `vim`\n\nWords.\n") == []
    assert facts('# How to make slides using "frobnix"\n\nWords.\n') == []


def test_how_to_do_something_using_a_program_of_sub_commands_alone_is_no_card_of_it() -> None:
    # "docker" does not list containers, its sub-command "docker ps" does: the title's task is one sub-command's,
    # which it does not name (the card 'docker → list containers')
    for title in ("# How to list containers with `docker`", '# How to show the cluster\'s pods using "kubectl"'):
        assert [f for f in facts(title + "\n\nSome words.\n") if f[0] == 1] == [], title
    # named with its sub-command, it is that sub-command's card
    assert facts("# How to list containers with `docker ps`\n\nSome words.\n") == [
        (1, "command", "docker ps", "docker ps", "list containers")
    ]
