"""Keys as people write them in an editor's notes, beyond the bare key.

Notes about an editor often dress the key they explain::

    - **[shift + g]:** go to the last line          a key or chord in square brackets
    - **[: + wq]:** save and quit                   keys typed in turn, joined by " + "
    - **숫자 + G:** jump to that line               a part you choose ("숫자", "word") among them
    - **0(zero):** start of the line                a key and a word on it in parentheses
    - **n 또는 *:** next match                        keys that do the same, joined by "or"
    - **> 2번 클릭:** indent, **j twice:** …        a key pressed several times
    - Ex. **4j:** four lines down                   a worked example under a key, labelled

:func:`read` says which key such a text names, as it is typed and as a card asks it; ``None`` for
anything else, so a term of those notes ("Normal mode", "레지스터") stays a term; :func:`add` makes the note
of a ``key: meaning`` line whose key is written so.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from quizzer import lazyre
from quizzer.extract import key_pairs
from quizzer.extract.knowledge import KEY_NAMES, is_key_chord
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk

__all__ = ["WrittenKey", "add", "add_under", "alternatives", "read"]


class WrittenKey(NamedTuple):
    front: str  # the key as a card shows it (the brackets and the label dropped)
    typed: str  # what is typed: the front, or the key repeated ("ctrl + w ctrl + w", ">>")


_LABEL = lazyre.pattern(r"^(?:ex|e\.g|eg|예)[.)]\s+", re.IGNORECASE)
_BRACKETS = lazyre.pattern(r"^\[([^\[\]]+)\]$")
_GLOSSED = lazyre.pattern(r"^(\S{1,4}?)\(([^\W\d_]{2,}[^()]{0,15})\)$")
# pressed several times: "> 2번 클릭", "x 3번 누르기", "j twice"
_TIMES = lazyre.pattern(r"^(.*?\S)\s+(?:([2-9])\s*번\s*(?:클릭|누르기|누름|입력|연타)?|(twice|two times|thrice))$", re.IGNORECASE)
_OR = lazyre.pattern(r"\s+(?:또는|혹은|or)\s+", re.IGNORECASE)
_WORDS = {"twice": 2, "two times": 2, "thrice": 3}
_WORD = lazyre.pattern(r"[A-Za-z][a-z]{2,}")
_PLUS = lazyre.pattern(r"\s+\+\s+")
# a part the reader chooses, written as words in a language other than the key's: "숫자", "찾을 단어"
_CHOSEN = lazyre.pattern(r"[^\x00-\x7f\s]+(?:\s[^\x00-\x7f\s]+){0,2}|<[A-Za-z][\w -]{0,15}>")
# what follows ":" in an ex command typed in parts: "set number", "tabnew"
_EX_WORDS = lazyre.pattern(r"[a-z][a-z!]*(?:\s[a-z][\w!]*){0,2}")


def _one(text: str) -> bool:
    """A key or a chord; a word of three letters or more only when it names a key ("Enter", not "Git")."""
    if _WORD.fullmatch(text) and text.casefold() not in KEY_NAMES:
        return False
    return key_pairs.is_key(text) or is_key_chord(text)


def _in_turn(text: str) -> bool:
    """``: + set number``, ``/ + 찾을 단어 + Enter``, ``숫자 + p``: keys typed one after another, some of the
    parts chosen by the reader; at least one part a key, never only chosen parts."""
    parts = _PLUS.split(text)
    if len(parts) < 2:
        return False
    keys = 0
    for n, part in enumerate(parts):
        if _one(part):
            keys += 1
        elif not (_CHOSEN.fullmatch(part) or n and parts[n - 1] == ":" and _EX_WORDS.fullmatch(part)):
            return False
    return keys > 0


def _key(text: str) -> str | None:
    """The key ``text`` names (brackets and a parenthesised word dropped), or None."""
    text = text.strip()
    bracketed = _BRACKETS.match(text)
    if bracketed is not None:
        text = bracketed.group(1).strip()  # "[esc]", "[shift + g]": the brackets only set the key apart
    if _one(text) or _in_turn(text):
        return text
    glossed = _GLOSSED.match(text)
    if glossed is not None and key_pairs.is_key(glossed.group(1)):
        return glossed.group(1)  # "0(숫자)": the key, and which of its kind it is
    return None


def alternatives(text: str) -> list[str] | None:
    """``n 또는 *``, ``[ctrl + c] or [esc]``: keys that do the same, each as typed; None unless every part is a key."""
    parts = _OR.split(text.strip())
    if len(parts) < 2:
        return None
    keys = [_key(_LABEL.sub("", part, count=1)) for part in parts]
    return [key for key in keys if key is not None] if None not in keys else None


def read(text: str) -> WrittenKey | None:
    """The key ``text`` names as the notes write it; None when it is no key."""
    text = _LABEL.sub("", text.strip(), count=1)
    times = _TIMES.match(text)
    if times is not None:
        key = _key(times.group(1))
        if key is None:
            return None
        count = int(times.group(2)) if times.group(2) else _WORDS[times.group(3).lower()]
        typed = key * count if len(key) == 1 else " ".join([key] * count)
        return WrittenKey(f"{key} {text[times.end(1):].strip()}", typed)
    key = _key(text)
    return None if key is None else WrittenKey(key, key)


def add(walk: Walk, text: str, meaning: str, line: int) -> bool:
    """The note of ``text: meaning`` in notes about an editor when ``text`` is a key written as above (keys that do
    the same: one note, each a right answer); False when it is none."""
    program = walk.key_program(text)
    if program is None:
        return False
    keys = alternatives(text)
    if keys is not None:
        return key_pairs.add_keys(walk, keys, meaning, line)
    written = read(text)
    if written is None:
        return False
    walk.add(Kind.COMMAND, term=written.front, front=written.front, back=meaning, command=program, line=line,
             answers=tuple(dict.fromkeys((written.typed, written.front))), reason="`key: meaning` line")
    return True


# a list item's line as written: its indent and its text
_ITEM = lazyre.pattern(r"^(?P<indent>\s*)(?:[-*+]|\d+[.)])\s+(?P<text>\S.*?)\s*$")
_BARE_KEY = lazyre.pattern(r"^(?:\*\*|__)?(?P<key>[^*_:]+?)\s*[:：]\s*(?:\*\*|__)?$|^(?:\*\*|__)(?P<bold>[^*_]+?)\s*[:：](?:\*\*|__)$")


def _parent_key(walk: Walk, line: int) -> str | None:
    """The key of the item ``line`` is nested under, when that item is a key and a colon, nothing after it."""
    here = _ITEM.match(walk.written(line) or "")
    if here is None:
        return None
    for above in range(line - 1, max(line - 12, 0), -1):
        item = _ITEM.match(walk.written(above) or "")
        if item is None:
            return None  # a paragraph between: not the same list
        if len(item.group("indent")) < len(here.group("indent")):
            bare = _BARE_KEY.match(item.group("text"))
            if bare is None:
                return None
            written = read(bare.group("key") or bare.group("bold"))
            return written.front if written is not None else None
    return None


def add_under(walk: Walk, label: str, meaning: str, line: int) -> bool:
    """``- **p:**`` / ``  - 단어 복사: 바로 뒤에 붙여넣기`` / ``  - 행 복사: 아랫줄에 붙여넣기``: a key whose meaning is told
    case by case in the items under it; a key note per case, the case and its meaning the back.  False when
    the item is not under such a key."""
    program = walk.key_program()
    key = _parent_key(walk, line) if program is not None else None
    if key is None or not meaning.strip():
        return False
    walk.add(Kind.COMMAND, term=f"{key} ({label})", front=key, back=f"{label}: {meaning}", command=program, line=line,
             answers=(key,), reason="key over its cases, one item each")
    return True
