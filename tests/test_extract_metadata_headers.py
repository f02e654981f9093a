"""A site generator's metadata lines opening the notes (Pelican's ``Title: …`` / ``Date: …`` / ``Tags: …``): what
the site shows about the page, never a term and its meaning (issue 6, x-f30ko); our own examples."""

from __future__ import annotations

import pytest

from conftest import draft as _draft, facts as _facts
from quizzer.extract.blocks import front_matter_title
from quizzer.extract.knowledge import METADATA_KEYS

_HEADER = (
    "Title: tmux 세션 메모\n"
    "Date: 2019-04-02 10:00\n"
    "Category: Tools\n"
    "Tags: tmux, terminal\n"
    "Slug: tmux-sessions\n"
    "Author: kim\n"
    "<!--Summary: -->\n"
)


def test_the_metadata_lines_make_no_card_and_no_warning() -> None:
    text = _HEADER + "\n세션을 새로 만든다.\n\n```\ntmux new -s work\n```\n"
    draft = _draft(text)
    assert [(n.line, n.front, n.back) for n in draft.notes] == [(12, "tmux new -s work", "세션을 새로 만든다.")]
    assert not [w for w in draft.warnings if w.line <= 7]


def test_their_title_is_the_notes_title() -> None:
    assert front_matter_title(_HEADER + "\n본문\n") == "tmux 세션 메모"
    assert front_matter_title("title: tmux 세션 메모\ndate: 2019-04-02\n\n본문\n") == "tmux 세션 메모"


@pytest.mark.parametrize("key", sorted(METADATA_KEYS))
def test_each_metadata_key_beside_a_date_is_read_as_metadata(key: str) -> None:
    other = "Author" if key == "date" else "Date"
    text = f"{key.capitalize()}: 무엇이든 적힌 값\n{other}: 2020-01-01\n\n# 메모\n"
    assert _facts(text) == []


def test_term_lines_opening_the_notes_are_still_read() -> None:
    # "Note: …" / "Commit: …": words of the notes' own, not keys a site generator reads
    text = "Commit: 변경 사항을 저장소에 기록하는 것\nBranch: 독립된 작업 흐름\n"
    assert [(n.front, n.back) for n in _draft(text).notes] == [
        ("Commit", "변경 사항을 저장소에 기록하는 것"), ("Branch", "독립된 작업 흐름"),
    ]


def test_one_metadata_key_alone_is_not_a_header() -> None:
    text = "Title: 커밋을 되돌리는 명령\nRevert: 커밋을 취소하는 새 커밋을 만드는 것\n"
    assert ("Revert", "커밋을 취소하는 새 커밋을 만드는 것") in [(n.front, n.back) for n in _draft(text).notes]
