"""A table of programs and what replaces each (pure).

    | net-tools | 대체 명령어 | 자주 쓰는 명령어 |
    | --------- | ----------- | ---------------- |
    | netstat   | ss          | ss -nltp         |

Notes on moving from old tools to new ones write each old program in the first column and, under a header saying
so (``대체 명령어``, ``Replacement``: :data:`quizzer.extract.knowledge.REPLACEMENT_HEADER_WORDS`), what to use
instead.  Each row is one fact: the old program → what replaces it, a command note of the old program whose back
names the replacement and the header that says what it is (``ss (대체 명령어)``).  Other columns (a usual command
line of the new tool) say something else and are left off.  A row whose first cell is not one program's name, or
whose replacement cell is empty (``-``) or the same program, is no such fact: warned, no card.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.blocks import Inline, Table
from quizzer.extract.knowledge import EMPTY_CELLS, REPLACEMENT_HEADER_WORDS
from quizzer.extract.terms import strip_markers
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.shell import Invocation, looks_like_command
from quizzer.text import clean

__all__ = ["REASON", "read"]

REASON = "table row: a program and what replaces it"

_NAME = lazyre.pattern(r"[a-z][\w.+-]*")  # "netstat", "ifconfig", "net-tools"


def _cell(cells: tuple[Inline, ...], index: int) -> str:
    return clean(strip_markers(cells[index].plain)) if index < len(cells) else ""


def read(walk: Walk, block: Table) -> bool:
    """The notes of such a table; False when no column but the first is headed as what replaces it."""
    headers = [clean(strip_markers(text)) for text in block.header]
    column = next((i for i, h in enumerate(headers) if i > 0 and h.casefold() in REPLACEMENT_HEADER_WORDS), None)
    if column is None or not block.rows:
        return False
    for line, cells in block.rows:
        old, new = _cell(cells, 0), _cell(cells, column)
        if _NAME.fullmatch(old) is None or new.casefold() in EMPTY_CELLS or new.split()[0] == old or not looks_like_command(new):
            walk.warn(line, _(
                "line {line}: the row does not name one program and another that replaces it; no card made from it"
            ).format(line=line))
            continue
        walk.add_command(Invocation(old, (), old), f"{new} ({headers[column]})", line, reason=REASON)
    return True
