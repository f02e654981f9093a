"""A usage line's options slot glossed under a heading naming it: each ``term : meaning`` line an option of the
usage line's program (quizzer.extract.slot_values)."""

from __future__ import annotations

import pytest

from conftest import facts, warned
from quizzer.extract.knowledge import OPTION_SLOTS, PROGRAM_OPTION_SLOTS


def test_options_slot_heading_makes_options_of_the_usage_program() -> None:
    text = (
        "## 묶기 tar\n"
        "`tar [옵션] [파일]`\n\n"
        "### 옵션\n"
        "`c` : 새 묶음을 만든다  \n"
        "`x` : 묶음을 푼다\n"
    )
    assert [n for n in facts(text) if n[1] == "option"] == [
        (5, "option", "tar", "c", "새 묶음을 만든다"),
        (6, "option", "tar", "x", "묶음을 푼다"),
    ]


@pytest.mark.parametrize("slot", sorted(PROGRAM_OPTION_SLOTS["find"]))
def test_finds_tests_and_actions_slots_hold_its_options(slot: str) -> None:
    text = (
        "## 찾기\n"
        f"`find [경로] [{slot}]`\n\n"
        f"### {slot}\n"
        "`newer 파일` : 그 파일보다 새로 바뀐 것만  \n"
        "`empty` : 빈 파일과 폴더\n"
    )
    assert [(n[2], n[3], n[4]) for n in facts(text) if n[1] == "option"] == [
        ("find", "newer", "그 파일보다 새로 바뀐 것만"),
        ("find", "empty", "빈 파일과 폴더"),
    ]


@pytest.mark.parametrize("slot", sorted(OPTION_SLOTS))
def test_each_options_slot_name(slot: str) -> None:
    text = f"`zip [{slot}] [묶음] [파일]`\n\n### {slot}\n`r` : 폴더 안까지 묶는다\n"
    assert facts(text) == [(4, "option", "zip", "r", "폴더 안까지 묶는다")]


def test_a_slot_of_other_values_is_no_option() -> None:
    # "[경로]" holds paths, not options: its lines are not find's options
    text = "`find [경로] [조건]`\n\n### 경로\n`/` : 맨 위부터 찾는다\n"
    assert all(n[1] != "option" for n in facts(text))


def test_a_heading_naming_no_slot_of_a_usage_line_is_not_read_so() -> None:
    text = "## 찾기\n`find . -name x`\n\n### 조건\n`name` : 이름으로 찾는다\n"
    assert all(n[1] != "option" for n in facts(text))


def test_a_line_that_is_no_term_and_meaning_is_warned_not_joined() -> None:
    text = (
        "`find [경로] [조건]`\n\n"
        "### 조건\n"
        "`size` : 크기로 찾는다  \n"
        "k 는 킬로바이트, M 은 메가바이트  \n"
        "`user` : 소유자로 찾는다\n"
    )
    assert [(n[0], n[3], n[4]) for n in facts(text)] == [(4, "size", "크기로 찾는다"), (6, "user", "소유자로 찾는다")]
    assert 5 in warned(text)


# A list item may name the slot, its values nested under it (x-f32ko1; examples are our own)
_SLOT_ITEMS = (
    "## 권한 바꾸기\n"
    "- `chmod [옵션] (who) (operator) (perms) 파일`\n"
    "- operator(연산자)\n"
    "  - `+`: 권한을 더한다\n"
    "  - `=`: 권한을 그대로 맞춘다\n"
    "- perms\n"
    "  - x: 실행 권한\n"
)


def test_an_item_naming_a_slot_makes_options_of_its_nested_values() -> None:
    assert [n for n in facts(_SLOT_ITEMS) if n[1] == "option"] == [
        (4, "option", "chmod", "+", "권한을 더한다"),
        (5, "option", "chmod", "=", "권한을 그대로 맞춘다"),
        (7, "option", "chmod", "x", "실행 권한"),
    ]


def test_the_slot_item_is_the_cards_context() -> None:
    from conftest import draft

    # (the usage line under "## 권한 바꾸기", a heading of a doing, is a card of what chmod does: no slot, no context)
    assert {n.front: n.context for n in draft(_SLOT_ITEMS).notes} == {
        "chmod [옵션] (who) (operator) (perms) 파일": None, "+": "operator", "=": "operator", "x": "perms",
    }


@pytest.mark.parametrize("slot", sorted(PROGRAM_OPTION_SLOTS["chmod"]))
def test_chmods_symbolic_mode_parts_hold_its_options(slot: str) -> None:
    text = f"`chmod [{slot}] 파일`\n\n- {slot}\n  - `g`: 그룹\n"
    assert [(n[2], n[3], n[4]) for n in facts(text)] == [("chmod", "g", "그룹")]


def test_an_item_naming_a_slot_of_other_values_is_not_read_so() -> None:
    text = "`chmod (mode) (file)`\n\n- file\n  - `a.txt`: 바꿀 파일\n"
    assert all(n[1] != "option" for n in facts(text))


def test_an_item_naming_no_slot_of_a_usage_line_is_not_read_so() -> None:
    text = "`chmod 755 run.sh`\n\n- operator\n  - `+`: 권한을 더한다\n"
    assert all(n[1] != "option" for n in facts(text))


def test_a_value_glossed_again_under_another_slot_is_warned_not_joined() -> None:
    # "-" is an operator (take away) and, under perms, no permission: one front, two facts
    text = (
        "`chmod (operator) (perms) 파일`\n\n"
        "- operator\n"
        "  - `-`: 권한을 뺀다\n"
        "- perms\n"
        "  - `-`: 권한 없음\n"
    )
    assert [(n[0], n[3], n[4]) for n in facts(text)] == [(4, "-", "권한을 뺀다")]
    assert 6 in warned(text)
