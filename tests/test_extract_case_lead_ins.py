"""``### 켜기`` / ``새 장치를 추가한 경우`` over a block: the heading's task, done in that case (issue 6, x-f26ko),
our own examples."""

from __future__ import annotations

import pytest
from conftest import draft as _draft, facts

from quizzer.shell import is_placeholder


def test_each_case_under_a_task_heading_is_the_task_in_that_case() -> None:
    text = (
        "# 설정\n\n## 다크 모드\n\n### 켜기\n\n처음 설치한 경우\n\n```shell\n$ prefs set -g dark -bool YES\n```\n\n"
        "### 끄기\n\n처음 설치한 경우\n\n```shell\n$ prefs set -g dark -bool NO\n```\n"
    )
    assert facts(text) == [
        (10, "command", "prefs", "prefs set -g dark -bool YES", "켜기 (처음 설치한 경우)"),
        (18, "command", "prefs", "prefs set -g dark -bool NO", "끄기 (처음 설치한 경우)"),
    ]


@pytest.mark.parametrize("heading", ["### 참고", "### Docker Desktop on the office laptops"])
def test_under_a_heading_naming_no_task_the_case_is_no_description(heading: str) -> None:
    text = f"# 설정\n\n{heading}\n\n처음 설치한 경우\n\n```shell\n$ prefs set -g dark -bool YES\n```\n"
    assert all("경우" not in n.back for n in _draft(text).notes)


def test_a_case_leading_into_the_block_is_no_case_alone() -> None:
    text = "# Notes\n\n## Install a tool\n\nIf it is on your PATH you can just run:\n\n```sh\n$ frob\n```\n"
    assert all("PATH" not in n.back for n in _draft(text).notes)


@pytest.mark.parametrize("value", ["YES", "NO", "TRUE", "FALSE"])
def test_a_boolean_value_in_capitals_is_typed_as_written(value: str) -> None:
    assert not is_placeholder(value)
