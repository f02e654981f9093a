"""``- `$ git rm [파일명]` : …``: a code span holding the prompt before the command (issue 6, x-f26ko), our own examples."""

from __future__ import annotations

from conftest import draft as _draft, facts


def test_the_prompt_in_the_code_span_is_left_off() -> None:
    text = "# 정리\n\n### 옵션\n- `$ git mv [옛이름] [새이름]` : 파일 이름을 바꾼다\n- `$ git mv -f [옛이름] [새이름]` : 덮어쓰며 바꾼다\n"
    assert facts(text) == [
        (4, "command", "git mv", "git mv", "파일 이름을 바꾼다"),
        (5, "command", "git mv", "git mv -f", "덮어쓰며 바꾼다"),
    ]


def test_a_stand_in_program_after_the_prompt_is_not_read_as_a_command() -> None:
    text = "# getopts\n\n- `$ command -a -b` : -b가 -a의 인수가 된다\n- `$ command -a x -b` : -b는 인식되지 않는다\n"
    assert all(n.kind.value != "command" for n in _draft(text).notes)
