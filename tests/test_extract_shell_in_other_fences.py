"""A fence marked as a programming language whose lines are all command lines, most of programs quizzer knows,
is a shell block marked for its colours (quizzer.extract.root_fences.console, x-f13ko), with examples of our
own."""

from __future__ import annotations

from tests.conftest import facts


def test_command_lines_under_comments_in_a_python_fence_are_read() -> None:
    text = (
        "# 서버 준비\n\n"
        "```python\n"
        "# 패키지 목록 갱신\n"
        "sudo apt-get update\n\n"
        "# 방화벽 켜기\n"
        "sudo ufw enable\n\n"
        "# 편집기 설치\n"
        "sudo apt-get install neovim\n"
        "```\n"
    )
    assert [(line, front, back) for line, _, _, front, back in facts(text)] == [
        (5, "sudo apt-get update", "패키지 목록 갱신"),
        (8, "sudo ufw enable", "방화벽 켜기"),
        (11, "sudo apt-get install neovim", "편집기 설치"),
    ]


def test_python_code_in_a_python_fence_stays_python() -> None:
    text = (
        "# 스크립트\n\n"
        "```python\n"
        "# 목록 정렬\n"
        "sort = True\n"
        "# 파일 열기\n"
        "cat = open('a.txt')\n"
        "# 출력\n"
        "print(cat.read())\n"
        "```\n"
    )
    assert facts(text) == []
