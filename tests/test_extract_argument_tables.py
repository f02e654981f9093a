"""``| 인자 | 설명 | 사용 예 |``: a table of a program's arguments with example lines (issue 6, x-f26ko), our own examples."""

from __future__ import annotations

import pytest
from conftest import draft as _draft, facts

_REASON = "table row: an argument of the program and what it means"


def test_each_row_is_the_program_with_its_argument() -> None:
    text = (
        "# pushd 정리\n\n| 인자 | 설명 | 사용 예 |\n| --- | --- | --- |\n"
        "| `(없음)` | 맨 위 두 디렉토리를 바꾼다 | `pushd` |\n"
        "| `+1` | 스택을 한 칸 돌린다 | <ul><li>`pushd +1`</li><li>`pushd +2`</li></ul> |\n"
        "| `/srv/*` | 맞는 첫 디렉토리로 간다 | `pushd /srv/w*` |\n"
    )
    assert facts(text) == [
        (5, "command", "pushd", "pushd", "맨 위 두 디렉토리를 바꾼다"),
        (6, "command", "pushd", "pushd +1", "스택을 한 칸 돌린다"),
        (7, "command", "pushd", "pushd /srv/*", "맞는 첫 디렉토리로 간다"),
    ]


def test_an_english_table_reads_the_same() -> None:
    text = (
        "# Notes\n\n| Argument | Description | Example |\n|---|---|---|\n"
        "| `-` | the previous directory | `pushd -` |\n| none | swap the top two | `pushd` |\n"
    )
    assert [(n.front, n.reason) for n in _draft(text).notes] == [("pushd -", _REASON), ("pushd", _REASON)]


@pytest.mark.parametrize("examples", [("`pushd +1`", "`popd`"), ("`pushd +1`", "맨 위로")])
def test_examples_of_two_programs_or_in_words_are_not_read_so(examples: tuple[str, str]) -> None:
    text = (
        "# Notes\n\n| 인자 | 설명 | 사용 예 |\n| --- | --- | --- |\n"
        f"| `+1` | 스택을 돌린다 | {examples[0]} |\n| `-0` | 맨 아래 | {examples[1]} |\n"
    )
    assert all(n.reason != _REASON for n in _draft(text).notes)


def test_without_a_column_of_examples_the_table_is_not_read_so() -> None:
    text = "# pushd\n\n| 인자 | 설명 |\n| --- | --- |\n| `+1` | 스택을 돌린다 |\n| `-0` | 맨 아래 |\n"
    assert all(n.reason != _REASON for n in _draft(text).notes)
