"""A task heading, then two remarks in whole sentences as bullets, then its block: the heading still says what the
block does (issue 6, x-f27ko).  Examples are our own."""

from __future__ import annotations

from conftest import draft


def _commands(text: str) -> list[tuple[str, str]]:
    return [(n.front, n.back) for n in draft(text).notes if n.kind.value == "command"]


def test_two_sentence_remarks_leave_the_heading_as_what_the_block_does() -> None:
    text = (
        "## 압축\n\n### 폴더를 묶어 압축하기\n\n* gz 형식은 옵션 없이도 잘 풀린다.\n"
        "* xz 형식은 오래 걸리는 것 같다.\n\n```sh\n$ tar -czf site.tgz site/\n```\n"
    )
    assert _commands(text) == [("tar -czf site.tgz site/", "폴더를 묶어 압축하기")]


def test_bullets_that_are_no_sentences_are_still_not_a_remark() -> None:
    text = (
        "## 압축\n\n### 폴더를 묶어 압축하기\n\n* gz 형식\n* xz 형식은 오래 걸리는 것 같다.\n\n"
        "```sh\n$ tar -czf site.tgz site/\n```\n"
    )
    assert ("tar -czf site.tgz site/", "폴더를 묶어 압축하기") not in _commands(text)


def test_a_heading_naming_a_way_is_explained_by_its_sentences_not_the_block_meaning() -> None:
    text = (
        "## 압축\n\n### 방법2) tar를 이용한 방법\n\n* tar에는 `-z` 옵션이 있다.\n"
        "* 이 옵션을 쓰면 gzip으로 압축된다.\n\n```sh\n$ tar -czf site.tgz site/\n```\n"
    )
    assert ("tar -czf site.tgz site/", "방법2) tar를 이용한 방법") not in _commands(text)
