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


def test_a_first_clause_saying_what_kind_of_thing_it_is_is_a_concept() -> None:
    # "…도구로 …", "… 편집기입니다": the first clause (as far as its sentence) says what the name is (x-f22ko)
    text = (
        "# 도구 정리\n\n"
        "- 텍스트 도구\n"
        "    - awk: 패턴 처리 도구로 줄마다 조건에 맞는 필드를 골라 출력합니다.\n"
        "    - nano: 초보자도 쓰기 쉬운, 작고 간단한 편집기입니다.\n"
    )
    assert [(kind, front) for _, kind, _, front, _ in facts(text)] == [("concept", "awk"), ("concept", "nano")]


def test_a_name_in_an_editors_notes_defined_by_its_kind_is_no_key_of_the_editor() -> None:
    # in notes about vi, "ed" would read as the keys e, d; its definition says it is another editor
    text = "# vi 정리\n\n- 편집기 종류\n    - ed: 줄 단위로 고치는 옛 편집기로 지금은 잘 쓰지 않습니다.\n\n| 키 | 설명 |\n|---|---|\n| dd | 줄 삭제 |\n"
    assert ("concept", None, "ed") in [(kind, command, front) for _, kind, command, front, _ in facts(text)]


def test_a_clause_of_what_it_does_stays_a_command() -> None:
    text = "# 명령\n\n- grep: 파일에서 문자열을 찾아 그 줄을 출력합니다.\n"
    assert [(kind, front) for _, kind, _, front, _ in facts(text)] == [("command", "grep")]
