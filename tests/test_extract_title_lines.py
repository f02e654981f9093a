"""A task title over notes that hold one command line (title_lines.py), in examples of our own: the title says
what the line does."""

from __future__ import annotations

from conftest import facts


def _notes(title: str, code: str = "$ date +%s\n\n1733220000\n") -> str:
    return (
        f"# {title}\n"
        "\n"
        "A colleague showed me this one the other day.\n"
        "\n"
        "```sh\n"
        f"{code}"
        "```\n"
    )


def test_the_task_title_says_what_the_one_line_does() -> None:
    notes = facts(_notes("Print The Current Unix Time"))
    assert (1, "command", "date", "date +%s", "Print The Current Unix Time") in notes
    assert not [n for n in notes if n[3] == "date +%s" and "colleague" in n[4]]


def test_a_topic_title_says_nothing_of_the_line() -> None:
    assert not [n for n in facts(_notes("Unix Time")) if n[0] == 1]


def test_with_two_command_lines_the_title_is_the_notes_not_one_lines() -> None:
    two = "$ date +%s\n$ date -u\n"
    assert not [n for n in facts(_notes("Print The Current Unix Time", two)) if n[0] == 1]
