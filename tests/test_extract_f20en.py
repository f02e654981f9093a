"""Shapes met in the English half of the twentieth fresh set (x-f20en), each in examples of our own: a
cheat sheet's variable line (``$ name: command``)."""

from __future__ import annotations

from conftest import draft


def _notes(text: str) -> list[tuple[int, str, str | None, str, str]]:
    return [(n.line, n.kind.value, n.command, n.front, n.back) for n in draft(text).notes]


def test_a_cheat_sheet_variable_filled_by_a_command_is_not_what_the_command_does() -> None:
    text = (
        "% docker\n\n"
        "# Stop a container\n"
        "docker stop <container_id>\n\n"
        "$ container_id: docker ps | awk 'NR>1 { print $1 }'\n"
        "$ image: docker images --format '{{.Repository}}'\n"
        "${branch}: git branch | cut -c3-\n"
    )
    notes = _notes(text)
    assert notes == [(4, "command", "docker stop", "docker stop", "Stop a container")]
    assert {w.line for w in draft(text).warnings} >= {6, 7}


def test_a_label_then_the_command_still_makes_its_card() -> None:
    text = "# docker\n\nlist running containers: docker ps\nPrice: $ 5 per month\n"
    notes = _notes(text)
    assert [(n[0], n[3], n[4]) for n in notes if n[0] == 3] == [(3, "docker ps", "list running containers")]
    assert not [n for n in notes if n[0] == 4 and n[1] == "command"]


def test_a_row_of_aligned_columns_under_a_heading_is_not_what_the_heading_names() -> None:
    text = (
        "# Editing\n\n"
        "  Delete the line                 dd\n"
        "  Paste below                     p\n\n"
        "# Buffers\n\n"
        "  Next buffer\t:bnext\n\n"
        "# Macros\n\n"
        "A macro is a recorded run of keys you can play again.\n"
    )
    notes = _notes(text)
    assert not [n for n in notes if n[3] in ("Editing", "Buffers")]
    assert (12, "concept", None, "Macros", "A macro is a recorded run of keys you can play again") in notes


def test_a_colon_in_the_right_column_of_aligned_columns_splits_no_term() -> None:
    text = "# Files\n\n  Modeline        -*- coding: utf-8 -*-\n  Tab width       vim: set ts=4:\n\nUmask: the bits a new file does not get.\n"
    notes = _notes(text)
    assert not [n for n in notes if n[0] in (3, 4)]
    assert (6, "concept", None, "Umask", "the bits a new file does not get.") in notes
