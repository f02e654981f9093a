"""Defects review8 found on main (fx10), each in examples of our own words."""

from __future__ import annotations

import pytest
from conftest import draft

from quizzer.extract.knowledge import FILTERS, PROGRAM_VERBS
from quizzer.shell import parse_invocation, read_into


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
    assert read_into("cat steps.txt | sh") is None
    assert read_into("cat queries.txt | psql shop") is None


@pytest.mark.parametrize("program", sorted(FILTERS))
def test_each_filter_reading_a_data_file_is_the_line_s_command(program: str) -> None:
    assert read_into(f"$ cat orders.csv | {program} -n 3") == f"{program} -n 3"


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


def test_a_file_read_into_a_command_is_read_one_way_whichever_way_it_is_written() -> None:
    # [cat-first-two-ways]: "< FILE cmd" and "cat FILE | cmd" are one idea, read by one helper in parse_invocation
    redirected = parse_invocation("< sales.csv sort -t, -k2 | head -n 5")
    piped = parse_invocation("$ cat sales.csv | sort -t, -k2 | head -n 5")
    assert redirected is not None and piped is not None
    assert (redirected.command, redirected.flags, redirected.piped) == (piped.command, piped.flags, piped.piped)
    assert piped.command == "sort" and piped.piped
    assert read_into("< sales.csv sort -t, -k2") == read_into("cat sales.csv | sort -t, -k2") == "sort -t, -k2"
    text = "# Sales\n\n- `< sales.csv wc -l`: how many rows\n- `cat sales.csv | sort -u`: each row once\n"
    answers = {n.back: n.answers for n in draft(text).notes}
    assert "wc -l" in answers["how many rows"] and "sort -u" in answers["each row once"]
    # a runner or a system file stays cat's line
    cat_line = parse_invocation("cat requirements.txt | xargs pip install")
    assert cat_line is not None and cat_line.command == "cat"


def test_the_file_shown_before_the_line_reading_it_is_no_step_of_its_own() -> None:
    text = (
        "# tr\n\n## Keep only the vowels\n\n```sh\n$ cat words.txt\nan apple a day\n\n"
        "$ cat words.txt | tr -cd aeiou\naaeaa\n```\n"
    )
    notes = draft(text).notes
    assert [(n.line, n.command, n.front, n.back) for n in notes] == [
        (9, "tr", "cat words.txt | tr -cd aeiou", "Keep only the vowels")
    ]


def test_a_longer_word_sharing_the_heading_s_start_is_another_thing() -> None:
    # review9 [stem-prefix-other-thing]: "Makefile" is not "## Make", "Printers" not "## Printing"
    text = (
        "# Build notes\n\n## Make\n\nMakefile is the file of rules a build reads.\n\n"
        "## Printing\n\nPrinters are listed by lpstat.\n\n## Replication\n\nReplicating lets you keep a copy of every table.\n"
    )
    fronts = {n.front: n.back for n in draft(text).notes}
    assert "Make" not in fronts and "Printing" not in fronts
    assert fronts.get("Replication") == "Replicating lets you keep a copy of every table"


def test_a_flag_said_to_reach_a_kind_of_thing_is_the_flag_s_card() -> None:
    # review9 [by-using-verb-plus-object]: "list dotfiles" is what -A adds to ls; "the folder" would be the line's
    text = "# Shell\n\nYou can list dotfiles too by using the `-A` flag.\n\n```bash\nls -A ~/work\n```\n"
    assert ("flag", "-A", "list dotfiles too") in [(n[1], n[3], n[4]) for n in _notes(text)]
