"""A table of what to do and the keys that do it, a column per platform (pure).

App cheat sheets often tabulate their shortcuts with the action first and one column of keys per
platform::

    | Action          | Windows / Linux | macOS       |
    |-----------------|-----------------|-------------|
    | Reopen tab      | Ctrl+Shift+T    | Cmd+Shift+T |

Each row is one command note: the action is the meaning, every platform's keys are right answers
and the front names them with their platform.  A table reads so when its header has one column of
what it does (Action, 기능, 설명, Command …) and one or more columns of keys named by a platform
(Windows, macOS, Linux) or by the word for keys (Shortcut, Keys, 단축키) after that column.  A row
whose cells hold no key (a word, a sentence) is warned about, never made a card.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract import app_headings, key_pairs
from quizzer.extract.blocks import Table
from quizzer.extract.knowledge import (
    COMMAND_WORDS_KO, EMPTY_KEY_CELLS, KEY_NAMES, KEY_PLATFORMS, MEANING_HEADER_WORDS, is_key_chord, names_pattern,
)
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.text import clean

__all__ = ["is_key", "key_row", "read", "typed_option_row"]

_PLATFORM = lazyre.pattern(
    rf"{names_pattern(KEY_PLATFORMS)}(?:\s*/\s*{names_pattern(KEY_PLATFORMS)})?(?:\s*(?:keys?|shortcuts?|단축키))?",
    re.IGNORECASE,
)
_KEYS = lazyre.pattern(r"shortcuts?|short-?cut\s+keys?|keys?|key\s*bindings?|keybindings?|hot\s*keys?|단축키|키", re.IGNORECASE)
# the column of what each row does: a gloss column's words, or the task or command done
_ACTION = lazyre.pattern(
    names_pattern(MEANING_HEADER_WORDS | COMMAND_WORDS_KO | {"what", "function", "command", "task", "작업"}), re.IGNORECASE
)
_ALTERNATIVES = lazyre.pattern(r"\s+(?:/|or|또는|\|)\s+|\s*,\s+")
_REASON = "table of actions and the keys that do them"


def _columns(header: tuple[str, ...]) -> tuple[int, list[int]] | None:
    """The column of actions and the columns of keys, or None when the table is not that shape."""
    names = [clean(h.replace("`", "")).strip("*_ ") for h in header]
    platforms = [i for i, h in enumerate(names) if _PLATFORM.fullmatch(h)]
    actions = [i for i, h in enumerate(names) if i not in platforms and _ACTION.search(h) and not _KEYS.fullmatch(h)]
    if len(actions) != 1:
        return None
    action = actions[0]
    keys = platforms or [i for i, h in enumerate(names) if i > action and _KEYS.fullmatch(h)]
    return (action, keys) if keys and (platforms or len(keys) == 1) else None


def is_key(text: str) -> bool:
    """A key or a chord of keys as tables of shortcuts write them (``Ctrl+Shift+T``, ``Alt + Maj + L``, ``F5``)."""
    folded = "".join(text.casefold().split())
    return is_key_chord(text) or folded in KEY_NAMES or key_pairs.is_key(text, program_ok=True)


def read(walk: Walk, block: Table) -> bool:
    """Read ``block`` as a table of actions and their keys; False (nothing done) when it is not one."""
    columns = _columns(block.header)
    if columns is None:
        return False
    action, key_columns = columns
    platform = len(key_columns) > 1 or _PLATFORM.fullmatch(clean(block.header[key_columns[0]]).strip("*_ ")) is not None
    program = walk.key_program() or app_headings.app(walk)
    for line, cells in block.rows:
        if action >= len(cells):
            continue
        meaning = clean(cells[action].plain)
        written: list[str] = []
        keys: list[str] = []
        for column in key_columns:
            cell = clean(cells[column].plain) if column < len(cells) else ""
            if cell.casefold() in EMPTY_KEY_CELLS:
                continue
            chords = [part for part in _ALTERNATIVES.split(cell) if part]
            if not all(is_key(chord) for chord in chords):
                keys = []
                break
            name = clean(block.header[column]).strip("*_ ")
            written.append(f"{cell} ({name})" if platform else cell)
            keys.extend(chords)
        if not keys or not meaning:
            walk.unless_read(line, _(
                "line {line}: a row of a table of shortcut keys whose cells are not all keys; no card made from it"
            ).format(line=line))
            continue
        if len(set(written)) > 1 and len({w.rsplit(" (", 1)[0] for w in written}) == 1:
            written = [written[0].rsplit(" (", 1)[0]]  # the same keys on every platform: written once
        walk.add(Kind.COMMAND, term=meaning, front=", ".join(dict.fromkeys(written)), back=meaning, command=program,
                 line=line, answers=tuple(dict.fromkeys(keys)), reason=_REASON)
    return True


_KEYS_HEADER = lazyre.pattern(r"(?:키|단축키|keys?|shortcuts?|hot\s*keys?|key\s*bindings?|keybindings?)", re.IGNORECASE)
_KEY_ROW = "key table row"


def typed_option_row(walk: Walk, header: str, term: str, meaning: str, line: int) -> bool:
    """``| -i | Toggle "smart case" |`` under a ``Key`` header in notes about a pager or an editor: what is typed
    inside the program (less takes ``-i`` as a command while it runs), a key of it, not a command-line option."""
    program = walk.key_program()
    if program is None or not meaning or not term.startswith("-") or " " in term.strip():
        return False
    if not _KEYS_HEADER.fullmatch(clean(header).strip("*_` ")):
        return False
    walk.add(Kind.COMMAND, term=term, front=term, back=meaning, command=program, line=line, answers=(term,),
             reason=_KEY_ROW)
    return True


def key_row(walk: Walk, header: str, term: str, meaning: str, line: int) -> bool:
    """``| `k` | 재생/일시정지 |`` under a ``키`` (key) header, in notes about no editor: a key of the app the heading
    above names (``app_headings``) or of none, never a program called ``k``; False when the column or the cell is
    no key."""
    if walk.key_program() is not None or not meaning or not _KEYS_HEADER.fullmatch(clean(header).strip("*_` ")):
        return False
    if not (is_key_chord(term) or "".join(term.casefold().split()) in KEY_NAMES or key_pairs.is_key(term)):
        return False
    walk.add(Kind.COMMAND, term=term, front=term, back=meaning, command=app_headings.app(walk), line=line,
             answers=(term,), reason=_KEY_ROW)
    return True
