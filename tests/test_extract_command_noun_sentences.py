"""A paragraph opening with a command in code, the word for command and the topic particle, then what it does
(`` `du` 명령어는 디스크 사용량을 보여준다. ``): a command note of that command, as ``The `du` command …`` is.
Examples of our own."""

from __future__ import annotations

from conftest import draft

import pytest


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("`du` 명령어는 디스크 사용량을 보여준다.\n", "디스크 사용량을 보여준다."),
        ("`df` 명령은 마운트된 파일 시스템의 남은 공간을 알려줍니다. 자주 쓴다.\n", "마운트된 파일 시스템의 남은 공간을 알려줍니다."),
    ],
)
def test_the_sentence_says_what_the_command_does(text: str, back: str) -> None:
    notes = draft(text).notes
    assert [(note.command, note.back) for note in notes] == [(text[1:3], back)]


@pytest.mark.parametrize(
    "text",
    [
        "`rm` 명령어는 주의해서 사용해야 합니다.\n",  # a caution
        "`du` 명령어는 다음과 같이 쓴다.\n",  # what follows
        "`frobnicate` 명령어는 파일을 모두 지운다.\n",  # no program quizzer or the notes know
        "`du` 명령어는 유용하다.\n",  # too short to say what it does
    ],
)
def test_other_sentences_make_no_card(text: str) -> None:
    assert not draft(text).notes
