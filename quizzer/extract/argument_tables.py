"""A table of the arguments a program takes: each argument, what it means, an example line (pure).

    | 인자값 | 설명 | 사용 예 |
    | --- | --- | --- |
    | `..` | 상위 디렉토리 | `cd ..` |
    | `(없음)` | 홈 디렉토리 | `cd` |

Notes on one program list the arguments it takes in a table: the first column names the argument (인자,
인자값, 인수, Argument, Parameter), one says what it means, and a column of examples (사용 예, 예시,
Example) gives a line that passes it.  The argument alone is no card ("`..`" is not a term); the card is the
program with that argument (``cd ..``) → its meaning, the program being the one every example line runs.  A
row whose argument is "none" (``(없음)``, ``none``) is the program run alone.  Only when every example line runs
the same program; else the rows are left to the other table readers.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from quizzer import lazyre
from quizzer.extract.blocks import Inline, Table
from quizzer.extract.knowledge import (
    ARGUMENT_WORDS_EN, ARGUMENT_WORDS_KO, EXAMPLE_WORDS, MEANING_HEADER_WORDS, names_pattern,
)
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.shell import Invocation, parse_invocation, tokenize
from quizzer.text import clean

__all__ = ["read"]

_REASON = "table row: an argument of the program and what it means"
_ARGUMENT_HEADER = lazyre.pattern(
    rf"{names_pattern(ARGUMENT_WORDS_KO | ARGUMENT_WORDS_EN)}(?:\s*값)?", re.IGNORECASE  # "인자값", "Argument 값"
)
_MEANING_HEADER = lazyre.pattern(names_pattern(MEANING_HEADER_WORDS), re.IGNORECASE)
# "사용 예", "Usage examples": an example label (knowledge.EXAMPLE_WORDS) of how it is used
_USAGE = lazyre.pattern(r"^(?:사용\s*|usage\s+)", re.IGNORECASE)
# "(없음)", "none", "(no argument)": the program run with no argument
_NO_ARGUMENT = lazyre.pattern(r"\(?(?:없음|인자\s*없음|none|no\s+arguments?)\)?", re.IGNORECASE)


def read(walk: Walk, block: Table) -> bool:
    """One command note per row of an argument table; False when the table is not one."""
    header = [clean(cell).strip() for cell in block.header]
    argument = _column(header, _ARGUMENT_HEADER.fullmatch)
    meaning = _column(header, _MEANING_HEADER.fullmatch)
    example = _column(header, _names_example)
    if argument is None or meaning is None or example is None or len({argument, meaning, example}) < 3:
        return False
    rows = [cells for _, cells in block.rows if max(argument, meaning, example) < len(cells)]
    if len(rows) < 2 or len(rows) < len(block.rows):
        return False
    program = _program([_lines(cells[example]) for cells in rows])
    if program is None:
        return False
    for line, cells in block.rows:
        written = clean(cells[argument].plain).strip()
        gloss = clean(cells[meaning].plain).strip()
        if not written or not gloss:
            walk.warn(line, _("line {line}: the row leaves the argument or what it means empty; no card made from it")
                      .format(line=line))
            continue
        typed = program if _NO_ARGUMENT.fullmatch(written) else f"{program} {written}"
        walk.add_command(Invocation(program, (), typed), gloss, line, reason=_REASON)
    return True


def _column(header: list[str], names: Callable[[str], object]) -> int | None:
    """The one column whose header ``names`` says is the one looked for, else None."""
    found = [n for n, text in enumerate(header) if names(text)]
    return found[0] if len(found) == 1 else None


def _names_example(header: str) -> bool:
    return _USAGE.sub("", header).rstrip(".").casefold() in EXAMPLE_WORDS


def _lines(cell: Inline) -> list[str]:
    """The command lines an example cell holds: each code span (``<li>`cd ..`</li>`` one of several)."""
    return [span.text.strip() for span in cell.spans if span.kind == "code" and span.text.strip()]


def _program(examples: list[list[str]]) -> str | None:
    """The one program every example line runs, else None."""
    programs = set()
    for lines in examples:
        if not lines:
            return None
        for text in lines:
            invocation = parse_invocation(text)
            if invocation is None:
                return None
            programs.add(tokenize(text)[0])
    return programs.pop() if len(programs) == 1 else None
