"""A paragraph right after a block that says its lines follow one each ("이 두 명령어는 다음과 같다.", "These
two commands:"), then a line for each, in order (quizzer.extract.ordinal_bullets.read_lines, x-f13ko), with
examples of our own."""

from __future__ import annotations

from tests.conftest import facts, warned


def test_each_line_after_the_lead_says_what_its_command_does() -> None:
    text = (
        "# 파이썬 패키지\n\n"
        "```bash\n"
        "$ python3 -m venv .venv\n"
        "$ .venv/bin/pip install -e .\n"
        "```\n"
        "이 두 명령어는 다음과 같다.\\\n"
        "프로젝트 폴더에 가상 환경을 만든다\\\n"
        "그 다음 현재 프로젝트를 편집 가능하게 설치한다\n"
    )
    assert [(line, front, back) for line, _, _, front, back in facts(text)] == [
        (8, "python3 -m venv .venv", "프로젝트 폴더에 가상 환경을 만든다"),
        (9, "pip install -e .", "현재 프로젝트를 편집 가능하게 설치한다"),
    ]


def test_lines_that_do_not_count_the_commands_make_no_card() -> None:
    text = (
        "# Build\n\n"
        "```bash\n"
        "cmake -S . -B out\n"
        "cmake --build out\n"
        "```\n"
        "These two commands:  \n"
        "Configure and build the project in one go\n"
    )
    assert facts(text) == []
    assert 7 in warned(text)
