"""'### Cherry-pick command' in notes about git: a heading naming one of the notes' program's sub-commands with the
word for command; the paragraph under it says what that sub-command does (rules._heading), in examples of our own."""

from __future__ import annotations

from conftest import facts


def _notes(heading: str, paragraph: str) -> str:
    return (
        "# Moving commits around in git\n"
        "\n"
        "```\n"
        "git checkout main\n"
        "git log --oneline\n"
        "```\n"
        "\n"
        f"### {heading}\n"
        f"{paragraph}\n"    # line 9
    )


def test_the_paragraph_says_what_the_named_sub_command_does() -> None:
    notes = facts(_notes("Cherry-pick command", "This copies one commit onto the branch you are on."))
    assert (9, "command", "git cherry-pick", "git cherry-pick", "This copies one commit onto the branch you are on.") in notes


def test_a_last_sentence_saying_where_to_read_more_is_left_off() -> None:
    notes = facts(_notes("Cherry-pick command", "This copies one commit onto your branch. See [the manual](https://example.org) for details."))
    assert [n[4] for n in notes if n[0] == 9] == ["This copies one commit onto your branch."]


def test_a_heading_of_many_commands_is_no_one_sub_commands() -> None:
    assert not [n for n in facts(_notes("Cherry-pick commands", "These copy commits around.")) if n[0] == 9]
