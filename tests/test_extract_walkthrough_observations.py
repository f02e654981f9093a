"""A walk-through told block by block: the text under a block that leads into the next step ("…추가하면...") or
says what the output lets one see ("…가 추가된 것을 확인할 수 있다.") is not what the block's line does, though it
quotes the line. Examples of our own."""

from __future__ import annotations

from conftest import draft

import pytest

from quizzer.extract.narration import observes


@pytest.mark.parametrize(
    "sentence",
    [
        "로그를 보면 `hello`가 추가된 것을 확인할 수 있다.",
        "그러면 계속 감시하고 있음을 알 수 있다.",
        "파일이 지워진 것을 볼 수 있습니다.",
    ],
)
def test_a_sentence_that_observes_a_result(sentence: str) -> None:
    assert observes(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["`docker ps`로 실행 중인 컨테이너를 확인할 수 있다.", "디스크 사용량을 알 수 있다.", "파일을 지운다."],
)
def test_a_sentence_that_says_what_a_command_does(sentence: str) -> None:
    assert not observes(sentence)


@pytest.mark.parametrize(
    "under",
    ["다른 창에서 `notes.txt`에 한 줄을 더 쓰면...", "출력을 보면 `notes.txt`가 바뀐 것을 확인할 수 있다."],
)
def test_text_under_a_block_telling_the_run_makes_no_card(under: str) -> None:
    text = f"```\n$ touch notes.txt\n$ wc -l notes.txt\n0 notes.txt\n```\n\n{under}\n"
    result = draft(text)
    assert not result.notes
    assert [warning.line for warning in result.warnings if "run shown" in warning.message] == [7]


def test_text_under_a_block_saying_what_it_does_is_still_read() -> None:
    text = "```\n$ wc -l notes.txt\n```\n\n`notes.txt`의 줄 수를 센다.\n"
    assert [(note.front, note.back) for note in draft(text).notes] == [("wc -l notes.txt", "notes.txt의 줄 수를 센다.")]
