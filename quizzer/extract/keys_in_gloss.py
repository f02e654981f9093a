"""A ``gloss : …`` line whose right side holds keys among other words (pure).

Lists of everyday shortcuts write what to do first and the keys after a colon.  Most right sides are keys alone
(read by ``key_after`` and the ``term: definition`` rule as a key note); some are not::

    - 이미지 자르기 : 이미지에서 자를 부분을 선택하고 `command + K`
    - 화면 확대하기 : `control + 트랙패드를 위로 쓸기` (설정필요)
    시크릿 탭 열기 : shift _

The right side is then no definition of the words on the left (a concept card "이미지 자르기 → … command + K" asks
for keys as if they were a meaning), nor plainly one key: an instruction around the keys, a gesture written like a
chord, a key name with a stray sign.  When the right side is what to do first ("…하고", "…한 후"), then one chord or
gesture in code, then at most a remark in brackets, the keys are the card's subject and the rest its context
(:func:`pressed_after`); otherwise which keys do it is not sure: a warning, no card.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.knowledge import KEY_MODIFIERS, is_key_chord, names_pattern

__all__ = ["keys_among_words", "mentions_chord", "names_modifier", "pressed_after", "restates_term"]

_SPAN = lazyre.pattern(r"`([^`\n]+)`")
# a modifier, then a plus: "control + 트랙패드를 …", "command+K"
_MODIFIER_PLUS = lazyre.pattern(rf"{names_pattern(KEY_MODIFIERS)}\s*\+\s*\S", re.IGNORECASE)
# a modifier's name and at most one sign after it: "shift _", "ctrl" ("win" alone is a word more often than a key)
_MODIFIER_ALONE = lazyre.pattern(rf"{names_pattern(KEY_MODIFIERS - {'win'})}(?:\s+[^\w\s])?", re.IGNORECASE)

def mentions_chord(text: str) -> bool:
    """``copy with ctrl+c``, ``Ctrl + V 로 붙여넣기``: a modifier and a plus somewhere in ``text``, keys in the words."""
    return _MODIFIER_PLUS.search(text) is not None


# a modifier's name and nothing else, maybe with the word for key: "Ctrl", "Meta", "Alt 키"
_MODIFIER_NAME = lazyre.pattern(rf"{names_pattern(KEY_MODIFIERS)}(?:\s*(?:키|key))?", re.IGNORECASE)


def names_modifier(description: str) -> bool:
    """``^: Ctrl``, ``M-: Meta``: a gloss that is a modifier key's name says how notes write the modifier (a
    notation), not what a key does."""
    return _MODIFIER_NAME.fullmatch(description.strip().rstrip(".")) is not None


# what comes first, then the keys: "자를 부분을 선택하고", "파일을 고른 후", "select it and"
_FIRST_THEN = lazyre.pattern(r"(?:고|(?:한|은|른|된)\s*(?:후|뒤|다음)(?:에)?|\band(?:\s+then)?|\bthen)\s*$", re.IGNORECASE)
# after the keys: a remark in brackets ("(설정필요)") and a line break written as HTML, nothing else
_AFTER_KEYS = lazyre.pattern(r"\s*(?P<remark>\([^()]*\))?\s*(?:<br\s*/?>)?\s*$", re.IGNORECASE)


def pressed_after(written: str) -> tuple[str, str] | None:
    """``이미지 자르기 : 자를 부분을 선택하고 `command + K```, ``화면 확대하기 : `control + 트랙패드를 위로 쓸기` (설정필요)``:
    the one chord or gesture in code after the colon (a modifier and a plus first), with what to do before it (a
    clause ending in "…고", "…한 후") and a remark in brackets after it as its context; None for any other shape."""
    right = written.split(":", 1)[1] if ":" in written else ""
    spans = list(_SPAN.finditer(right))
    if len(spans) != 1 or not _MODIFIER_PLUS.match(spans[0].group(1).strip()):
        return None
    span = spans[0]
    before = right[: span.start()].strip(" *_")
    after = _AFTER_KEYS.fullmatch(right[span.end():])
    if after is None or before and _FIRST_THEN.search(before) is None:
        return None
    said = [part for part in (before, (after.group("remark") or "").strip("() ")) if part]
    return span.group(1).strip(), "; ".join(said)


def keys_among_words(written: str, description: str) -> str | None:
    """The keys in ``description`` (the right side of a ``gloss : …`` line, ``written`` as the notes write it) when
    they stand among other words or are no clear key, else None (keys alone, or no keys at all)."""
    if is_key_chord(description):
        return None  # keys alone: a key note
    if _MODIFIER_ALONE.fullmatch(description.strip()):
        return description.strip()
    if ":" not in written:
        return None
    right = written.split(":", 1)[1]
    for span in _SPAN.finditer(right):
        keys = span.group(1).strip()
        if not _MODIFIER_PLUS.match(keys):
            continue
        # "선택하고 `command + K`": words lead to the keys; "`control + 트랙패드를 위로 쓸기`": a gesture, no chord
        # ("**Prefix:** `Ctrl + a` (Replaces `Ctrl + b`)": the keys first, then a remark on them, a term's value)
        return keys if right[: span.start()].strip(" *_") or not is_key_chord(keys) else None
    return None


# the term named again as the subject just before the keys: "… 기본 프리픽스는", "… the default leader is"
_SUBJECT_BEFORE = lazyre.pattern(r"(?P<word>[^\W\d_]+)(?:\s*(?:키|key))?(?:은|는|이|가|\s+is)\s*$", re.IGNORECASE)
_TERM_WORDS = lazyre.pattern(r"[^\W\d_]+")


def restates_term(name: str, written: str) -> bool:
    """``접두 키(prefix) : screen의 기본 접두 키는 `ctrl + a```, ``Leader: the default leader is `\\```: the right
    side names the term again as its subject and ends on the keys, which are the term's value (a definition),
    not what the words on the left do."""
    right = written.split(":", 1)[1] if ":" in written else ""
    spans = list(_SPAN.finditer(right))
    if len(spans) != 1 or right[spans[0].end():].strip(" .*_"):
        return False
    said = _SUBJECT_BEFORE.search(right[: spans[0].start()].rstrip(" *_"))
    words = {word.casefold() for word in _TERM_WORDS.findall(name)}
    return said is not None and said.group("word").casefold() in words

