"""A gloss-first item whose right side is a program and the word for command (``파일 소유권: `chown` 명령어``)
is that program's note, the words before the colon what it is for (x-f25ko)."""

from __future__ import annotations

from conftest import facts


def test_the_words_before_the_colon_are_what_the_named_command_is_for() -> None:
    text = "# 파일 관리\n\n- 파일 소유권 바꾸기: `chown` 명령어\n- 권한 바꾸기: `chmod` 명령\n"
    assert facts(text) == [
        (3, "command", "chown", "chown", "파일 소유권 바꾸기"),
        (4, "command", "chmod", "chmod", "권한 바꾸기"),
    ]


def test_a_windows_program_in_capitals_is_that_program() -> None:
    text = "# 윈도우 명령\n\n- 네트워크 설정 보기: `IPCONFIG` 명령어\n"
    assert facts(text) == [(3, "command", "ipconfig", "ipconfig", "네트워크 설정 보기")]


def test_a_word_quizzer_does_not_know_as_a_program_makes_no_card_of_it() -> None:
    text = "# 메모\n\n- 소유권 관리: `owner` 명령어\n"
    assert all(kind != "command" for _, kind, *_ in facts(text))


def test_a_command_line_with_arguments_is_not_read_so() -> None:
    text = "# 파일 관리\n\n- 숨은 파일까지 보기: `ls -a` 명령어\n"
    assert not any(front == "ls" for *_, front, _ in facts(text))
