"""A program's name, a dash, and the words it stands for ("scp - Secure Copy (안전한 복사)"): what the name spells
out, a concept, not what the program does (x-f22ko), in examples of our own."""

from __future__ import annotations

from conftest import facts

_NOTES = "# 네트워크 명령 정리\n\n### scp\n> 다른 컴퓨터로 파일을 복사하는 프로그램\n\n{line}  \nrcp - Remote Copy (예전 방식)\n"


def test_a_name_then_the_words_it_stands_for_is_a_concept() -> None:
    found = [(kind, command, front, back) for line, kind, command, front, back in facts(
        _NOTES.format(line="scp - Secure Copy (안전한 복사)")) if line == 6]
    assert found == [("concept", None, "scp", "Secure Copy (안전한 복사)")]


def test_a_name_then_what_it_does_stays_a_command() -> None:
    found = [(kind, front) for line, kind, _, front, _ in facts(
        _NOTES.format(line="scp - 원격 복사를 빠르게 한다")) if line == 6]
    assert found == [("command", "scp")]


def test_a_code_span_of_the_headings_program_and_the_words_it_stands_for_opens_its_gloss_lines() -> None:
    # "- " lines right under it, indented, run on in its paragraph: what the program does, each on its line
    text = "# curl\n`curl client url`\n    - 서버와 데이터 주고받기\n    - 파일 내려받기\n"
    assert facts(text) == [
        (2, "concept", None, "curl", "client url"),
        (3, "command", "curl", "curl", "서버와 데이터 주고받기\n파일 내려받기"),
    ]


def test_words_in_the_code_span_that_do_not_spell_the_name_are_no_expansion() -> None:
    text = "# curl\n`curl transfer tool`\n    - 서버와 데이터 주고받기\n"
    assert all(kind != "concept" for _, kind, *_ in facts(text))
