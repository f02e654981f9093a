"""Numbered values written in a run on one line (``Exit code `0` OK. `1` …``; issue 6, x-f11), our own examples."""

from __future__ import annotations

from conftest import draft as _draft


def test_each_number_of_a_run_is_a_value_with_its_meaning() -> None:
    text = (
        "# grep\n\n"
        "* Exit status `0` A line was selected. `1` No line was selected. `2` An error occurred in `stdin`. See man.\n"
    )
    notes = _draft(text).notes
    assert [(n.kind.value, n.command, n.front, n.back, n.line) for n in notes] == [
        ("concept", "grep", "0", "A line was selected", 3),
        ("concept", "grep", "1", "No line was selected", 3),
        ("concept", "grep", "2", "An error occurred in stdin", 3),
    ]
    assert {n.context for n in notes} == {"Exit status"}


def test_numbers_without_meanings_or_out_of_turn_are_no_run() -> None:
    for text in (
        "# Notes\n\n* Levels `1` `2` `3` are allowed\n",
        "# Notes\n\n* Codes `2` Bad. `1` Worse. `0` Fine.\n",
        "# Notes\n\n* Only `0` Fine. `1` Bad.\n",
    ):
        assert all(n.reason != "numbered value in a run of them on one line" for n in _draft(text).notes)
