"""Korean text above a block that only says where to type what follows ("명령 프롬프트에서 다음 명령어를 사용한다.")
says nothing of what the line does: a warning, no card; text saying what it is for still does (x-f25ko)."""

from __future__ import annotations

from conftest import facts, warned


def test_a_sentence_only_pointing_at_the_block_makes_no_card() -> None:
    text = "# 메모\n\n## 사용 방법\n\n터미널에서 다음 명령어를 사용한다.\n\n```\n$ du -sh /var/log\n```\n"
    assert not any(back.startswith("터미널에서") for *_, back in facts(text))
    assert 8 in warned(text)


def test_a_sentence_saying_what_it_is_for_before_the_pointer_is_the_lines_meaning() -> None:
    text = "# 메모\n\n로그 폴더 크기를 보려면 다음 명령어를 사용한다.\n\n```\n$ du -sh /var/log\n```\n"
    assert [front for *_, front, _ in facts(text)] == ["du -sh /var/log"]
