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

from quizzer.extract import key_pairs
from quizzer.extract.blocks import Para, Span
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
_LEADING_SEPARATOR = re.compile(r"\s*[:：]\s+|\s*[:：]$|\s+[-–—=]\s+")
_WORDY = re.compile(r"[^\W\d_]{2,}")
_REASON = "key in a list of shortcut keys"
_SHARED = "keys in a list of shortcut keys that do the same"
_MARKS = re.compile(r"[\s\u2B00-\u2BFF\u2600-\u27BF\uFE0F\u200D\U0001F000-\U0001FAFF]+$")


def _in_keys_section(walk: Walk) -> bool:
    return any(_KEYS_HEADING.search(heading) for heading in walk.path[-2:])


def read(walk: Walk, block: Para) -> bool:
    """One ``KEY : meaning`` item under a heading about keys; False when it is not one."""
    spans = block.inline.spans
    if "\n" in block.inline.raw.strip() or not spans or spans[0].kind != "code":
        return False
    if not _in_keys_section(walk):
        return False
    keys, index, _parts = key_pairs.head(spans)
    if len(keys) > 1:
        return _several(walk, block, keys, "".join(span.text for span in spans[index:]))
    text = block.text
    separator = _SEPARATOR.search(text)
    if separator is None:
        return False
    key, meaning = clean(text[: separator.start()]), _MARKS.sub("", text[separator.end() :]).strip()
    chord = _SIGN.sub("", key)
    # "`z` : 삭제 취소", "`dd` : …" beside other keys of the list: a key, even one spelt like a program
    short = len(spans) == 2 and walk.key_item == walk.block - 1 and key_pairs.is_key(chord, program_ok=True)
    if not meaning or not (is_key_chord(chord) or _named_key(chord) or short or _lone_key(spans, chord)):
        return False
    walk.key_item = walk.block
    if walk.add_key(key, meaning, block.line, reason=_REASON):
        return True
    walk.add(
        Kind.COMMAND, term=key, front=key, back=meaning, command=None, line=block.line,
        answers=tuple(dict.fromkeys((key, chord))), reason=_REASON,
    )
    return True


def _lone_key(spans: tuple[Span, ...], chord: str) -> bool:
    """``L``, ``%``: one character in a code span of its own, which no word is."""
    return len(spans) == 2 and len(chord) == 1 and not chord.isspace()


def _several(walk: Walk, block: Para, keys: list[str], rest: str) -> bool:
    """`` `a`, `b` : 순서대로 위, 아래에 추가``: each key its part of the meaning, or all of them one meaning."""
    separator = _LEADING_SEPARATOR.match(rest)
    if separator is None or not all(_named_key(k) or is_key_chord(k) or key_pairs.is_key(k, program_ok=True) for k in keys):
        return False
    meaning = _MARKS.sub("", rest[separator.end() :]).strip()
    if not _WORDY.search(meaning):
        return False
    walk.key_item = walk.block
    program = walk.key_program()
    if key_pairs.split_keys(walk, keys, meaning, block.line, program=program):
        return True
    named = ", ".join(keys)  # "`shift+enter` or `ctrl+enter` : 실행": one meaning, each key a right answer
    walk.add(Kind.COMMAND, term=named, front=named, back=clean(meaning), command=program, line=block.line,
             answers=tuple(keys), reason=_SHARED)
    return True


def _named_key(chord: str) -> bool:
    """Tab, Esc, Page Up, F5, ←: a key by its name (knowledge.KEY_NAMES) or an arrow."""
    name = "".join(chord.casefold().split())
    return name in KEY_NAMES or name in _ARROWS
