"""A program's name, then what kind of thing it is ("2) git : 버전 관리 툴"): a definition, a concept, not
what a command does (x-f14ko), in examples of our own."""

from __future__ import annotations

from conftest import facts


def test_a_program_then_the_kind_of_thing_it_is_is_a_concept() -> None:
    text = "# 설치할 것\n\n1) curl : 데이터 전송 도구\n\n2) rustc : a compiler tool\n"
    assert [(kind, front, back) for _, kind, _, front, back in facts(text)] == [
        ("concept", "curl", "데이터 전송 도구"), ("concept", "rustc", "a compiler tool")]


def test_a_program_then_what_it_does_stays_a_command() -> None:
    text = "# 명령\n\n- curl : URL에서 데이터를 받아 온다\n"
    assert [(kind, front) for _, kind, _, front, _ in facts(text)] == [("command", "curl")]
