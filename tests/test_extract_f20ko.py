"""Shapes met in the Korean half of the twentieth fresh set (x-f20ko), each in examples of our own: a file read
out whole with ``cat`` into the command that does the work."""

from __future__ import annotations

from conftest import draft

import pytest

from quizzer.extract.knowledge import DATA_FILE_EXTENSIONS
from quizzer.shell import read_into


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
    assert read_into("$ cat notes.txt | sort -u") == "sort -u"
    assert read_into("cat data/users.csv | cut -d, -f1") == "cut -d, -f1"
    # a key, a device or a system file is what the line is about; two files, no file, prose or no pipe: cat's own
    assert read_into("cat ~/.ssh/id_ed25519.pub | pbcopy") is None
    assert read_into("cat /proc/cpuinfo | grep 'model name'") is None
    assert read_into("cat /dev/urandom | tr -dc 'a-z' | head -c 16") is None
    assert read_into("cat /var/log/syslog.log | grep error") is None
    assert read_into("cat a.txt b.txt | sort") is None
    assert read_into("cat | sort") is None
    assert read_into("cat notes.txt") is None
    assert read_into("cat notes.txt | 정렬한다") is None


def test_a_comment_that_is_the_usage_of_the_line_under_it_is_not_what_it_does() -> None:
    text = (
        "# 압축\n\n"
        "```sh\n"
        "# tar -czf [보관 파일] [폴더]\n"
        "$ tar -czf backup.tgz photos\n"
        "```\n"
    )
    notes = draft(text).notes
    assert all("[폴더]" not in note.back for note in notes)
    assert any("usage of the line below" in warning.message for warning in draft(text).warnings)


def test_a_comment_naming_another_command_or_no_placeholder_still_says_what_the_line_does() -> None:
    text = (
        "# 압축\n\n"
        "```sh\n"
        "# 사진 폴더를 [보관 파일]로 묶기\n"
        "$ tar -czf backup.tgz photos\n"
        "```\n"
    )
    [note] = draft(text).notes
    assert "사진 폴더를 [보관 파일]로 묶기" in note.back


@pytest.mark.parametrize("extension", sorted(DATA_FILE_EXTENSIONS))
def test_each_data_file_extension_is_read_out_into_the_command(extension: str) -> None:
    assert read_into(f"$ cat report.{extension} | wc -l") == "wc -l"


@pytest.mark.parametrize(("comment", "line"), [
    ("ssh into <host> with the deploy key", "ssh -i ~/.ssh/deploy web1.example.org"),
    ("docker run <image> detached, so the shell comes back", "docker run -d nginx"),
    ("git push [branch] for the first time and remember where it goes", "git push -u origin feature-login"),
])
def test_a_gloss_starting_with_the_program_and_a_placeholder_still_glosses_the_line(comment: str, line: str) -> None:
    [note] = draft(f"# 원격\n\n```sh\n# {comment}\n$ {line}\n```\n").notes
    assert comment in note.back


def test_a_usage_comment_over_the_same_command_run_as_root_is_its_usage() -> None:
    text = (
        "# 파일 쓰기\n\n"
        "```sh\n"
        "# tee {파일} {입력}\n"
        "sudo tee /etc/motd < motd.txt\n"
        "```\n"
    )
    deck = draft(text)
    assert all("{파일}" not in note.back for note in deck.notes)
    assert any("usage of the line below" in warning.message for warning in deck.warnings)
