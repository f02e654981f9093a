"""A line piping into the program its section is about is an example of that program (quizzer/extract/walk.py)."""

from __future__ import annotations

from conftest import draft, facts

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
