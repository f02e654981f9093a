"""Lines written as a table's rows with no delimiter row under them (pure).

Notes copied from a rendered page sometimes keep a table's rows but lose the line of dashes under its header, or
never had a header at all::

    **줄간 커서 이동**

    | Shift+'-' | 커서가 위치한 줄의 맨 처음으로 이동 |
    | '-' | 커서를 이전 줄의 맨 처음으로 이동 |

Markdown reads them as one paragraph of text; a reader sees a table of two columns, a subject and what it means.
They are read as the table they were meant to be (``tables.read``), when every line of the paragraph is a row of
the same two cells, each with text.  A first row whose cells are the words of a header (``| 키 | 설명 |``) is the
header; otherwise the columns have no names, as a two-column table's first column is its subject anyway.  Rows of
three cells are read only when each is an option's short spelling, its long one and words
(``| `-q` | `--quiet` | Print nothing |``, :mod:`quizzer.extract.spelling_columns`): the cells say what each column is.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract import spelling_columns, tables
from quizzer.extract.blocks import Para, Table, inline_of
from quizzer.extract.facts import Fact, needs
from quizzer.extract.walk import Walk

__all__ = ["read"]

_ROW = lazyre.pattern(r"\s*\|(?P<cells>.*\S.*)\|\s*")


def _cells(line: str) -> list[str] | None:
    row = _ROW.fullmatch(line)
    if row is None or "\\|" in line:
        return None
    cells = [cell.strip() for cell in row.group("cells").split("|")]
    if len(cells) == 3 and spelling_columns.is_option_row(cells):
        return cells  # "| `-q` | `--quiet` | Print nothing |": an option's short and long spellings, then its meaning
    return cells if len(cells) == 2 and all(cells) else None


@needs(Fact.UNLISTED, Fact.NO_QUOTE)
def read(walk: Walk, block: Para) -> bool:
    """Read ``block`` as the rows of a table with no delimiter row; False (nothing done) when it is not that."""
    if block.lists or block.quote or not block.inline.raw.lstrip().startswith("|"):
        return False
    numbers = range(block.line, block.line + block.inline.raw.count("\n") + 1)
    rows = [(n, _cells(walk.written(n) or "")) for n in numbers]
    if len(rows) < 2 or any(cells is None for _n, cells in rows):
        return False
    first = rows[0][1]
    assert first is not None
    header: tuple[str, ...] = ("",) * len(first)
    if any(len(cells or ()) != len(first) for _n, cells in rows):
        return False
    if len(first) == 2 and tables.names_columns(first[0], first[1]):
        header, rows = (first[0], first[1]), rows[1:]
    env: dict[str, object] = {}
    tables.read(walk, Table(
        header, tuple((n, tuple(inline_of(cell, env) for cell in cells or ())) for n, cells in rows), block.line))
    return True
