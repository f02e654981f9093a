"""A first line under a heading that sets two things side by side (``- merge vs. rebase``) says what neither the
heading nor either of them is: no concept of the heading. Examples of our own."""

from __future__ import annotations

from conftest import draft

import pytest


@pytest.mark.parametrize(
    "line",
    ["- fetch(원격 내용만 가져옴) vs. pull(가져와서 병합)", "- soft vs hard 링크", "- TCP versus UDP"],
)
def test_a_comparison_under_a_heading_is_no_definition(line: str) -> None:
    assert not draft(f"## Memo\n{line}\n- 그 밖의 메모\n").notes


def test_a_definition_under_a_heading_is_still_read() -> None:
    notes = draft("## Rebase\n- 커밋을 다른 베이스 위로 옮겨 다시 쌓는 일.\n").notes
    assert [(note.front, note.back) for note in notes] == [("Rebase", "커밋을 다른 베이스 위로 옮겨 다시 쌓는 일")]
