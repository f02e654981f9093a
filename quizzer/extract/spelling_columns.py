"""A table of options with a column for each spelling, short and long (pure).

    | Short  | Long              | Description                  |
    |--------|-------------------|------------------------------|
    | `-s`   | `--silent`        | Print nothing                |
    | `-o`   | `--output=FILE`   | Write to FILE instead        |

Option references set an option's short and long spellings side by side, the columns headed ``Short`` /
``Long`` (``짧은 옵션`` / ``긴 옵션``), and what it does in a column of meanings.  Each row is one option: its
spellings from both cells (a value after a spelling, ``=FILE`` or `` FILE``, is left off the spelling and kept as
written among the answers; either cell may be empty), the meaning from its cell.  Rows written with no header and
no delimiter row (``| `-q` | `--quiet` | Print nothing |``), each a short option, a long one and words, are such a
table too (``pipe_rows``).

A long spelling typed with an en or em dash for one of its two hyphens (``–-verbose``, ``-–verbose``: a word
processor's or a keyboard's dash) is the option with two hyphens.  A cell that reads as no spelling makes no card
(warned): which option the row means is not sure.  Whose options they are: the section's command or the notes'
program (:meth:`Walk.command`), else no card (``Walk.add_option`` warns).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizzer import lazyre
from quizzer.extract.blocks import Inline, Table
from quizzer.extract.knowledge import EMPTY_CELLS, MEANING_HEADER_WORDS, names_pattern
from quizzer.extract.terms import cell_term, strip_markers
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.text import clean

__all__ = ["is_option_row", "read"]

REASON = "option table row"  # (as tables.read's rows of an option column)

_FORM = r"(?:\s*(?:options?|flags?|forms?|names?|옵션|플래그|형식))?"
_SHORT_HEADER = lazyre.pattern(rf"(?:short|짧은){_FORM}", re.IGNORECASE)
_LONG_HEADER = lazyre.pattern(rf"(?:long|긴){_FORM}", re.IGNORECASE)
_MEANING_HEADER = lazyre.pattern(names_pattern(MEANING_HEADER_WORDS), re.IGNORECASE)
_VALUE = r"(?P<value>(?:=|\s+)(?:<[^<>\s]+>|\[[^\[\]\s]+\]|[A-Za-z_][\w-]*))?"
# "-r", "-f PATH", "-e=PATTERN"
_SHORT = lazyre.pattern(rf"(?P<spelling>-[A-Za-z0-9?]){_VALUE}")
# "--count", "--after-context=NUM", "-–file PATH", "–-recursive": two dashes, one of them maybe typed as an en or em dash
_LONG = lazyre.pattern(rf"(?P<dashes>[-–—]{{2}})(?P<name>[A-Za-z0-9][\w-]*){_VALUE}")
_ROW_SPLIT = lazyre.pattern(r"\s*[,/]\s*")


def _columns(header: Sequence[str]) -> tuple[int, int, int] | None:
    """(short, long, meaning) columns of a header that names them, else None."""
    names = [strip_markers(cell).strip() for cell in header]
    short = next((i for i, name in enumerate(names) if _SHORT_HEADER.fullmatch(name)), None)
    long = next((i for i, name in enumerate(names) if _LONG_HEADER.fullmatch(name)), None)
    meaning = next((i for i, name in enumerate(names) if _MEANING_HEADER.fullmatch(name)), None)
    if short is None or long is None or meaning is None:
        return None
    return short, long, meaning


def _spellings(short: str, long: str) -> tuple[list[str], list[str]] | None:
    """The spellings of a row's two cells and the ones written with a value (``--file PATH``), or None when a
    cell reads as no spelling (or both are empty)."""
    spellings: list[str] = []
    written: list[str] = []
    for part in _ROW_SPLIT.split(short) if short.casefold() not in EMPTY_CELLS else []:
        match = _SHORT.fullmatch(part)
        if match is None:
            return None
        spellings.append(match.group("spelling"))
        if match.group("value"):
            written.append(part)
    if long.casefold() not in EMPTY_CELLS:
        match = _LONG.fullmatch(long)
        if match is None or "-" not in match.group("dashes"):
            return None
        spellings.append(f"--{match.group('name')}")
        if match.group("value"):
            written.append(f"--{match.group('name')}{match.group('value')}")
    return (spellings, written) if spellings else None


def _cell(cells: Sequence[Inline], index: int) -> str:
    return clean(cell_term(cells[index])) if index < len(cells) else ""


def is_option_row(cells: Sequence[str]) -> bool:
    """``| `-q` | `--quiet` | Print nothing |`` (cells as written): a short option, a long one and words, a row of such
    a table written with no header."""
    if len(cells) != 3:
        return False
    short, long, meaning = (clean(cell.replace("`", "")).strip() for cell in cells)
    return (
        short.casefold() not in EMPTY_CELLS and long.casefold() not in EMPTY_CELLS
        and _spellings(short, long) is not None and re.search(r"[^\W\d_]{2,}", meaning) is not None
    )


def read(walk: Walk, block: Table) -> bool:
    """Read ``block`` as such a table; False (nothing done) when it is not one."""
    columns = _columns(block.header)
    if columns is None and not (
        not any(cell.strip() for cell in block.header) and len(block.header) == 3 and block.rows
        and all(is_option_row([cell.raw for cell in cells]) for _line, cells in block.rows)
    ):
        return False
    short_col, long_col, meaning_col = columns or (0, 1, 2)
    command = walk.command()
    for line, cells in block.rows:
        meaning = _cell(cells, meaning_col)
        spelled = _spellings(_cell(cells, short_col), _cell(cells, long_col))
        if spelled is None or not meaning:
            walk.warn(line, _(
                "line {line}: the row's option cells do not read as an option's spellings, or it has no meaning; "
                "no card made from it"
            ).format(line=line))
            continue
        spellings, written = spelled
        walk.add_option(spellings, meaning, command, line, reason=REASON, written=written[0] if written else None)
    return True
