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
