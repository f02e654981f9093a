"""A line piping into the program its section is about is an example of that program (quizzer/extract/walk.py)."""

from __future__ import annotations

import pytest
from conftest import draft, facts

from quizzer.extract.knowledge import STREAM_PROGRAMS

_NOTES = """# 자주 쓰는 명령

## 텍스트

### sort

줄을 정렬하는 명령어

```bash
sort names.txt  # 이름순 정렬
```

### uniq

```bash
sort names.txt | uniq  # 중복 줄을 한 번만 출력
```

### wc

```bash
sort names.txt | uniq  # 중복 줄을 한 번만 출력
ls | wc -l  # 파일 개수 세기
```
"""

_ALL_ABOUT_GREP = """# grep

Notes on grep.

## Filtering

```bash
ps aux | grep nginx
ls | grep txt  # the text files here
```
"""


def test_a_line_piping_into_the_sections_program_is_a_card_of_that_program() -> None:
    made = facts(_NOTES)
    assert (16, "command", "uniq", "sort names.txt | uniq", "중복 줄을 한 번만 출력") in made
    assert (23, "command", "wc", "ls | wc -l", "파일 개수 세기") in made


def test_the_same_piped_line_under_another_heading_is_the_same_card() -> None:
    made = facts(_NOTES)
    assert [fact for fact in made if fact[3] == "sort names.txt | uniq"] == [
        (16, "command", "uniq", "sort names.txt | uniq", "중복 줄을 한 번만 출력"),
    ]
    assert 22 in [warning.line for warning in draft(_NOTES).warnings]


def test_in_notes_all_about_one_program_a_line_piping_into_it_is_the_line_it_starts_with() -> None:
    made = facts(_ALL_ABOUT_GREP)
    assert (9, "command", "ls", "ls | grep txt", "the text files here") in made


# a line of each program working only on what is piped into it, fed by another program's output
_FED = {"tee": "df -h | tee disks.txt", "xargs": "find . -name '*.tmp' | xargs rm"}


def test_every_stream_program_has_an_example() -> None:
    assert set(_FED) == STREAM_PROGRAMS


@pytest.mark.parametrize("program", sorted(STREAM_PROGRAMS))
def test_in_notes_about_a_stream_program_a_line_piping_into_it_is_its_example(program: str) -> None:
    text = f"# {program}\n\n## Examples\n\nClean up after the build:\n\n```bash\n{_FED[program]}\n```\n"
    assert [(command, front) for _, kind, command, front, _ in facts(text) if kind == "command"] == [
        (program, _FED[program])
    ]
    # in notes about another program the line is the one it starts with, as ever
    other = text.replace(f"# {program}", "# disks", 1)
    assert [command for _, kind, command, _, _ in facts(other) if kind == "command"] == [_FED[program].split()[0]]


def test_errors_joined_and_piped_into_tee_are_shown_whole() -> None:
    text = "# tee\n\n## Build log\n\nKeep every message of the build in a file:\n\n```bash\nmake -j4 2>&1 | tee build.log\n```\n"
    notes = [n for n in draft(text).notes if n.kind.value == "command"]
    assert [(n.command, n.front) for n in notes] == [("tee", "make -j4 2>&1 | tee build.log")]
    assert "make -j4" not in notes[0].answers  # the line cut at the redirect is another line


def test_a_usage_line_piping_into_the_notes_program_is_its_syntax() -> None:
    text = "# tee\n\n## Syntax\n\n```bash\nsomething | tee [options] [file]\n```\n"
    assert [(kind, command, front) for _, kind, command, front, _ in facts(text)] == [("syntax", "tee", "tee")]
