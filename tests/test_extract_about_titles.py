"""A notes' title saying what they are about ("…에 대한 …") over the first block names the notes, not what
the block's line does (issue 6, x-f27ko).  Examples are our own."""

from __future__ import annotations

from conftest import draft


def _commands(text: str) -> list[tuple[str, str]]:
    return [(n.front, n.back) for n in draft(text).notes if n.kind.value == "command"]


def test_a_title_about_a_subject_is_no_meaning_of_the_block_under_it() -> None:
    text = "# 리눅스 `df` 출력의 열에 대한 설명\n\n```sh\ndf -h /var\n```\n\n각 열의 뜻은 다음과 같다.\n"
    made = draft(text)
    assert _commands(text) == []
    assert any("title of the whole notes" in w.message for w in made.warnings)


def test_a_title_naming_a_task_still_says_what_the_block_does() -> None:
    text = "# 디스크 사용량 보기\n\n```sh\ndf -h /var\n```\n"
    assert _commands(text) == [("df -h /var", "디스크 사용량 보기")]
