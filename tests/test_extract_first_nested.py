"""An item naming a command line and the first of several items nested under it
(quizzer.extract.first_nested, x-miss), with examples of our own."""

from __future__ import annotations

from tests.conftest import draft, facts


def test_the_first_nested_item_says_what_the_command_does() -> None:
    text = (
        "# 파이썬 도구\n\n"
        "- `pip cache remove numpy`\n"
        "  - 내려받아 둔 패키지 캐시를 지운다\n"
        "  - 용량이 부족할 때 쓴다\n"
        "- `pip list --outdated`\n"
        "  - Lists the packages that have a newer release\n"
        "  - slow on big environments\n"
    )
    notes = [(n.line, n.kind.value, n.command, n.front, n.back) for n in draft(text).notes
             if n.reason.startswith("item naming a command line, the first")]
    assert notes == [
        (4, "command", "pip cache", "pip cache remove numpy", "내려받아 둔 패키지 캐시를 지운다"),
        (7, "command", "pip list", "pip list --outdated", "Lists the packages that have a newer release"),
    ]


def test_a_first_nested_item_that_is_background_or_a_line_to_type_is_no_meaning() -> None:
    text = (
        "# 파이썬 도구\n\n"
        "- `pip cache remove numpy`\n"
        "  - 캐시는 홈 폴더에 쌓이는데, 이는 용량을 차지한다\n"
        "  - 지운다\n"
        "- `pip config`\n"
        "  - 파일 열기: `pip config edit`\n"
        "  - 값 보기\n"
        "- `pip check`\n"
        "  - Example: run it after an upgrade\n"
        "  - more\n"
    )
    assert [n for n in draft(text).notes if n.reason.startswith("item naming a command line, the first")] == []


def test_an_item_that_is_no_command_of_a_known_program_is_left_alone() -> None:
    text = "# Notes\n\n- `frobnicate --all`\n  - frobs every widget\n  - slowly\n"
    assert [n for n in draft(text).notes if n.reason.startswith("item naming a command line, the first")] == []


def test_one_nested_item_is_still_read_as_before() -> None:
    text = "# 브랜치 정리\n\n- `git remote prune origin`\n  - 지워진 원격 브랜치의 추적 브랜치를 정리한다\n"
    assert facts(text) == [(4, "command", "git remote prune", "git remote prune origin", "지워진 원격 브랜치의 추적 브랜치를 정리한다")]
