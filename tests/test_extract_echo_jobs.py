"""A job written with echo into the program that runs it (``echo "backup.sh" | at 23:00``): the line is at's, not
echo's, as ``cat data.json | jq .`` is jq's. Examples of our own."""

from __future__ import annotations

from conftest import draft

import pytest

from quizzer.shell import parse_invocation


@pytest.mark.parametrize(
    ("line", "command"),
    [
        ('echo "backup.sh" | at 23:00', "at"),
        ("echo 'make clean' | at now tomorrow", "at"),
        ('echo "sync" | sudo at midnight', "at"),
        ('printf "report.sh" | batch', "batch"),
        ('$ echo "tar cf a.tar dir" | at noon', "at"),
    ],
)
def test_a_job_echoed_into_its_runner_is_the_runners_line(line: str, command: str) -> None:
    invocation = parse_invocation(line)
    assert invocation is not None and invocation.command == command


@pytest.mark.parametrize(("line", "command"), [('echo "hello" | wc -c', "wc"), ('echo "a b" | tr " " "\\n"', "tr")])
def test_quoted_text_echoed_into_any_program_is_that_program_s_line(line: str, command: str) -> None:
    # knowledge.ECHOING_PROGRAMS: the quoted text is only the input shown to the program (tests/test_extract_printed_input.py)
    invocation = parse_invocation(line)
    assert invocation is not None and invocation.command == command


@pytest.mark.parametrize("line", ["echo $PATH | at now", "echo hello world | wc -w"])
def test_unquoted_words_echoed_stay_echo_s(line: str) -> None:
    invocation = parse_invocation(line)
    assert invocation is not None and invocation.command == "echo"


def test_a_commented_job_is_a_note_of_at() -> None:
    text = 'at 사용법\n\n```sh\n# 내일 아침에 백업 실행\necho "backup.sh" | at 07:00 tomorrow\n```\n'
    notes = [note for note in draft(text).notes if note.front.startswith("echo")]
    assert [note.command for note in notes] == ["at"]
    assert "내일 아침에 백업 실행" in notes[0].back and "at 07:00 tomorrow" in notes[0].answers
