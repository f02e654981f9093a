"""'The `x` command will A, `y` will only B.': a sentence saying what a command does, and in contrast what a second
one does (narrative.definition_sentence), in examples of our own."""

from __future__ import annotations

from conftest import facts


def _notes(sentence: str) -> str:
    return (
        "# Sharing changes with git\n"
        "\n"
        "## Get the commits\n"
        "\n"
        "```\n"
        "git pull origin main\n"
        "git log -3\n"
        "```\n"
        "\n"
        f"{sentence}\n"   # line 10
    )


def test_each_command_gets_its_own_half_of_the_sentence() -> None:
    notes = facts(_notes("The `pull` command will merge what it downloads, `fetch` will only download it."))
    assert (10, "command", "git pull", "git pull", "will merge what it downloads") in notes
    assert (10, "command", "git fetch", "git fetch", "will only download it") in notes


def test_a_sub_command_of_the_notes_program_is_named_with_it() -> None:
    notes = facts(_notes("The `fetch` command will download the remote's new commits."))
    assert [n for n in notes if n[0] == 10] == [
        (10, "command", "git fetch", "git fetch", "will download the remote's new commits")]


def test_a_clause_without_a_second_command_in_code_stays_with_the_first() -> None:
    notes = facts(_notes("The `fetch` command will download the commits, it will not touch your files."))
    assert [n[2] for n in notes if n[0] == 10] == ["git fetch"]
