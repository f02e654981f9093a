"""A bullet under a heading naming a command that says when one wants something, over a block: what it is for.

"## git revert" / "- 지난 커밋을 되돌리는 커밋을 만들고 싶은 경우" / a fence of examples glossed each by its own
comment: the wish is the goal the command serves, its card; a case of where it runs ("도커로 띄울 때") is not.
"""

from __future__ import annotations

import pytest

from conftest import draft
from quizzer.extract.knowledge import says_wish


def _commands(text: str) -> list[tuple[str, str]]:
    return [(note.front, note.back) for note in draft(text).notes if note.kind.value == "command"]


_FENCE = "\n\n```shell\n// 하나만\n$ git revert a1b2c3d\n\n// 여러 개\n$ git revert a1b2c3d e4f5a6b\n```\n"


def test_a_wish_under_the_command_heading_over_a_block_is_its_purpose() -> None:
    cards = _commands("## git revert\n- 지난 커밋을 되돌리는 커밋을 만들고 싶은 경우" + _FENCE)
    assert ("git revert", "지난 커밋을 되돌리는 커밋을 만들고 싶은 경우") in cards
    assert ("git revert a1b2c3d", "하나만") in cards


def test_the_same_in_english() -> None:
    cards = _commands("## git revert\n- If you want to undo a pushed commit safely" + _FENCE)
    assert ("git revert", "If you want to undo a pushed commit safely") in cards


def test_a_case_of_where_it_runs_is_still_no_purpose() -> None:
    cards = _commands("## git revert\n- 도커로 띄울 때" + _FENCE)
    assert not [card for card in cards if card[0] == "git revert"]


@pytest.mark.parametrize("text", [
    "로그를 남기고 싶은 경우", "로그를 남기고 싶을 때", "When you need to keep the log",
    "If you want nginx to reload on change:", "If you want the old logs to be kept",  # the thing wanted done, then "to"
])
def test_wishes(text: str) -> None:
    assert says_wish(text)


@pytest.mark.parametrize("text", [
    "로그를 남길 때", "설치한 경우", "When installed with apt", "If you want more, read on to the end",
])
def test_no_wishes(text: str) -> None:
    assert not says_wish(text)


def test_a_wish_paragraph_right_over_a_block_says_what_its_line_does() -> None:
    text = "# 깃 메모\n\n다른 브랜치의 커밋 하나만 옮기고 싶을 때\n\n```\ngit cherry-pick abc123\n```\n"
    assert [(note.line, note.back) for note in draft(text).notes] == [(6, "다른 브랜치의 커밋 하나만 옮기고 싶을 때")]


def test_a_wish_of_something_done_over_a_block_says_what_its_line_does() -> None:
    text = "# 서버 메모\n\nIf you want nginx to come up at boot:\n\n```\nsudo systemctl enable nginx\n```\n"
    assert [(note.line, note.back) for note in draft(text).notes] == [(6, "If you want nginx to come up at boot")]


def test_a_wish_then_words_that_only_say_it_is_done_gives_the_wish() -> None:
    # why one would (a remark), then the wish, then "you can do that like so:" pointing at the block
    text = (
        "# rsync\n\n"
        "A full copy checks every file, so if you want to copy only the changed ones, you can do that like so:\n\n"
        "```\nrsync -a --update src/ dst/\n```\n"
    )
    assert [(note.line, note.back) for note in draft(text).notes] == [(6, "copy only the changed ones")]
