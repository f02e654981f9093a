"""Keys in backticks as a paragraph of their own (``(ctrl+b) + ?``), ``로 단축키 목록을 볼 수 있다.`` under it: keys whose
sentence goes on after a particle (issue 6, x-f30ko); our own examples."""

from __future__ import annotations

from conftest import draft

from quizzer.extract.key_particles import REASON


def test_the_keys_above_and_the_sentence_going_on_are_one_key_note() -> None:
    text = "# tmux 메모\n\n## 창 목록\n\n`(ctrl+b) + w`\n\n로 창 목록을 골라 이동할 수 있다.\n"
    assert [(n.line, n.command, n.front, n.back, n.reason) for n in draft(text).notes] == [
        (7, "tmux", "(ctrl+b) + w", "창 목록을 골라 이동할 수 있다.", REASON)
    ]


def test_no_chord_no_known_program_or_text_between_makes_no_such_note() -> None:
    for text in (
        "# tmux 메모\n\n`w`\n\n로 창 목록을 골라 이동할 수 있다.\n",  # a letter, no chord
        "# 메모\n\n`ctrl+b w`\n\n로 창 목록을 골라 이동할 수 있다.\n",  # whose keys, the notes do not say
        "# tmux 메모\n\n`ctrl+b w`\n창을 고른다\n\n로 이동할 수 있다.\n",  # the keys' paragraph goes on itself
    ):
        assert not [n for n in draft(text).notes if n.reason == REASON]
