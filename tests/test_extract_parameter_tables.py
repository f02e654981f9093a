"""Tables of the shell's parameters and history words (x-f34ko3), in examples of our own: a row keyed by ``$?``,
``$#`` or ``$HOME`` is a concept (what the shell puts in its place), never a command of the program the notes are
about; a first cell that is one code span keeps its ``*`` and ``_`` (``!*``, ``$_``), which are the term's, not
emphasis."""

from __future__ import annotations

from conftest import facts

import pytest

from quizzer.shell import is_shell_parameter

_PARAMETERS = """# 셸과 vim 메모

vim에서 `:q`로 나간다. vim에서 `:w`로 저장한다.

## 셸이 채우는 값

| 이름 | 설명 |
|---|---|
| `$#` | 스크립트에 넘긴 인자의 개수. |
| `$@` | 넘긴 인자 전부, 하나씩 따로. |
| `$_` | 바로 앞 명령의 마지막 인자. |
| `$HOME` | 사용자의 홈 폴더. |
"""


def test_parameters_in_a_table_are_concepts_of_no_program() -> None:
    rows = [(line, kind, command, front) for line, kind, command, front, _ in facts(_PARAMETERS) if line >= 9]
    assert rows == [
        (9, "concept", None, "$#"), (10, "concept", None, "$@"), (11, "concept", None, "$_"),
        (12, "concept", None, "$HOME"),
    ]


def test_a_code_cell_keeps_its_star_and_underscore() -> None:
    text = (
        "# history 메모\n\n| 형식 | 설명 | 예 | 펼친 결과 |\n|---|---|---|---|\n"
        "| `!*` | 앞 명령의 인자 전부 | `ls !*` | `ls x y` |\n| `!:1` | 앞 명령의 첫 인자 | `cat !:1` | `cat x` |\n"
    )
    assert [front for _, _, _, front, _ in facts(text)] == ["!*", "!:1"]


def test_emphasis_around_a_plain_cell_is_still_dropped() -> None:
    text = "# 메모\n\n| 명령 | 설명 |\n|---|---|\n| **pwd** | 지금 있는 폴더를 보여준다 |\n"
    assert [front for _, _, _, front, _ in facts(text)] == ["pwd"]


@pytest.mark.parametrize("text", ["$?", "$!", "$$", "$0", "$9", "$_", "$-", "$PATH", "${name}", "${10}"])
def test_a_parameter_alone(text: str) -> None:
    assert is_shell_parameter(text)


@pytest.mark.parametrize("text", ["$", "$ ls", "$(pwd)", "$HOME/bin", "echo $?", "$ {x}", "HOME"])
def test_not_a_parameter_alone(text: str) -> None:
    assert not is_shell_parameter(text)
