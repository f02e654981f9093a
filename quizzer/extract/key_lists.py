"""A list of shortcut keys under a heading that says so (pure).

    ## ⌨️ Shortcut Keys
    - `Tab` : 파일 또는 디렉토리 이름 자동완성 ⭐️
    - `Ctrl(⌃)` + `A` : 커서를 줄 맨 앞으로 이동

Under a heading about keys (단축키, shortcut keys, key bindings, hotkeys), an item ``KEY : meaning``
whose KEY is a chord (``Ctrl + A``, ``Ctrl(⌃) + A``: the symbol in parentheses is the key's sign)
or a named key (``Tab``, ``Esc``, ``F5``) is a key and what it does: a command card of the
document's editor or multiplexer when it has one, else of no program (a terminal's keys belong to
whichever shell reads them).  A trailing mark (⭐️) is the writer's emphasis, not the meaning.
"""

from __future__ import annotations

import re

from quizzer.extract.blocks import Para
from quizzer.extract.knowledge import KEY_NAMES, is_key_chord
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.text import clean

__all__ = ["read"]

_KEYS_HEADING = re.compile(
    r"단축\s*키|shortcuts?\b|hot\s*keys?|key\s*bindings?|keybindings?|keyboard|키보드|키\s*바인딩", re.IGNORECASE
)
_ARROWS = frozenset("←↑→↓")
# "Ctrl(⌃)", "Cmd(⌘)", "Option(⌥)": the key's name with its sign in parentheses
_SIGN = re.compile(r"(?<=[A-Za-z])\s*\([^\w\s()]{1,2}\)")
# " : " between the key and its meaning (the first one; the meaning may hold more)
_SEPARATOR = re.compile(r"\s+[:：]\s+|\s*[:：]\s+(?=\S)")
# a trailing run of emoji and their variation selectors: the writer's marks, not words
_MARKS = re.compile(r"[\s\u2B00-\u2BFF\u2600-\u27BF\uFE0F\u200D\U0001F000-\U0001FAFF]+$")


def _in_keys_section(walk: Walk) -> bool:
    return any(_KEYS_HEADING.search(heading) for heading in walk.path[-2:])


def read(walk: Walk, block: Para) -> bool:
    """One ``KEY : meaning`` item under a heading about keys; False when it is not one."""
    if "\n" in block.inline.raw.strip() or not block.inline.spans or block.inline.spans[0].kind != "code":
        return False
    if not _in_keys_section(walk):
        return False
    text = block.text
    separator = _SEPARATOR.search(text)
    if separator is None:
        return False
    key, meaning = clean(text[: separator.start()]), _MARKS.sub("", text[separator.end() :]).strip()
    chord = _SIGN.sub("", key)
    if not meaning or not (is_key_chord(chord) or _named_key(chord)):
        return False
    if walk.add_key(key, meaning, block.line, reason="key in a list of shortcut keys"):
        return True
    walk.add(
        Kind.COMMAND, term=key, front=key, back=meaning, command=None, line=block.line,
        answers=tuple(dict.fromkeys((key, chord))), reason="key in a list of shortcut keys",
    )
    return True


def _named_key(chord: str) -> bool:
    """Tab, Esc, Page Up, F5, ←: a key by its name (knowledge.KEY_NAMES) or an arrow."""
    name = "".join(chord.casefold().split())
    return name in KEY_NAMES or name in _ARROWS
