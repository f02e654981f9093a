"""Of several sentences over a code block, the one that says the block does it is the block's meaning
(quizzer/extract/narration.pointing_sentence), in examples of our own (x-keys4)."""

from __future__ import annotations

from quizzer.extract.narration import pointing_sentence
from conftest import facts as _facts


def test_the_sentence_that_says_the_block_does_it_is_the_meaning() -> None:
    text = (
        "# sqlite 메모\n\n"
        "`.db` 파일 하나가 데이터베이스 전체다. 그래서 복사하듯 쉽게 텍스트로 덤프할 수 있는데 다음 명령어로 할 수 있다. "
        "자세한 내용은 공식 문서에서 확인한다.\n\n"
        "```sh\nsqlite3 app.db .dump\n```\n"
    )
    assert [f[4] for f in _facts(text) if f[3] == "sqlite3 app.db .dump"] == [
        "그래서 복사하듯 쉽게 텍스트로 덤프할 수 있는데 다음 명령어로 할 수 있다.",
    ]


def test_a_sentence_that_only_says_to_run_it_leaves_the_paragraph_whole() -> None:
    prose = "최대 절전 모드를 끈다. 관리자 창을 열고 다음 명령어를 실행한다."
    assert pointing_sentence(prose) is None
    assert pointing_sentence("A wheel is a built package. You can build one with the following command.") == (
        "You can build one with the following command."
    )
    assert pointing_sentence("다음 명령어로 설치한다.") is None  # one sentence: nothing to choose


def test_as_below_points_at_the_block_x_f6a() -> None:
    text = (
        "# 설치\n\n"
        "`pnpm`은 디스크를 아끼는 패키지 매니저이다. 그래서 `corepack`으로 아래와 같이 켤 수 있다.\n\n"
        "```sh\n$ corepack enable pnpm\n```\n"
    )
    assert [f[4] for f in _facts(text) if f[3] == "corepack enable pnpm"] == ["그래서 corepack으로 아래와 같이 켤 수 있다."]
