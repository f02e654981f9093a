"""A table of things to type and the keys that type them, a column of keys per keyboard or platform (pure).

    | Symbol | US keys     | DE keys       |
    |--------|-------------|---------------|
    | @      | Shift + 2   | AltGr + Q     |
    | ~      | Shift + `   | AltGr + +     |

The first column names what the keys produce (a sign, a character, a thing to do), each other column's header
is a word for keys (Shortcut, Keys, 단축키) with what it is for (a layout, a platform).  A careful reader makes
one card per row: the thing → the keys of every column, each named by its column.  The table reads so only when
every column after the first is such a column and every filled cell of them holds keys; a row that does not
is warned about, never made a card.  (A table with an action column is ``quizzer.extract.key_tables``'.)
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract import key_tables
from quizzer.extract.blocks import Table
from quizzer.extract.knowledge import EMPTY_KEY_CELLS
from quizzer.extract.model import Kind
from quizzer.extract.terms import strip_markers
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.text import clean

__all__ = ["read"]

_REASON = "table of things and the keys that type them"
# "FR Shortcut", "CH DE Shortcut", "Mac keys", "단축키 (윈도우)": a word for keys and what they are for
_KEYS = lazyre.pattern(
    r"(?:.*\s)?(?:shortcuts?|keys?|key\s*bindings?|keybindings?|hot\s*keys?|단축키|키)(?:\s.*)?", re.IGNORECASE
)
_BARE_KEYS = lazyre.pattern(r"shortcuts?|keys?|key\s*bindings?|keybindings?|hot\s*keys?|단축키|키", re.IGNORECASE)
_ALTERNATIVES = lazyre.pattern(r"\s+(?:/|or|또는|\|)\s+|\s*,\s+")
_THING_WORDS = 3


def _name(header: str) -> str:
    return clean(strip_markers(header.replace("`", ""))).strip("*_ ")


def read(walk: Walk, block: Table) -> bool:
    """The rows of such a table as concepts; False (nothing done) when it is not one."""
    names = [_name(h) for h in block.header]
    if len(names) < 2 or _KEYS.fullmatch(names[0]) or not all(_KEYS.fullmatch(n) for n in names[1:]):
        return False
    named = len(names) > 2 or not _BARE_KEYS.fullmatch(names[1])  # "FR Shortcut": say which column
    for line, cells in block.rows:
        thing = clean(cells[0].plain) if cells else ""
        parts: list[str] = []
        good = bool(thing) and len(thing.split()) <= _THING_WORDS
        for column in range(1, len(names)):
            cell = clean(cells[column].plain) if column < len(cells) else ""
            if cell.casefold() in EMPTY_KEY_CELLS:
                continue
            if not all(key_tables.is_key(chord) for chord in _ALTERNATIVES.split(cell) if chord):
                good = False
                break
            parts.append(f"{cell} ({names[column]})" if named else cell)
        if not good or not parts:
            walk.warn(line, _(
                "line {line}: a row of a table of keys whose first cell is not a short name or whose other cells "
                "are not all keys; no card made from it"
            ).format(line=line))
            continue
        walk.add(Kind.CONCEPT, term=thing, front=thing, back="; ".join(parts), command=None, line=line,
                 answers=(thing,), reason=_REASON)
    return True
