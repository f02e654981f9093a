"""A sentence between two code blocks that ends in a colon leads into the block below it when what it quotes of the
block above is only that block's program, or when the block above is what a run printed (paths, no command line);
quoting a part of a command line above (a flag, a file's ending) it still speaks of that line
(quizzer/extract/below_block.py), in examples of our own (x-f35en3)."""

from __future__ import annotations

from conftest import draft, facts

_PROGRAM_NAMED = (
    "# curl\n"  # 1
    "\n"
    "Fetch a page and print it:\n"  # 3
    "\n"
    "    curl <url>\n"  # 5
    "\n"
    "\n"
    "Fetch a page on the older builds\n"  # 8
    "of `curl`:\n"
    "\n"
    "    curl -L <url>\n"  # 11
)


def test_a_colon_sentence_naming_only_the_program_leads_into_the_block_below() -> None:
    assert [(line, front, back) for line, _, _, front, back in facts(_PROGRAM_NAMED)] == [
        (5, "curl", "Fetch a page and print it"),
        (11, "curl -L", "Fetch a page on the older builds of curl"),
    ]


_AFTER_OUTPUT = (
    "## Backups\n"  # 1
    "\n"
    "Mine holds these:\n"  # 3
    "\n"
    "```\n"
    "/srv/dumps/main.sql.gz\n"  # 6
    "/srv/dumps/logs.sql.gz\n"
    "```\n"
    "\n"
    "You can load one into the server by dropping the `.gz` ending. For example:\n"  # 10
    "\n"
    "    psql -f /srv/dumps/main.sql\n"  # 12
)


def test_a_colon_sentence_under_printed_paths_leads_into_the_block_below() -> None:
    assert [(line, command, front, back) for line, _, command, front, back in facts(_AFTER_OUTPUT)] == [
        (12, "psql", "psql -f /srv/dumps/main.sql", "You can load one into the server by dropping the .gz ending"),
    ]


def test_a_colon_sentence_quoting_a_part_of_a_command_line_above_is_not_the_next_blocks() -> None:
    text = (
        "## Pack\n\n```\ntar -czf site.tar.gz site/\n```\n\n"
        "The `.gz` ending says it is compressed. For example:\n\n    ls -l site.tar.gz\n"
    )
    assert not any(note.command == "ls" for note in draft(text).notes)


def test_without_a_colon_a_sentence_naming_the_program_is_still_not_the_next_blocks() -> None:
    text = (
        "# curl\n\nFetch a page and print it:\n\n    curl <url>\n\n\n"
        "On older builds `curl` needs this.\n\n    curl -L <url>\n"
    )
    assert not any("older builds" in note.back for note in draft(text).notes)
