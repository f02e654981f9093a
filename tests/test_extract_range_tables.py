"""A table of line ranges in notes about an editor ("| 범위 | 의미 |" over "| 1,$ | 첫 줄부터 끝 줄까지 |"): each
range is a term the notes define, a concept, never a key or a command of the editor (x-f22ko), in examples of our
own."""

from __future__ import annotations

from conftest import facts

import pytest


@pytest.mark.parametrize("header", ["범위", "Range", "주소"])
def test_rows_of_a_ranges_table_are_concepts(header: str) -> None:
    text = (
        "# vim 메모\n\n"
        f"| {header} | 의미 |\n|---|---|\n| 5,$ | 5번째 줄부터 끝 줄까지 |\n| .,+4 | 지금 줄부터 네 줄 아래까지 |\n"
    )
    assert [(kind, command, front) for _, kind, command, front, _ in facts(text)] == [
        ("concept", None, "5,$"), ("concept", None, ".,+4")]


def test_rows_of_a_keys_table_stay_keys() -> None:
    text = "# vim 메모\n\n| 키 | 의미 |\n|---|---|\n| dw | 단어 지우기 |\n"
    assert [(kind, command, front) for _, kind, command, front, _ in facts(text)] == [("command", "vim", "dw")]
