"""A plain code block of keys, each glossed on the line under it, indented deeper (pure).

Key references copied from a program's manual or help screen often keep its layout: the keys of
one binding on a line (aliases or keys that share a meaning, comma-separated), what they do on the
next line, indented deeper, and unindented names of the groups (modes) the bindings belong to::

    Normal mode

      j, Down
        Move down one line
      h, l
        Scroll left or right
      ^f
        Page forward

A careful reader makes one card per binding, its line the gloss's: keys that share a gloss are one
card (each key a right answer); keys whose gloss lists one part per key ("left or right", "the
first, the last or the nth", "undo, redo the last change", "왼쪽, 오른쪽으로 이동") take a part each, with
the words the parts share (``h`` → "Scroll left"); a list of "or"/"and" whose parts do not pair with the
keys (four directions for six keys) stays one card, as written; a comma list that does not pair is warned
(``quizzer.extract.key_shares``).  A key bound again in a later group with another meaning names its group on the card
(``j (Index mode)``); with no group to tell them apart, the later binding is warned about.

The block reads so only when its shape is this one throughout (every term line has a gloss under
it; lines above the terms' indentation are short group names) and at least two thirds of its term
lines, and three or more, are keys of a keyboard or a mouse; a term line that is not is warned
about.  A block of words glossed so (sub-commands, settings) is not keys: other readers have it.
"""

from __future__ import annotations

import re
from typing import Final

from quizzer import lazyre
from quizzer.extract import key_pairs, key_shares
from quizzer.extract.blocks import Code
from quizzer.extract.knowledge import KEY_NAMES, MOUSE_NAMES, UNMARKED_FENCE_INFOS, is_key_chord
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.text import clean

__all__ = ["UNCLEAR", "read", "shares"]

UNCLEAR: Final = "unclear"
_ONE: Final[list[str]] = []  # "Select and open entry": two verbs of one action, no list of parts

_SHARED = "keys glossed on the line under them in a code block"
_SPLIT = "keys glossed on the line under them, each with its part of the gloss"
_KEYS_SPLIT = lazyre.pattern(r",\s+")
# what joins keys written together on a term line: "j, Down", "j / k", "n or N"
_KEYS_JOIN = lazyre.pattern(r"\s*,\s+|\s+/\s+|\s+or\s+")
# "^f", "^Scroll": a caret writes Ctrl; "Hold Button2", "Shift-Click": a mouse action held or chorded
_CARET = lazyre.pattern(r"\^(?P<rest>\S{1,12})")
_HELD = lazyre.pattern(r"(?:hold|drag|press)\s+(?P<rest>\S{1,12})", re.IGNORECASE)
_MODIFIED = lazyre.pattern(r"(?:ctrl|control|alt|shift|meta|super|cmd|[CMAS])[-+](?P<rest>\S{1,12})", re.IGNORECASE)
_WORDY = lazyre.pattern(r"[^\W\d_]{2,}")
_LETTERS = lazyre.pattern(r"[a-z]{3,}")
_SENTENCE_END = lazyre.pattern(r"[.!?。]$")
# the parts of a gloss's list: "left, down, up or right" (one conjunction, outside parentheses)
_CONJUNCTION = lazyre.pattern(r"\s+(or|and)\s+")
_PARENS = lazyre.pattern(r"\([^()]*\)")
# a last part that starts so is a phrase of its own ("in, out or to the original size"), sharing no tail
_PHRASE_START = frozenset("to the a an into onto at by".split())
_MAX_PART = 3  # words of one part of a list; longer is a clause
_MAX_TAIL = 2  # words after the last part said of every part ("left or right direction"); more is a phrase of the whole


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" \t").expandtabs(4)) if "\t" in text else len(text) - len(text.lstrip(" "))


def _mouse(word: str) -> bool:
    return word.casefold().replace("-", "").replace("_", "") in MOUSE_NAMES


def _key(word: str, *, editor: bool) -> bool:
    """``J``, ``PgDn``, ``^t``, ``<S-space>``, ``zI``, ``'X``, ``Hold Button2``: a key or a mouse binding.

    Three or four lower-case letters (``add``, ``run``) are words unless the notes are about an editor."""
    word = word.strip()
    if not word:
        return False
    if len(word) == 1:
        return word.isprintable()  # "-", "=", "?": a sign is a key here, never an option's dash
    folded = word.casefold()
    if folded in KEY_NAMES or _mouse(word) or is_key_chord(word):
        return True
    for pattern in (_CARET, _HELD, _MODIFIED):
        match = pattern.fullmatch(word)
        if match is not None:
            rest = match.group("rest")
            return _mouse(rest) or rest.casefold() in KEY_NAMES or len(rest) <= 2
    if " " in word:
        return False
    if _LETTERS.fullmatch(word) and not editor:
        return False
    return key_pairs.is_key(word, program_ok=True)


def shares(count: int, gloss: str) -> list[str] | str | None:
    """``count`` meanings of ``gloss``, one per key in order, from its list of parts ("Scroll left or
    right" → "Scroll left", "Scroll right"); None when it holds no list of ``count`` parts (the keys
    share it as written); :data:`UNCLEAR` when a list of ``count`` parts cannot be told apart."""
    masked = _PARENS.sub(lambda m: "\0" * len(m.group(0)), gloss)
    joins = list(_CONJUNCTION.finditer(masked))
    if count < 2:
        return None
    found: list[list[str]] = []
    unclear = False
    for join in joins:
        segments = _KEYS_SPLIT.split(gloss[: join.start()])
        if len(segments) + 1 != count:
            continue  # a list of another number of parts: the keys share the gloss as written
        parts = _parts(segments, gloss[join.end() :], join.group(1).lower())
        if parts is _ONE:
            continue
        if parts is None:
            unclear = True
        else:
            found.append(parts)
    if not found and not unclear:
        return None
    return found[0] if len(found) == 1 and not unclear else UNCLEAR


def _parts(segments: list[str], after: str, conjunction: str) -> list[str] | None:
    """The meanings of a list whose first part ends ``segments[0]``, whose middle parts are the other
    segments and whose last part starts ``after``; None when the parts are not clear, :data:`_ONE` when
    the gloss is one action of two verbs ("Select and open entry"): the keys share it."""
    first = segments[0].split()
    middle = [segment.split() for segment in segments[1:]]
    last = after.split()
    if not first or not last or any(not m for m in middle):
        return None
    widths = {len(m) for m in middle}
    if len(widths) > 1:
        return None
    width = widths.pop() if widths else 1
    if width > _MAX_PART or len(first) < width:
        return None
    prefix, head = first[:-width], first[-width:]
    if not prefix and conjunction == "and" and not middle:
        return _ONE
    starts = {m[0].casefold() for m in middle}
    if last[0].casefold() in _PHRASE_START and last[0].casefold() not in starts:
        tail, suffix = last, []  # "in, out or to the original size": the last part is a phrase of its own
        if prefix and prefix[-1].casefold() == tail[0].casefold():
            tail = tail[1:]  # "Goto to the first … or to the nth page": "to" said once
            if not tail:
                return None
    else:
        if len(last) < width:
            return None
        tail, suffix = last[:width], last[width:]
        if len(suffix) > _MAX_TAIL:
            suffix = []  # "… forward and backward between the last two jump points": the card needs only its part
    if len(tail) > _MAX_PART + 2:
        return None
    items = [head, *middle, tail]
    meanings = [clean(" ".join([*prefix, *item, *suffix])) for item in items]
    if len(set(m.casefold() for m in meanings)) != len(meanings):
        return None
    return meanings


def _entries(block: Code) -> list[tuple[int, str, str, str | None]] | None:
    """(line of the gloss, term line, gloss, group name) of each binding; None when the block is not
    this shape throughout."""
    rows = [(n, text.rstrip()) for n, text in block.lines if text.strip()]
    if len(rows) < 6:
        return None
    indents = [_indent(text) for _, text in rows]
    term_indents = {indents[i] for i in range(len(rows) - 1) if indents[i + 1] > indents[i]}
    if not term_indents or len(term_indents) > 2:
        return None
    level = max(term_indents)  # a group name over its first term is followed by a deeper line too
    entries: list[tuple[int, str, str, str | None]] = []
    group: str | None = None
    term: tuple[int, str] | None = None
    gloss: list[tuple[int, str]] = []

    def close() -> bool:
        if term is None:
            return True
        if not gloss:
            return False
        entries.append((gloss[0][0], term[1], clean(" ".join(text for _, text in gloss)), group))
        return True

    for (n, text), indent in zip(rows, indents):
        if indent > level:
            if term is None:
                return None
            gloss.append((n, text.strip()))
            continue
        if not close():
            return None
        term, gloss = None, []
        if indent < level:
            words = text.strip().rstrip(":：")
            if len(words.split()) > 4 or _SENTENCE_END.search(words) or not _WORDY.search(words):
                return None
            group = words
            continue
        term = (n, text.strip())
    if not close():
        return None
    return entries


def read(walk: Walk, block: Code) -> bool:
    """Read ``block`` as keys glossed on the line under them; False (nothing done) when it is not that."""
    if block.language not in UNMARKED_FENCE_INFOS:
        return False
    entries = _entries(block)
    if entries is None or len(entries) < 3:
        return False
    program = walk.key_program()
    editor = program is not None
    split = [[k.strip() for k in _KEYS_JOIN.split(term)] for _, term, _, _ in entries]
    keyed = [all(_key(k, editor=editor) for k in keys) for keys in split]
    if sum(keyed) < 3 or sum(keyed) * 3 < len(entries) * 2:
        return False
    seen: dict[str, str] = {}
    for (line, term, gloss, group), keys, is_keys in zip(entries, split, keyed):
        if not is_keys or not _WORDY.search(gloss):
            walk.warn(line, _(
                "line {line}: '{term}' in a block of keys and what they do is not a key; no card made from it"
            ).format(line=line, term=term))
            continue
        parts = shares(len(keys), gloss)
        if parts is None and len(keys) > 1:
            parts = key_shares.split(len(keys), gloss)  # "undo, redo the last change", "왼쪽, 오른쪽으로 이동"
        if parts == UNCLEAR or parts == key_shares.UNCLEAR:
            key_shares.warn_unclear(walk, line, keys)
            continue
        if isinstance(parts, list):
            for key, meaning in zip(keys, parts):
                _add(walk, seen, key, (key,), meaning, line, group, program, reason=_SPLIT)
        else:
            _add(walk, seen, ", ".join(keys), tuple(keys), gloss, line, group, program, reason=_SHARED)
    return True


def _add(
    walk: Walk, seen: dict[str, str], name: str, keys: tuple[str, ...], meaning: str, line: int,
    group: str | None, program: str | None, *, reason: str,
) -> None:
    """One binding's note; a key bound before in the block to another meaning names its group."""
    earlier = [seen[k] for k in (name, *keys) if k in seen]
    front = name
    if any(e.casefold() != meaning.casefold() for e in earlier):
        if group is None:
            walk.warn(line, _(
                "line {line}: '{key}' was given another meaning earlier in this block, and no group name tells "
                "the two apart; no card made from it"
            ).format(line=line, key=name))
            return
        front = f"{name} ({group})"
    for k in (name, *keys):
        seen.setdefault(k, meaning)
    walk.add(Kind.COMMAND, term=front, front=front, back=meaning, command=program, line=line,
             answers=keys, reason=reason)
