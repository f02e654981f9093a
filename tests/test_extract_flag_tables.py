"""Tables of a program's flags (issue 6): a short and a long spelling in one cell, a system named after the flag, a
line naming what the tables list; each with examples of our own."""

from __future__ import annotations

from conftest import facts as _facts

_TABLE = """# grep

Some handy or commonly-used flags

| Flag | Description |
| --- | --- |
| `-i --ignore-case` | Match without regard to case. |
| `-P` (Linux) | Read the pattern as a Perl regex. |
| `-r --recursive` (macOS) | Search every file under a folder. |
| `-c` | Count the matching lines. |
"""


def test_a_short_and_a_long_flag_in_one_cell_are_one_option() -> None:
    assert (7, "option", "grep", "-i, --ignore-case", "Match without regard to case.") in _facts(_TABLE)


def test_a_system_named_after_the_flag_says_where_it_applies_and_is_no_part_of_it() -> None:
    found = _facts(_TABLE)
    assert (8, "option", "grep", "-P", "Read the pattern as a Perl regex.") in found
    assert (9, "option", "grep", "-r, --recursive", "Search every file under a folder.") in found


def test_a_line_naming_what_the_tables_list_says_nothing_the_program_does() -> None:
    assert [fact for fact in _facts(_TABLE) if fact[1] == "command"] == []


def test_two_short_flags_in_one_cell_are_not_read_as_two_spellings() -> None:
    text = "# grep\n\n| Flag | Description |\n| --- | --- |\n| `-v -c` | Count the lines that do not match. |\n"
    assert [fact for fact in _facts(text) if fact[1] == "option"] == []


def test_a_short_and_a_long_flag_need_a_column_of_flags() -> None:
    text = "# grep\n\n| Example | Description |\n| --- | --- |\n| `-i --ignore-case` | Match without regard to case. |\n"
    assert [fact for fact in _facts(text) if fact[1] == "option"] == []
