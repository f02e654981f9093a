"""A name in code defined as a command-line program by what it does (issue 6, x-f29en2).

```gzip` is a command-line utility that compresses files.``: what running it does, a command note whose back is
the clause after "that"; opening notes with no title, it names the program an option table further down belongs
to.  "`less` is a pager." stays what the word is.  Examples of our own.
"""

from __future__ import annotations

from conftest import facts as _facts, warned


def test_a_command_line_utility_that_does_something_is_a_command_note() -> None:
    text = "`gzip` is a command-line utility that compresses files and restores them.\n"
    assert _facts(text) == [(1, "command", "gzip", "gzip", "compresses files and restores them.")]


def test_the_same_sentence_in_a_quote_with_the_name_in_bold() -> None:
    text = "> **`gzip`** is a small CLI tool which compresses files.\n> \n"
    assert _facts(text) == [(1, "command", "gzip", "gzip", "compresses files.")]


def test_opening_the_notes_it_names_the_program_of_an_option_table() -> None:
    text = (
        "> **`pigz`** is a command-line utility that compresses files on all cores.\n\n"
        "## Flags\n\n| Flag | Description |\n| --- | --- |\n| `-k` | Keep the input files. |\n| `-p <n>` | Use n threads. |\n"
    )
    assert _facts(text) == [
        (1, "command", "pigz", "pigz", "compresses files on all cores."),
        (7, "option", "pigz", "-k", "Keep the input files."),
        (8, "option", "pigz", "-p", "Use n threads."),
    ]


def test_a_kind_of_program_alone_is_what_the_word_is() -> None:
    assert _facts("`less` is a pager.\n") == [(1, "concept", None, "less", "a pager.")]


def test_a_command_line_with_arguments_is_no_program_defined() -> None:
    text = "`gzip -d` is a command-line utility that restores files.\n"
    assert [f for f in _facts(text) if f[1] == "command" and f[4] == "restores files."] == []


def test_a_later_definition_does_not_name_the_notes_program() -> None:
    text = (
        "## About\n\n`pigz` is a command-line utility that compresses files on all cores.\n\n"
        "## Flags\n\n| Flag | Description |\n| --- | --- |\n| `-k` | Keep the input files. |\n"
    )
    assert [f for f in _facts(text) if f[1] == "option"] == []


def test_the_back_ends_with_the_sentence_and_the_next_is_warned() -> None:
    text = "`restic` is a command-line tool that encrypts snapshots before upload. I run it every night.\n"
    assert (1, "command", "restic", "restic", "encrypts snapshots before upload.") in _facts(text)
    assert 1 in warned(text)
