"""``NPM | Yarn`` over ``| `npm install gulp` | `yarn add gulp` |``: a table of equivalent command lines (pure).

A cheat sheet that teaches one program by another names the two in its header, one a column, and writes each
row as a line of the first and the line of the second that does the same.  The second column's line is what
the row teaches: its note is about that line, and its back the first column's line, the only meaning the table
gives it (the reverse card of a command note asks the other way).  The table is read so only when each header
cell is one word naming the program its column's lines start with (every line of the second column, half of the
first's at least: "./node_modules/.bin/gulp" beside "yarn run gulp" is no npm line, and still its equivalent)
and every cell is one code span; any other table is left to the other readers.
"""

from __future__ import annotations

from quizzer.extract.blocks import Inline, Table
from quizzer.extract.walk import Walk
from quizzer.shell import parse_invocation, tokenize

__all__ = ["REASON", "read"]

REASON = "row of a table of equivalent command lines"


def read(walk: Walk, block: Table) -> bool:
    """Read ``block`` as a table of equivalent command lines; False when it is not one (nothing read)."""
    if len(block.header) != 2:
        return False
    programs = [cell.strip().casefold() for cell in block.header]
    if programs[0] == programs[1] or not all(program.isalnum() for program in programs):
        return False  # "| Command | Description |" is read below as any table (it names no program per column)
    rows = [(line, [_code(cell) for cell in cells]) for line, cells in block.rows]
    if not rows or any(len(lines) != 2 or None in lines for _, lines in rows):
        return False
    firsts = [_program(lines[0]) for _, lines in rows]
    if any(_program(lines[1]) != programs[1] for _, lines in rows) or 2 * firsts.count(programs[0]) < len(firsts):
        return False
    for line, (first, second) in rows:
        invocation = parse_invocation(second or "")
        if invocation is not None and first:
            walk.add_command(invocation, first, line, reason=REASON)
    return True


def _code(cell: Inline) -> str | None:
    """The text of ``cell`` when it is one code span (white space around it aside), else None."""
    spans = [span for span in cell.spans if span.kind != "text" or span.text.strip()]
    if len(spans) != 1 or spans[0].kind != "code":
        return None
    return spans[0].text.strip()


def _program(line: str | None) -> str | None:
    """The first word of ``line``, folded: the program it runs."""
    tokens = tokenize(line or "")
    return tokens[0].casefold() if tokens else None
