"""Windows' slash switches listed under an options heading keep their slash (quizzer/extract/terms.py)."""

from __future__ import annotations

from conftest import facts

_NOTES = """# 배치 파일

### robocopy

폴더를 통째로 복사하는 도구.

#### Options

- `/MIR`: 원본과 대상 폴더를 똑같이 맞춘다.
- `/Z, /z`: 끊겨도 이어서 복사한다.
- `/LOG:파일`: 진행 기록을 파일에 남긴다.

### Folders

- `/etc`: 설정 파일이 있는 곳

### ls

#### Options

- `-a`: 숨김 파일도 보여준다.
- `color/no-color`: 색을 켜거나 끈다.
"""


def test_slash_switches_under_an_options_heading_are_the_programs_options_as_written() -> None:
    made = facts(_NOTES)
    assert (9, "option", "robocopy", "/MIR", "원본과 대상 폴더를 똑같이 맞춘다.") in made
    assert (10, "option", "robocopy", "/Z, /z", "끊겨도 이어서 복사한다.") in made
    assert (11, "option", "robocopy", "/LOG:파일", "진행 기록을 파일에 남긴다.") in made


def test_a_path_outside_an_options_list_and_dashed_options_are_read_as_before() -> None:
    made = facts(_NOTES)
    assert not any(kind == "option" and front == "/etc" for _, kind, _, front, _ in made)
    assert (21, "option", "ls", "-a", "숨김 파일도 보여준다.") in made
    assert (22, "option", "ls", "--color, --no-color", "색을 켜거나 끈다.") in made
