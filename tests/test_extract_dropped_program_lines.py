"""A line of a block that drops the program its neighbours name (``$ stash pop`` among ``$ git stash …`` lines): the
author's slip; the line is that program's sub-command, kept as written. Examples of our own."""

from __future__ import annotations

from conftest import draft


def test_the_line_is_the_sub_command_its_neighbours_run() -> None:
    text = (
        "# git 메모\n\n```bash\n"
        "$ git stash push -m wip\t\t# 변경을 잠시 치워 둔다\n"
        "$ stash pop\t\t\t# 치워 둔 변경을 되돌린다\n"
        "```\n"
    )
    notes = {note.front: note.command for note in draft(text).notes}
    assert notes == {"git stash push -m wip": "git stash push", "stash pop": "git stash pop"}


def test_a_program_of_its_own_keeps_its_name() -> None:
    text = "# git 메모\n\n```bash\n$ git log --oneline\t# 한 줄씩 본다\n$ less log.txt\t# 파일을 넘겨 본다\n```\n"
    assert {note.command for note in draft(text).notes} == {"git log", "less"}


def test_a_word_no_neighbour_runs_is_left_as_it_is() -> None:
    text = "# git 메모\n\n```bash\n$ git status\t# 상태를 본다\n$ stash pop\t# 되돌린다\n```\n"
    assert "git stash" not in {note.command for note in draft(text).notes}
