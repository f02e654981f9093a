"""Defects review8 found on main (fx10), each in examples of our own words."""

from __future__ import annotations

import pytest
from conftest import draft

from quizzer.extract.knowledge import FILTERS, PROGRAM_VERBS
from quizzer.shell import cat_first


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


def test_a_data_file_fed_to_a_program_that_runs_what_it_reads_stays_the_file_s_line() -> None:
    # [cat-first-feeds-runner]: "xargs npm install" or "sh" typed alone would wait on the keyboard, no right answer
    text = (
        "# Project setup\n\nInstall the tools the team pinned:\n\n```sh\ncat tools.txt | xargs npm install -g\n```\n\n"
        "Load the seed data into the dev database:\n\n```sh\ncat seed.txt | sudo -u app mysql devdb\n```\n"
    )
    notes = draft(text).notes
    assert [n.command for n in notes] == ["cat", "cat"]
    assert not [a for n in notes for a in n.answers if not a.startswith("cat ")]
    assert cat_first("cat steps.txt | sh") is None
    assert cat_first("cat queries.txt | psql shop") is None


@pytest.mark.parametrize("program", sorted(FILTERS))
def test_each_filter_reading_a_data_file_is_the_line_s_command(program: str) -> None:
    assert cat_first(f"$ cat orders.csv | {program} -n 3") == f"{program} -n 3"


def test_a_subject_naming_the_heading_s_own_idea_in_another_form_is_the_heading_s_meaning() -> None:
    # [lets-you-gerund-subject]: "Rebasing" under "## Rebase" is the heading's idea, not another thing
    text = (
        "# Git notes\n\n## Rebase\n\nRebasing lets you replay your commits on top of another branch.\n\n"
        "## Caches\n\nCaching allows you to skip work whose inputs did not change.\n\n"
        "## Tags and releases\n\nSigning lets you prove who made a tag.\n"
    )
    fronts = {n.front: n.back for n in draft(text).notes}
    assert fronts.get("Rebase") == "Rebasing lets you replay your commits on top of another branch"
    assert fronts.get("Caches") == "Caching allows you to skip work whose inputs did not change"
    assert "Tags and releases" not in fronts
