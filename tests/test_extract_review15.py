"""Review 15's fixes that change what is read (our own examples)."""

from __future__ import annotations

import pytest
from conftest import facts


@pytest.mark.parametrize("first, second", [
    ("Rotate the first page:", "Rotate all of the pages:"),
    ("첫 페이지를 돌린다:", "모든 페이지를 돌린다:"),
    ("rotate the first page:", "rotate all of the pages:"),
])
def test_a_later_paragraph_of_an_item_leads_into_its_block_in_any_script(first: str, second: str) -> None:
    """rules._LEAD_IN_PARAGRAPH took an English capital and ASCII letters only, fitted to one document (review15 9)."""
    text = (f"# qpdf notes\n\n- {first}\n\n  ```\n  qpdf in.pdf out.pdf --rotate=+90:1\n  ```\n\n  {second}\n\n"
            "  ```\n  qpdf in.pdf out.pdf --rotate=+180\n  ```\n")
    assert facts(text) == [
        (6, "command", "qpdf", "qpdf in.pdf out.pdf --rotate=+90:1", first.rstrip(":")),
        (12, "command", "qpdf", "qpdf in.pdf out.pdf --rotate=+180", second.rstrip(":")),
    ]


def test_a_fence_with_a_title_after_its_language_is_read_by_its_language() -> None:
    """Code.language: the fence's first word, as every reader but fence_lists took it (review15 12)."""
    text = '## Emmet\n\n```text title="abbr.txt"\n* ul>li : 목록과 항목 하나\n* lorem : 채움 글 만들기\n```\n'
    assert facts(text) == [(4, "concept", None, "ul>li", "목록과 항목 하나"), (5, "concept", None, "lorem", "채움 글 만들기")]


@pytest.mark.parametrize("info", ["pwsh", "batch", "powershell", "bash"])
def test_a_shell_fence_of_any_shell_under_a_config_heading_is_still_commands(info: str) -> None:
    """config_fences named five shells of its own beside powershell.INFOS and batch.BATCH_INFOS (review15 16)."""
    text = f"### `profile.conf` 설정\n\n```{info}\n# 설정을 다시 읽는다\nnotepad profile.conf\n```\n"
    assert all(kind != "concept" for _, kind, _, _, _ in facts(text))
    assert (5, "command", "notepad") in [(line, kind, command) for line, kind, command, _, _ in facts(text)]


def test_an_argument_row_left_empty_is_warned_not_dropped_silently() -> None:
    """argument_tables skipped a row with no argument or no meaning without a word (review15 17)."""
    from conftest import warned

    text = ("# 메모\n\n| 인자 | 설명 | 사용 예 |\n| --- | --- | --- |\n"
            "| `+1` | 스택을 돌린다 | `pushd +1` |\n| `-0` |  | `pushd -0` |\n| `+2` | 두 칸 돌린다 | `pushd +2` |\n")
    assert [front for _, _, _, front, _ in facts(text)] == ["pushd +1", "pushd +2"]
    assert warned(text) == [6]
