"""Pictures between the text and its blocks: an Obsidian embed alone on its line (``![[shots/done.png]]``) is no text
saying what the block below does, and a short caption naming what a picture shows (``- 설치 후 모습``, ``- 실행 결과
화면``) says nothing of the block above it. Examples of our own."""

from __future__ import annotations

from conftest import draft

import pytest

from quizzer.extract.knowledge import CAPTION_ENDS, is_caption


@pytest.mark.parametrize("text", ["설치 후 모습", "실행 결과 화면", "Final screenshot", "접속한 화면:"])
def test_a_caption(text: str) -> None:
    assert is_caption(text)


@pytest.mark.parametrize("end", CAPTION_ENDS)
def test_every_caption_end_makes_a_caption(end: str) -> None:
    assert is_caption(f"설치 후 {end}") and not is_caption(f"설치 후 {end}을 지운다")


@pytest.mark.parametrize("text", ["로그인 화면을 띄운다", "설치된 패키지를 보여준다", "Show the final screen and exit now please"])
def test_no_caption(text: str) -> None:
    assert not is_caption(text)


def test_an_embed_above_a_block_is_not_what_it_does() -> None:
    text = "## 설치\n\n![[shots/before.png]]\n\n```sh\n$ brew install fzf\n```\n"
    assert not [note for note in draft(text).notes if "shots" in note.back]


def test_a_caption_after_a_block_is_not_what_it_does() -> None:
    text = "## 설치\n\n![[shots/before.png]]\n\n```sh\n$ which fzf\n```\n\n- 설치 후 모습\n\n![[shots/after.png]]\n"
    assert not [note for note in draft(text).notes if "모습" in note.back or "shots" in note.back]
