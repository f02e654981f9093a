"""A code block of key chords, each with what it does after a wide gap (pure).

Notes about a program with a window or a console often list its keys as a little table in a fence::

    Ctrl+Alt+f         toggle full screen
    Ctrl+a x           quit

Each row is one key → its meaning.  The block reads so only when every line that is not blank is
such a row (a chord, a chord and keys typed after it — ``C-x 4 b`` — or a named key, then at least two spaces, or a colon, a dash or an arrow, then
words: ``Ctrl+P : 파일 찾기``) and there are at least two of them: one row alone may be a line of
output.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Code
from quizzer.extract.knowledge import KEY_NAMES, is_key_chord, is_key_sequence
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.i18n import _

__all__ = ["read"]

# "Ctrl+Alt+g         release mouse capture from VM": the keys, a gap of two spaces or more, words
_ROW = lazyre.pattern(r"^(?P<key>\S+(?: \S+){0,3})\s{2,}(?P<meaning>[A-Za-z\uac00-\ud7a3].*\S)\s*$")
# "Ctrl+P : 파일 찾기", "Ctrl+K, Ctrl+B - 사이드바": the keys, a colon, a dash or an arrow, words
_MARKED_ROW = lazyre.pattern(
    r"^(?P<key>\S.{0,29}?)(?:\s*[:：]\s+|\s+(?:[-–—→]|->|=>)\s+)(?P<meaning>[A-Za-z\uac00-\ud7a3].*\S)\s*$"
)


# "         => press n/N to search again": an indented line opening with the arrow the rows use, going on from the row
_GOES_ON = lazyre.pattern(r"^\s+(?:=>|->|→)\s*\S")


# "… Hit enter", "…. Then press q": a last sentence telling to press another key
_THEN_PRESS = lazyre.pattern(r"(?<=[.!])\s+(?P<tail>(?:then\s+)?(?:press|hit)\s+[^.!]{1,20}[.!]?)\s*$", re.IGNORECASE)


def block_line(block: Code, number: int) -> str:
    """The text of line ``number`` of ``block``."""
    return dict(block.lines).get(number, "")


def _named(key: str) -> bool:
    return "".join(key.casefold().split()) in KEY_NAMES


def read(walk: Walk, block: Code) -> bool:
    """Read ``block`` as a table of keys; False (nothing done) when it is not that style."""
    rows: list[tuple[int, str, str]] = []
    more: list[int] = []  # "         => press n to …" under a row: the row's key goes on doing another thing
    for n, raw in block.lines:
        if not raw.strip():
            continue
        if rows and (more[-1:] or [rows[-1][0]])[-1] == n - 1 and _GOES_ON.match(raw):
            more.append(n)
            continue
        row = _ROW.match(raw.strip())
        if row is None or not (is_key_chord(row.group("key")) or is_key_sequence(row.group("key"))):
            row = _MARKED_ROW.match(raw.strip())
        if row is None or not (is_key_chord(row.group("key")) or is_key_sequence(row.group("key")) or _named(row.group("key"))):
            return False
        rows.append((n, row.group("key"), row.group("meaning")))
    if len(rows) < 2:
        return False
    for n in more:
        walk.warn(n, _(
            "line {line}: '{text}' goes on under the key above it with something more it does; not joined to that "
            "key's card, no card made from it"
        ).format(line=n, text=block_line(block, n).strip()))
    for n, key, meaning in rows:
        after = _THEN_PRESS.search(meaning)
        if after is not None:
            # "Ctrl + s + / => then type search string. Hit enter": the last sentence presses another key, a step of
            # its own after this key's
            walk.warn(n, _(
                "line {line}: '{tail}' tells to press another key after {key}; left off its card"
            ).format(line=n, tail=after.group("tail"), key=key))
            meaning = meaning[: after.start()].rstrip(" .")
        if not walk.add_key(key, meaning, n, reason="key and its meaning on one row of a code block"):
            walk.add(Kind.COMMAND, term=key, front=key, back=meaning, command=None, line=n,
                     reason="key and its meaning on one row of a code block")
    return True
