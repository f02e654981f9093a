"""Defects review8 found on main (fx10), each in examples of our own words."""

from __future__ import annotations

import pytest
from conftest import draft

from quizzer.extract.knowledge import PROGRAM_VERBS


def _notes(text: str) -> list[tuple[int, str, str | None, str, str]]:
    return [(n.line, n.kind.value, n.command, n.front, n.back) for n in draft(text).notes]


def test_a_flag_said_to_do_what_its_program_does_anyway_leaves_the_sentence_to_the_line() -> None:
    # [by-using-program-verb]: wget fetches the page with or without -q; -q does not "fetch the page"
    text = (
        "# Mirrors\n\n## Quietly\n\nYou can fetch the page by using the `-q` flag.\n\n"
        "```bash\nwget -q https://example.com/index.html\n```\n"
    )
    notes = _notes(text)
    assert not [n for n in notes if n[1] == "flag"]
    assert (8, "command", "wget", "wget -q https://example.com/index.html",
            "You can fetch the page by using the -q flag.") in notes


def test_a_flag_said_to_widen_what_its_program_does_is_still_a_flag_card() -> None:
    text = (
        "# Backups\n\n## Folders\n\nYou can copy every file below the folder by using the `-R` flag.\n\n"
        "```bash\ncp -R logs/ /mnt/backup\n```\n"
    )
    assert ("flag", "-R", "copy every file below the folder") in [(n[1], n[3], n[4]) for n in _notes(text)]


@pytest.mark.parametrize(
    ("program", "verb"), sorted((program, verb) for program, verbs in PROGRAM_VERBS.items() for verb in verbs)
)
def test_each_program_verb_is_what_the_line_does_not_its_flag(program: str, verb: str) -> None:
    text = f"# Notes\n\n## Example\n\nYou can {verb} the report by using the `-v` flag.\n\n```bash\n{program} -v report.csv\n```\n"
    notes = _notes(text)
    assert not [n for n in notes if n[1] == "flag"]
    assert [n[4] for n in notes if n[1] == "command"] == [f"You can {verb} the report by using the -v flag."]
