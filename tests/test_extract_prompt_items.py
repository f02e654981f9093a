"""Statements typed at a program's prompt, written as list items in inline code (own examples)."""

from __future__ import annotations

import pytest

from quizzer.extract import extract
from quizzer.extract.knowledge import SQL_OBJECT_VERBS


def _read(text: str) -> tuple[list[tuple[int, str, str | None, str, str, tuple[str, ...]]], dict[int, str]]:
    draft = extract(text, deck="d", source="d.md")
    notes = [(n.line, n.kind.value, n.command, n.front, n.back, n.answers) for n in draft.notes]
    return notes, {w.line: w.message for w in draft.warnings}


def test_a_heading_says_what_the_statement_under_it_does() -> None:
    text = "# 메모\n\n### 테이블 목록 보기\n\n* `mysql> show tables;`\n\n### 캐시 비우기\n\n- `redis> FLUSHALL`\n"
    notes, _ = _read(text)
    assert [(line, kind, command, front, back) for line, kind, command, front, back, _ in notes] == [
        (3, "command", "mysql", "show tables;", "테이블 목록 보기"),
        (7, "command", "redis-cli", "FLUSHALL", "캐시 비우기"),
    ]


def test_one_command_with_other_arguments_or_marked_alternatives_is_one_note() -> None:
    text = (
        "# 권한\n\n### 읽기 권한 주기\n\n"
        "* `mysql> grant select on shop.* to 'kim'@'%';`\n"
        "* `mysql> grant select on shop.* to 'lee'@'localhost';`\n\n"
        "### 테이블 지우기\n\n"
        "* `mysql> drop table orders;` 또는\n"
        "* `mysql> truncate orders;`\n"
    )
    notes, _ = _read(text)
    assert notes == [
        (3, "command", "mysql", "grant select on shop.* to 'kim'@'%';", "읽기 권한 주기",
         ("grant select on shop.* to 'kim'@'%';", "grant select on shop.* to 'lee'@'localhost';")),
        (8, "command", "mysql", "drop table orders;", "테이블 지우기", ("drop table orders;", "truncate orders;")),
    ]


def test_different_statements_under_one_sentence_are_a_warning() -> None:
    text = "# 메모\n\n## 시작\n\n데이터베이스를 고르고 테이블을 본다\n\n* `mysql> use shop;`\n* `mysql> show tables;`\n"
    notes, warnings = _read(text)
    assert notes == []
    assert "different statements under one description" in warnings[7]


def test_a_bullet_nested_under_a_statement_is_its_meaning() -> None:
    text = (
        "# 메모\n\n### 계정 만들기\n\n"
        "* `mysql> create user 'kim'@'%' identified by 'pw';`\n"
        "* `mysql> create user 'lee'@'10.0.%' identified by 'pw';`\n"
        "  * 10.0.으로 시작하는 주소에서만 접속 허용\n"
    )
    notes, _ = _read(text)
    assert [(n[0], n[3], n[4]) for n in notes] == [
        (3, "create user 'kim'@'%' identified by 'pw';", "계정 만들기"),
        (7, "create user 'lee'@'10.0.%' identified by 'pw';", "10.0.으로 시작하는 주소에서만 접속 허용"),
    ]


def test_a_prompt_naming_no_program_we_know_is_left_to_other_rules() -> None:
    notes, _ = _read("# 메모\n\n### 목록\n\n* `foo> list all`\n")
    assert all(command != "foo" for _, _, command, _, _, _ in notes)


def test_a_korean_sentence_naming_a_program_is_not_its_command_line() -> None:
    text = "# 메모\n\n## 확인\n\nmysql 접속하고 사용자 확인\n\n* `mysql> select user from mysql.user;`\n"
    notes, _ = _read(text)
    assert [(n[0], n[3], n[4]) for n in notes] == [(5, "select user from mysql.user;", "mysql 접속하고 사용자 확인")]


@pytest.mark.parametrize("verb", sorted(SQL_OBJECT_VERBS))
def test_each_sql_object_verb_tells_statements_apart_by_their_second_word(verb: str) -> None:
    text = f"# 메모\n\n### 둘\n\n* `mysql> {verb} alpha x;`\n* `mysql> {verb} beta x;`\n"
    notes, warnings = _read(text)
    assert notes == [] and "different statements" in warnings[5]
    notes, _ = _read(f"# 메모\n\n### 하나\n\n* `mysql> {verb} alpha x;`\n* `mysql> {verb} alpha y;`\n")
    assert [(n[3], n[4]) for n in notes] == [(f"{verb} alpha x;", "하나")]
