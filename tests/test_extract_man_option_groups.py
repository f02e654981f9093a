"""A man page in pandoc markdown whose options stand in groups (``DISPLAY OPTIONS``, ``OUTPUT OPTIONS`` …), with a
sentence about the command under its usage and the command run bare among its examples."""

from __future__ import annotations

from conftest import facts as _notes


_PAGE = (
    "% shelf(1) v2.1\n\n"
    "NAME\n====\n\n"
    "shelf — a tidy list of your bookmarks\n\n"
    "SYNOPSIS\n========\n\n"
    "`shelf [options] [tags...]`\n\n"
    "**shelf** is a front end to the bookmarks file.\n"
    "It prints one bookmark a line.\n\n"
    "EXAMPLES\n========\n\n"
    "`shelf`\n: Prints every bookmark, newest first.\n\n"
    "GENERAL OPTIONS\n===============\n\n"
    "`-q`, `--quiet`\n: Print nothing but errors.\n\n"
    "OUTPUT OPTIONS\n==============\n\n"
    "`-@`, `--attributes`\n: Print each bookmark's attributes.\n\n"
    "`--width=COLS`\n: Wrap lines at COLS characters.\n"
)


def test_each_group_of_options_is_the_page_s_command_s() -> None:
    options = [n for n in _notes(_PAGE) if n[1] == "option"]
    assert options == [
        (25, "option", "shelf", "-q, --quiet", "Print nothing but errors."),
        (31, "option", "shelf", "-@, --attributes", "Print each bookmark's attributes."),
        (34, "option", "shelf", "--width", "Wrap lines at COLS characters."),
    ]


def test_a_group_heading_needs_a_man_page() -> None:
    notes = _notes("# Notes\n\nDISPLAY OPTIONS\n===============\n\n`-q`, `--quiet`\n: Print nothing but errors.\n")
    assert not [n for n in notes if n[1] == "option"]


def test_a_sentence_under_the_usage_is_no_usage() -> None:
    notes = _notes(_PAGE)
    assert [n[4] for n in notes if n[1] == "syntax"] == ["shelf [options] [tags...]"]


def test_the_command_run_bare_is_apart_from_what_the_name_line_says_it_is() -> None:
    notes = _notes(_PAGE)
    assert [n[4].split("\n")[0] for n in notes if n[1] == "concept"] == ["a tidy list of your bookmarks"]
    assert (19, "command", "shelf", "shelf", "Prints every bookmark, newest first.") in notes
