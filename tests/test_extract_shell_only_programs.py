"""A program whose name is something else in notes too (vi's key ``dd``), run with arguments in a shell's block, is
known as a program: the heading above says what the line does (issue 6, x-f32en2), examples of our own."""

from __future__ import annotations

import pytest
from conftest import facts


# a line of each program whose name is something else in notes too, run with arguments at a shell
_RUN = {"dd": "dd if=backup.img of=/dev/sdb bs=4M"}


def test_every_shell_only_program_has_an_example() -> None:
    from quizzer.extract.knowledge import SHELL_ONLY_PROGRAMS

    assert set(_RUN) == SHELL_ONLY_PROGRAMS


@pytest.mark.parametrize("program", sorted(_RUN))
def test_a_shell_only_program_run_with_arguments_in_a_shell_block_is_described_by_its_heading(program: str) -> None:
    text = f"## restore the backup\n```bash\n{_RUN[program]}\n```\n"
    assert [(command, back) for _, kind, command, _, back in facts(text) if kind == "command"] == [
        (program, "restore the backup")
    ]
    # alone, or in a block no shell's, it may be a key: the heading is not enough
    assert [n for n in facts(text.replace(_RUN[program], program)) if n[1] == "command"] == []
    assert [n for n in facts(text.replace("```bash", "```")) if n[1] == "command"] == []
