"""Text over a line that only says to type it again ("재입력", "Try again:") says nothing of what the line
does (quizzer.extract.code, x-f13ko), with examples of our own."""

from __future__ import annotations

from tests.conftest import facts, warned


def test_again_over_a_line_is_no_description() -> None:
    text = (
        "# 원격 접속\n\n"
        "## 접속하기\n\n"
        "`scp notes.txt me@host:`\n\n"
        "권한 오류가 난다\n\n"
        "다시 입력\n\n"
        "`scp -i key.pem notes.txt me@host:`\n\n"
        "Try again:\n\n"
        "```sh\n"
        "scp -P 2222 notes.txt me@host:\n"
        "```\n"
    )
    assert not [back for *_, back in facts(text) if back in ("다시 입력", "Try again")]
    assert {11, 15} <= set(warned(text))
