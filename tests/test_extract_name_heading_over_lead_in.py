"""A heading naming a program the notes do not know, a paragraph saying what it is, then a lead-in pointing at a
block (``## nftables`` / ``최신 배포판에서 기본으로 쓰인다.`` / ``아래와 같이 규칙을 추가할 수 있다.`` / the block): the
lead-in says what the block does, the first paragraph what the name is (heading_terms._code_below); examples of our
own."""

from __future__ import annotations

from conftest import facts as _notes

_SECTION = (
    "# 방화벽\n\n## nftables\n\n최신 리눅스 배포판에서 기본으로 쓰이는 방화벽 도구이다.\n\n"
    "아래와 같이 규칙을 추가할 수 있다.\n\n```shell\n$ sudo nft add rule inet filter input tcp dport 22 accept\n```\n"
)


def test_the_first_paragraph_says_what_the_name_is() -> None:
    assert (5, "concept", None, "nftables", "최신 리눅스 배포판에서 기본으로 쓰이는 방화벽 도구이다") in _notes(_SECTION)


def test_with_no_lead_in_between_the_paragraph_may_say_what_the_block_does() -> None:
    text = _SECTION.replace("아래와 같이 규칙을 추가할 수 있다.\n\n", "")
    assert not [n for n in _notes(text) if n[1] == "concept"]


def test_a_paragraph_between_that_points_at_nothing_changes_nothing() -> None:
    text = _SECTION.replace("아래와 같이 규칙을 추가할 수 있다.", "규칙은 테이블과 체인으로 나뉜다.")
    assert not [n for n in _notes(text) if n[1] == "concept"]


def test_under_a_heading_of_several_words_the_paragraph_is_not_read_as_a_definition() -> None:
    text = _SECTION.replace("## nftables", "## 규칙 추가하기")
    assert not [n for n in _notes(text) if n[1] == "concept"]
