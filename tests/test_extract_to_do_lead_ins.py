"""A lead-in over a block saying the task, then telling to run what follows (``To see the log, run:``, ``To list
the snapshots, use this:``): the card says the task; the words telling to run it say nothing of the line (x-f27en)."""

from __future__ import annotations

from conftest import facts


def _backs(text: str) -> list[str]:
    return [back for _line, kind, _command, _front, back in facts(text) if kind == "command"]


def test_the_telling_to_run_after_the_task_is_left_off() -> None:
    text = (
        "# git\n\nTo see the short log, run:\n\n    git log --oneline\n\n"
        "To list every branch, use this:\n\n    git branch -a\n\n"
        "To drop the stash you can use the following command:\n\n    git stash drop\n"
    )
    assert _backs(text) == ["To see the short log", "To list every branch", "To drop the stash"]


def test_a_task_ending_in_a_word_that_is_also_a_verb_stays_whole() -> None:
    text = "# make\n\nTo start a dry run:\n\n    make -n\n\nTo list the files by type:\n\n    ls -X\n"
    assert _backs(text) == ["To start a dry run", "To list the files by type"]


def test_a_sentence_pointing_at_the_example_after_the_task_is_left_off() -> None:
    # (x-f34en2) "To …, use `line`. For example:" over a block running that line at zsh's prompt
    text = (
        "# Notes\n\n## Timers\n\nTo see when each timer fires next, use `systemctl list-timers`. For example:\n\n"
        "```\n~ % systemctl list-timers\nNEXT  LEFT  LAST  PASSED  UNIT\n```\n"
    )
    assert _backs(text) == ["To see when each timer fires next"]
