"""Shapes met in the Korean half of the twentieth fresh set (x-f20ko), each in examples of our own: a file read
out whole with ``cat`` into the command that does the work."""

from __future__ import annotations

from conftest import draft

from quizzer.shell import cat_first


def test_a_file_read_out_with_cat_into_a_command_is_a_card_of_that_command() -> None:
    text = (
        "# 로그 다루기\n\n"
        "오류가 난 줄만 골라 보고 싶다면 아래와 같이 실행합니다.\n\n"
        "```sh\n"
        "$ cat server.log | grep -i error\n"
        "```\n"
    )
    [note] = draft(text).notes
    assert note.command == "grep"
    assert note.front == "cat server.log | grep -i error"
    assert "grep -i error" in note.answers  # typed without cat, reading the file itself, it is right too


def test_cat_of_one_file_piped_is_read_as_the_command_after_the_pipe() -> None:
    assert cat_first("$ cat notes.txt | sort -u") == "sort -u"
    assert cat_first("cat ~/.ssh/id_ed25519.pub | pbcopy") == "pbcopy"
    # two files, no file, prose or no pipe: cat's own line
    assert cat_first("cat a.txt b.txt | sort") is None
    assert cat_first("cat | sort") is None
    assert cat_first("cat notes.txt") is None
    assert cat_first("cat notes.txt | 정렬한다") is None
