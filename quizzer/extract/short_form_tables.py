"""A table of short forms and what each stands for, among other columns (pure).

    | Style   | Abbreviation | Full name      | Escape |
    |---------|--------------|----------------|--------|
    | classic | BS           | "backspace"    | `\b`   |

Notes about encodings, protocols and file formats set their acronyms in a table whose columns are headed
``Abbreviation`` (``Acronym``, ``약어`` …) and ``Full name`` (``Stands for``, ``원어`` …), with other columns
beside (where it is used, how it is written).  Each row is one fact: the short form → the words it stands for, a
concept (quotes around the whole cell left off).  The other columns say other things of it and are left off.
Only when every row's short form is one short word and its long form words; otherwise the table is warned
about (nothing is dropped silently).
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.blocks import Inline, Table
from quizzer.extract.knowledge import EMPTY_CELLS, LONG_FORM_HEADER_WORDS, SHORT_FORM_HEADER_WORDS
from quizzer.extract.model import Kind
from quizzer.extract.terms import strip_markers
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.text import clean

__all__ = ["REASON", "read"]

REASON = "table row: a short form and what it stands for"

_SHORT = lazyre.pattern(r"[^\W_][\w.+&/-]{0,11}")  # "LF", "CRLF", "TCP/IP", "I/O"
_WORDS = lazyre.pattern(r"[^\W\d_]{2,}")
_QUOTED = lazyre.pattern(r"[\"“'‘](.+)[\"”'’]")


def _header(text: str) -> str:
    return clean(strip_markers(text)).casefold()


def _cell(cells: tuple[Inline, ...], index: int) -> str:
    return clean(strip_markers(cells[index].plain)) if index < len(cells) else ""


def read(walk: Walk, block: Table) -> bool:
    """The concepts of such a table; False when no column is headed as short forms beside one of long forms."""
    headers = [_header(text) for text in block.header]
    short = next((i for i, h in enumerate(headers) if h in SHORT_FORM_HEADER_WORDS), None)
    long = next((i for i, h in enumerate(headers) if h in LONG_FORM_HEADER_WORDS), None)
    if short is None or long is None or not block.rows:
        return False
    rows: list[tuple[int, str, str]] = []
    for line, cells in block.rows:
        term, meaning = _cell(cells, short), _cell(cells, long)
        quoted = _QUOTED.fullmatch(meaning)
        rows.append((line, term, quoted.group(1).strip() if quoted else meaning))
    if not all(_SHORT.fullmatch(term) and _WORDS.search(meaning) and meaning.casefold() not in EMPTY_CELLS
               for _, term, meaning in rows):
        walk.warn(block.line, _(
            "line {line}: a table of short forms whose cells are not each one short form and the words it stands "
            "for; no card made from it"
        ).format(line=block.line))
        return True
    for line, term, meaning in rows:
        walk.add(Kind.CONCEPT, term=term, front=term, back=meaning, command=None, line=line, reason=REASON)
    return True
