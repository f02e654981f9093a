"""A table of contents between a heading and its first paragraph leaves that paragraph the first text under
the heading (quizzer.extract.heading_terms, x-f13ko), with examples of our own."""

from __future__ import annotations

from quizzer.extract.heading_terms import REASON_TERM
from tests.conftest import draft


def test_the_first_line_after_a_table_of_contents_says_what_the_title_is() -> None:
    text = (
        "# Podlet\n\n"
        "- [Podlet](#podlet)\n"
        "  - [설치](#설치)\n"
        "  - [명령어](#명령어)\n\n"
        "컨테이너 파일을 만들어 주는 작은 도구다.\n"
        "Rust로 작성되었다.\n\n"
        "## 설치\n\n"
        "바이너리를 내려받는다.\n"
    )
    assert [(n.line, n.front, n.back) for n in draft(text).notes if n.reason == REASON_TERM] == [
        (7, "Podlet", "컨테이너 파일을 만들어 주는 작은 도구다"),
    ]


def test_a_list_of_other_links_is_no_table_of_contents() -> None:
    text = (
        "# Podlet\n\n"
        "- [Home page](https://example.com/podlet)\n"
        "- [Releases](https://example.com/podlet/releases)\n\n"
        "컨테이너 파일을 만들어 주는 작은 도구다.\n"
    )
    assert [n for n in draft(text).notes if n.reason == REASON_TERM] == []
