"""``tmux`` then ``(ctrl+b)`` in one block: the command and the keys pressed in the program it starts, a session the
text above speaks of as a whole (issue 6, x-f30ko); our own examples."""

from __future__ import annotations

from conftest import draft


def test_a_command_then_keys_in_brackets_makes_no_card_of_the_command() -> None:
    text = "# 메모\n\n## 창 나누기 설정\n\n```shell\ntmux\n(crtl + b)\n```\n"
    notes = draft(text)
    assert notes.notes == ()
    assert [w.line for w in notes.warnings] == [6]


def test_a_bracketed_word_that_is_no_key_leaves_the_block_to_the_other_readings() -> None:
    text = "# 메모\n\n## 세션 목록 보기\n\n```shell\ntmux ls\n(no sessions)\n```\n"
    assert [n.front for n in draft(text).notes] == ["tmux ls"]
