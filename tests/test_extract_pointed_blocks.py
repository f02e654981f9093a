"""A block the text above only points at ("… you can run the following command:"), said by "This command will …"
under it; and a usage of another sub-command, which is not joined to the program's first usage."""

from __future__ import annotations

from conftest import facts, warned


def test_the_sentence_under_the_block_says_what_it_does() -> None:
    text = (
        "# Tool\n\n"
        "To see every job at once, you can run the following command:\n\n"
        "```\nqueue list --all\n```\n\n"
        "This command will print the jobs of every user, oldest first.\n"
    )
    assert facts(text) == [(9, "command", "queue", "queue list --all", "print the jobs of every user, oldest first")]


def test_inside_a_numbered_step_too() -> None:
    text = (
        "# Setup\n\n"
        "1. Once the archive is unpacked, open a terminal and run the following command to set it up:\n\n"
        "   ```\n   ./setup.sh --user\n   ```\n\n"
        "   This will copy the scripts into your home folder.\n"
    )
    assert [(n[0], n[3], n[4]) for n in facts(text) if n[1] == "command"] == [
        (9, "./setup.sh --user", "copy the scripts into your home folder")
    ]


def test_with_nothing_under_it_no_card_and_a_warning() -> None:
    text = (
        "# Tool\n\n"
        "When the upload is done, you can check it by running the following command:\n\n"
        "```\nqueue status\n```\n\n"
        "If it went well, the job shows as finished.\n"
    )
    assert facts(text) == []
    assert 6 in warned(text)


def test_a_sentence_that_opens_with_what_to_do_says_it_itself() -> None:
    text = (
        "# Tool\n\n"
        "Remove the finished jobs by running the following command:\n\n"
        "```\nqueue prune\n```\n"
    )
    assert [(n[3], n[4]) for n in facts(text)] == [("queue prune", "Remove the finished jobs by running the following command")]


def test_this_command_is_no_doing() -> None:
    text = (
        "# Tool\n\n"
        "After a restart, you can run the following command:\n\n"
        "```\nqueue resume\n```\n\n"
        "This command is safe to run twice.\n"
    )
    assert facts(text) == []


def test_a_usage_of_another_sub_command_is_not_joined_to_the_first() -> None:
    text = (
        "# Tool\n\n"
        "```\nqueue <command> [options]\n```\n\n"
        "- `queue push`: Adds a job to the queue.\n\n"
        "  - Syntax: `queue push [options]`\n"
    )
    notes = facts(text)
    assert [n[4] for n in notes if n[1] == "syntax"] == ["queue <command> [options]"]
    assert 9 in warned(text)
