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


def test_a_flag_named_in_words_after_the_task_is_left_off() -> None:
    # x-f35en2: "…, use the recursive-delete flag:": which flag, named in words, is a fact of that flag, not the task
    text = "# du\n\n## Everything\n\nTo count every file in the tree, use the apparent-size option:\n\n```sh\ndu -a --apparent-size\n```\n"
    assert _backs(text) == ["To count every file in the tree"]


def test_the_last_sentence_saying_what_for_then_what_to_use_is_what_the_block_does() -> None:
    # x-f35en2: the sentences before it say what the program does by default (a fact of the program, no line's), the
    # last one, "To …, use …:", leads into the block; a paragraph too long to be read whole
    text = (
        "# du\n\n## Everything\n\nBy default, `du` prints one total per folder and leaves out the files inside each of "
        "them, which keeps the output short on a big tree of folders. To count every single file (hidden ones too) in "
        "the tree, use the all flag:\n\n```sh\ndu -a\n```\n"
    )
    assert _backs(text) == ["To count every single file (hidden ones too) in the tree"]


def test_a_last_sentence_that_is_no_purpose_leaves_a_long_paragraph_unread() -> None:
    # "It is run like this:" says nothing of what for: the long paragraph is still not one sentence pointing at the block
    text = (
        "# du\n\n## Everything\n\nBy default, `du` prints one total per folder and leaves out the files inside each of "
        "them, which keeps the output short on a big tree of folders and spares the terminal a long scroll of names. "
        "It is run like this, with no arguments at all:\n\n```sh\ndu -a\n```\n"
    )
    assert "To count" not in " ".join(_backs(text))
    assert all("By default" not in back for back in _backs(text))
