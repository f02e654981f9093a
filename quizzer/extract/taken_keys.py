"""Keys the notes say another program uses (pure).

Notes on a multiplexer's prefix often list the keys given up and why::

    - keys tried before:
      - `C-b` used by vim (scroll back)
      - `C-a` go to the start of the line
      - `C-q` is used by emacs

A key said to be used by another program with keys of its own (vim, emacs) is that program's key, not what it
does in the notes' program; and a list where one item says so lists keys taken elsewhere, so none of its keys
is read as what it does there (``C-a`` above tells what it does in a shell).  Each becomes a warning.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizzer import lazyre
from quizzer.extract.knowledge import KEY_PROGRAMS
from quizzer.extract.model import Kind, NoteDraft

__all__ = ["TAKEN_KEY", "taken_elsewhere"]

#: the reason of the doubt: the key is another program's, or listed among other programs' keys
TAKEN_KEY = "taken_key"

# "- `C-b` used by vim", "  * `M-a` (my old choice) is used by emacs": an item opening on a key in a code span
_KEY_ITEM = lazyre.pattern(r"^(?P<indent>\s*)[-*+]\s+`[^`]+`\s*(?P<rest>.*)$")
_ITEM = lazyre.pattern(r"^(?P<indent>\s*)[-*+]\s")
# what the rest of such an item says when the key belongs to another program: "used by vim", "is used in my vim
# configuration", "(was the old choice) is used by emacs", "already taken by screen"
_USED_BY = lazyre.pattern(
    r"^(?:\([^()]*\)\s*)?(?:is\s+|are\s+)?(?:already\s+)?(?:used|taken|bound)\s+(?:by|in)\s+(?:my\s+)?(?P<program>[\w.+-]+)",
    re.IGNORECASE,
)


def _owner(rest: str) -> str | None:
    """The program with keys that the rest of a key item says uses the key, or None."""
    match = _USED_BY.match(rest.strip())
    if match is None:
        return None
    program = match.group("program").casefold()
    return KEY_PROGRAMS.get(program)


# how far from its note the list is read, above and below: within what decide's memo keys on (decide._AROUND)
_READ = {-1: 64, 1: 8}


def _siblings(lines: Sequence[str], line: int, indent: int) -> list[str]:
    """The rests of the key items of the list around ``line`` at ``indent`` (lines nested deeper are passed over; a
    blank line, a line less indented or an item less indented ends the list)."""
    rests: list[str] = []
    for step, reach in _READ.items():
        at = line + step
        while 1 <= at <= len(lines) and abs(at - line) <= reach:
            text = lines[at - 1]
            written = len(text) - len(text.lstrip())
            if not text.strip() or written < indent:
                break
            item = _ITEM.match(text)
            if item is not None and len(item.group("indent")) == indent:
                key_item = _KEY_ITEM.match(text)
                rests.append(key_item.group("rest") if key_item is not None else "")
            at += step
    return rests


def taken_elsewhere(note: NoteDraft, lines: Sequence[str]) -> bool:
    """``note`` makes a key of the notes' program from an item that says another program uses the key, or from a
    list where another item says so."""
    if note.kind is not Kind.COMMAND or note.command not in KEY_PROGRAMS.values() or not 1 <= note.line <= len(lines):
        return False
    item = _KEY_ITEM.match(lines[note.line - 1])
    if item is None:
        return False
    rests = [item.group("rest"), *_siblings(lines, note.line, len(item.group("indent")))]
    return any(owner is not None and owner != note.command for owner in map(_owner, rests))
