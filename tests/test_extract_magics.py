"""IPython magics glossed in a list are commands typed in a cell (quizzer/extract/magics.py), examples of our own."""

from __future__ import annotations

from conftest import draft as _draft


def test_a_magic_and_its_gloss_is_a_command_of_no_program() -> None:
    text = (
        "# IPython 메모\n\n"
        "- `%whos` : 지금 정의된 변수 목록\n"
        "- `%%writefile hello.py` : 셀의 내용을 파일로 저장\n"
        "- `%` : 나머지\n"  # a sign alone is no magic
    )
    draft = _draft(text)
    notes = [(n.line, n.kind.value, n.command, n.front, n.back, n.answers) for n in draft.notes]
    assert notes[:2] == [
        (3, "command", None, "%whos", "지금 정의된 변수 목록", ("%whos",)),
        (4, "command", None, "%%writefile hello.py", "셀의 내용을 파일로 저장", ("%%writefile hello.py", "%%writefile")),
    ]
    magic = "magic command typed in a cell, then what it does"
    assert [n.front for n in draft.notes if n.reason == magic] == ["%whos", "%%writefile hello.py"]
