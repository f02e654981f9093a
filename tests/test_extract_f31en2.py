"""Shapes met in files 10-12 of the thirty-first fresh set (x-f31en2), each in examples of our own: long TIL prose
around a command (the author's story under its heading)."""

from __future__ import annotations

from conftest import facts, warned

from quizzer.extract.narration import tells_story


def test_the_authors_story_under_a_command_heading_is_no_card() -> None:
    text = (
        "# make -j\n\n"
        "I pulled this note out of my March newsletter so that it is easier to search for.\n\n"
        "```\n$ make -j8\n```\n"
    )
    assert all(back != "I pulled this note out of my March newsletter so that it is easier to search for."
               for *_, back in facts(text))
    assert 3 in warned(text)


def test_a_paragraph_naming_the_command_or_in_the_present_is_not_a_story() -> None:
    assert tells_story("We spent a week on this bug.", "strace")
    assert tells_story("I finally tracked it down.", "strace")
    assert not tells_story("I used strace to find it.", "strace")  # it names the command
    assert not tells_story("I use this to list open files.", "lsof")  # what it is used for, now
    assert not tells_story("Shows the system calls a process makes.", "strace")


def test_to_do_a_task_use_a_usage_line_over_its_block_is_the_task() -> None:
    text = (
        "# ack\n\nSome notes.\n\n"
        "To search every file of the tree, use `ack <pattern>`:\n"
        "```\n$ ack -i todo\nsrc/main.c:12: TODO free this\n```\n"
    )
    assert [(front, back) for *_, front, back in facts(text)] == [("ack -i todo", "To search every file of the tree")]


def test_a_usage_of_another_program_than_the_blocks_is_kept_whole() -> None:
    text = (
        "# search\n\nSome notes.\n\n"
        "To search every file of the tree, use `grep -r <pattern>`:\n"
        "```\n$ ack TODO\n```\n"
    )
    assert all(back != "To search every file of the tree" for *_, back in facts(text))


def test_a_command_in_code_then_a_tool_which_lets_you_is_what_it_does() -> None:
    text = (
        "# Notes\n\n"
        "Last week I cleaned up a branch with `git rebase` - a tool which lets you replay commits on top of "
        "another base.\n"
    )
    assert [(kind, command, front, back) for _, kind, command, front, back in facts(text)] == [
        ("command", "git rebase", "git rebase", "replay commits on top of another base")]
    comma = "# Notes\n\nWe rely on `rsync`, a program that copies only the parts of files that changed.\n"
    assert [(front, back) for *_, front, back in facts(comma)] == [
        ("rsync", "copies only the parts of files that changed")]


def test_a_line_with_arguments_before_a_tool_which_is_not_read() -> None:
    text = "# Notes\n\nI ran `git rebase -i HEAD~3` - a tool which lets you rewrite the last commits.\n"
    assert facts(text) == []


def test_a_program_has_an_option_then_with_that_option_enabled_says_what_it_does() -> None:
    text = (
        "# Quieter Shell History\n\n"
        "`bash` has a neat trick for this with the `histappend` option. With that\n"
        "option enabled, every session adds its lines to the history file instead of\n"
        "overwriting it.\n"
    )
    assert [(kind, command, front, back) for _, kind, command, front, back in facts(text)] == [
        ("option", "bash", "histappend",
         "every session adds its lines to the history file instead of overwriting it")]


def test_a_program_in_code_then_a_verb_of_having_is_no_term_and_its_definition() -> None:
    # "`tar` has …": what tar has, not what tar is or does (and no next sentence says what the option does)
    text = "# Notes\n\n`tar` has a lot of history behind it, and\nmany people learnt it by heart.\n"
    assert facts(text) == []


def test_a_definition_going_on_with_or_is_one_definition() -> None:
    # "Or …" gives another way to the same end: not the remark after a definition, kept as context
    from quizzer.extract.defining import split

    assert split("Open it from the Start menu. Or press Win+R and type its name.") == (
        "Open it from the Start menu. Or press Win+R and type its name.", None)
    assert split("시작 메뉴에서 연다. 또는 Win+R 을 누른다.") == ("시작 메뉴에서 연다. 또는 Win+R 을 누른다.", None)
    assert split("Open it from the Start menu. It starts slowly.") == ("Open it from the Start menu.", "It starts slowly.")
    text = "### Start\n\n- Opening Notepad: Open it from the Start menu. Or press Win+R and type its name.\n"
    assert [(front, back) for *_, front, back in facts(text)] == [
        ("Opening Notepad", "Open it from the Start menu. Or press Win+R and type its name.")]


def test_one_label_over_lines_of_different_commands_is_warned_not_dropped() -> None:
    # "- Removing a file or folder:" over "del …" and "rmdir …": which line does which is not said; each line warned
    text = (
        "### Files\n\n"
        "- Removing a file or folder:\n    ```sh\n    del notes.txt\n    rmdir OldFolder\n    ```\n"
    )
    assert facts(text) == []
    assert {5, 6} <= set(warned(text))


def test_and_a_verb_and_it_over_a_block_goes_on_from_the_sentence_before() -> None:
    # x-f31en2 (fresh21 12): "And prepend it …" continues a sentence cut by the block above; "it" is named there
    text = (
        "# Fixing the prompt\n\n"
        "The fix is to print the install prefix\n\n"
        "```sh\necho \"$(npm prefix -g)/bin\"\n```\n\n"
        "And append it to the `PATH` variable\n\n"
        "```sh\nexport PATH=\"$PATH:/usr/local/bin\"\n```\n"
    )
    assert all(not back.startswith("And append it") for *_, back in facts(text))
    assert 9 in warned(text)
