"""Text over a line that only says to type it again ("재입력", "Try again:") says nothing of what the line
does; the line does what the same command tried just before it was typed for (quizzer.extract.code, x-f13ko),
with examples of our own."""

from __future__ import annotations

from tests.conftest import facts, warned


def test_a_line_typed_again_does_what_the_same_command_before_it_was_for() -> None:
    text = (
        "# 원격 접속\n\n"
        "## 파일 보내기\n\n"
        "`scp notes.txt me@host:`\n\n"
        "권한 오류가 난다\n\n"
        "다시 입력\n\n"
        "`scp -i key.pem notes.txt me@host:`\n"
    )
    assert [(line, front, back) for line, _, _, front, back in facts(text)] == [
        (5, "scp notes.txt me@host:", "파일 보내기"),
        (11, "scp -i key.pem notes.txt me@host:", "파일 보내기"),
    ]


def test_again_over_another_command_is_no_description() -> None:
    text = (
        "# 원격 접속\n\n"
        "`ssh me@host`\n\n"
        "Try again:\n\n"
        "```sh\n"
        "scp -P 2222 notes.txt me@host:\n"
        "```\n"
    )
    assert not [back for *_, back in facts(text) if back == "Try again"]
    assert 7 in warned(text)
