"""A heading naming the command for a task ("### 말하기 명령") over its one-line block, beside category headings
("## 명령어") that name none (issue 6, x-f27ko).  Examples are our own."""

from __future__ import annotations

from conftest import draft


def _commands(text: str) -> list[tuple[str, str]]:
    return [(n.front, n.back) for n in draft(text).notes if n.kind.value == "command"]


def test_a_task_command_heading_says_what_the_line_does() -> None:
    assert _commands("## 예제\n\n### 삭제하기 명령\n```sh\n$ trash-put old.txt\n```\n") == [
        ("trash-put old.txt", "삭제하기 명령")]


def test_a_category_heading_says_nothing_of_the_line() -> None:
    assert _commands("## 예제\n\n### 기본 명령\n```sh\n$ trash-put old.txt\n```\n") == []
