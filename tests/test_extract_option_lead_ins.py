"""Lead-ins that say options follow in more words than "옵션" alone (``참고 옵션 리스트``, ``grant와 자주 사용하는
옵션``), and Windows' switches listed under them, of the program the notes are about (x-f25ko)."""

from __future__ import annotations

from conftest import facts


def test_switches_under_a_lead_in_naming_what_they_go_with_are_the_programs_options() -> None:
    text = "# robocopy\n\n- mirror와 자주 사용하는 옵션\n  - /E: 빈 폴더까지 복사\n  - /Z: 끊겨도 이어서 복사\n"
    assert facts(text) == [
        (4, "option", "robocopy", "/E", "빈 폴더까지 복사"),
        (5, "option", "robocopy", "/Z", "끊겨도 이어서 복사"),
    ]


def test_switches_under_an_option_list_heading_are_the_programs_options() -> None:
    text = "# robocopy\n\n### 참고 옵션 리스트\n\n- /E: 빈 폴더까지 복사\n"
    assert facts(text) == [(5, "option", "robocopy", "/E", "빈 폴더까지 복사")]


def test_a_windows_program_in_capitals_glossed_in_code_is_that_program() -> None:
    text = "# 윈도우 권한\n\n- `ICACLS`: 파일의 권한을 설정하는 명령어\n"
    assert facts(text) == [(3, "command", "icacls", "icacls", "파일의 권한을 설정하는 명령어")]
