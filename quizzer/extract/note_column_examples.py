"""An example command line and what it does, in the note column of a table of options (pure).

    | 옵션 | 설명 | 비고 |
    |----|----|----|
    | `-z` | gzip으로 압축 | `$ tar -czf a.tgz dir` >> dir을 a.tgz로 압축 |

A table that lists a program's options may keep, in a further column beside the meaning, an example of one in use:
the line in a code span, an arrow (``>>``, ``->``, ``→``, ``=>``), then what the line does.  That is a fact of its
own, the line → what it does (a command note), read when the line runs the program whose options the table lists (the
program the row's option belongs to); a cell of anything else is left alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from quizzer import lazyre
from quizzer.extract.blocks import Inline
from quizzer.extract.walk import Walk
from quizzer.shell import parse_invocation

__all__ = ["REASON", "read"]

REASON = "example line and what it does in a table's note column"
# "`$ssh-keygen -t rsa` >> rsa로 키 생성": the line in code, an arrow, then what it does
_EXAMPLE = lazyre.pattern(r"^`(?P<line>[^`]+)`\s*(?:>>|->|→|=>)\s*(?P<what>\S.*?)\s*$")


def read(walk: Walk, cells: Sequence[Inline], columns: tuple[int, int], line: int) -> None:
    """The command notes of the row's cells outside ``columns`` (its option's and meaning's) that are such examples."""
    owner = walk.command()
    if owner is None:
        return
    for n, cell in enumerate(cells):
        if n in columns:
            continue
        example = _EXAMPLE.match(cell.marked.strip())
        invocation = parse_invocation(example.group("line")) if example is not None else None
        if example is None or invocation is None or invocation.command.split()[0] != owner.split()[0]:
            continue
        walk.add_command(invocation, example.group("what"), line, reason=REASON)
