"""What a program is, said over lines each with a comment of its own, is not joined to each line
(quizzer/extract/code.py)."""

from __future__ import annotations

from conftest import facts

_NOTES = """# 윈도우 명령

### chcp

콘솔의 코드 페이지를 보거나 바꾸는 명령어

```bat
chcp  # 현재 코드 페이지 확인
chcp 65001  # UTF-8로 바꾸기
```

### pathping

A tool that traces the route and measures loss.

```bat
pathping example.com  # trace to the host
pathping -n example.com  # without names
```

### vol

디스크 볼륨 정보를 보여 준다

```bat
vol  # 현재 드라이브
vol d:  # D 드라이브
```
"""


def test_a_program_defined_over_commented_lines_leaves_each_line_its_own_comment() -> None:
    made = facts(_NOTES)
    assert (8, "command", "chcp", "chcp", "현재 코드 페이지 확인") in made
    assert (9, "command", "chcp", "chcp 65001", "UTF-8로 바꾸기") in made
    assert (17, "command", "pathping", "pathping example.com", "trace to the host") in made


def test_what_the_lines_do_said_above_them_is_still_joined_to_each_comment() -> None:
    made = facts(_NOTES)
    assert (26, "command", "vol", "vol", "디스크 볼륨 정보를 보여 준다 (현재 드라이브)") in made


_TASK = """# 메모

## 오래된 파일 찾기

이름과 날짜로 파일을 골라내는 명령어

```bash
find . -mtime +30  # 한 달 넘은 것
find /tmp -mtime +7  # 임시 폴더에서 일주일 넘은 것
```
"""


def test_under_a_task_heading_the_same_words_say_what_the_lines_do() -> None:
    made = facts(_TASK)
    assert (8, "command", "find", "find . -mtime +30", "이름과 날짜로 파일을 골라내는 명령어 (한 달 넘은 것)") in made
