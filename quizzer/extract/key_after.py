"""What to do first, then the keys that do it (pure).

Cheat sheets as often name the action first and the keys last::

    - Open the command palette: `Ctrl+Shift+P`
    - 빠른 전환 — <kbd>Ctrl</kbd>+<kbd>O</kbd>
    - Search in every file (`Ctrl+Shift+F`)

The keys are the subject and the words before them their meaning: a command note of the key (the
document's editor's, else of no program), never a concept whose answer is a key.  The item reads
so only when nothing but keys follows the separator (``:``, a dash, an arrow, an opening
parenthesis closed at the end), the keys are chords or named keys (``Ctrl+P``, ``F5``, ``Esc``;
a bare letter or a word counts only in a list of shortcut keys or in notes about an editor), and the
words before are more than a label.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.facts import Fact, needs
from quizzer.extract import key_lists, key_pairs, keys_in_gloss
from quizzer.extract.blocks import Inline
from quizzer.extract.heading_keys import chords_of
from quizzer.extract.knowledge import IMPERATIVES, is_key_chord, is_key_or_chord, is_label
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.text import HANGUL, clean

__all__ = ["read"]

_SEPARATOR = lazyre.pattern(r"\s*(?:[:：]|[-–—→]|->|=>|=)\s*$")
_OPEN = lazyre.pattern(r"\s*\(\s*$")
_CLOSE = lazyre.pattern(r"\s*\)\s*[.。]?\s*$")
# "Zoom: `Ctrl + +`, press again to reset": after the keys, a comma and a remark on them (no colon, no other keys)
_REMARK = lazyre.pattern(r"\s*,\s*(?P<remark>[^:：,;`]*[^\W\d_][^:：,;`]*?)[.。]?\s*$")
# a word: two letters or more, or one Hangul syllable ("줌", "창": a word of its own)
_WORDY = lazyre.pattern(r"[^\W\d_]{2,}|[\uac00-\ud7a3]")
_REASON = "what it does, then the keys that do it"
_SPACE = lazyre.pattern(r"\s+$")
_STRAY_END = lazyre.pattern(r"[\s\-–—]*")
# words that lead into the keys rather than say what they do: "Press `Ctrl+C`", "… 키를 누르고 `Ctrl+X`"
_LEADS_TO_KEYS = lazyre.pattern(
    r"^(?:press|hit|type|use|then|and|or|with|via)\b|\b(?:press|hit|type|use|with|via|then|and|or|by)$"
    r"|(?:을|를|은|는|에서|누르기|누르고|누른|입력|(?:한|은|된|친)\s*(?:뒤|후|다음)|때)$",
    re.IGNORECASE,
)
_NOT_MEANING = lazyre.pattern(
    r"(?:mac\s*os|macos|mac|os\s*x|windows|win|linux|ubuntu|pc|default|기본|keys?|shortcuts?|short-?cut\s+keys?"
    r"|key\s*bindings?|keybindings?|hot\s*keys?|단축키|키)(?:\s*/\s*\w+)?",
    re.IGNORECASE,
)


# "탭 새로 열기", "가로 분할", "주소창으로 이동": words ending in what to do (a verb's -기 form or an action noun)
_ACTION_KO = lazyre.pattern(
    rf"[{HANGUL}]*(?:[{HANGUL}]기|이동|전환|복사|실행|저장|검색|삭제|선택|취소|종료|새로고침|확대|축소|추가|변경|분할|토글)"
)
# English verbs of what keys do, beside the imperatives of tasks ("Jump to the address bar", "Close the tab")
_KEY_VERBS = frozenset(
    "jump close reopen switch toggle zoom focus scroll undo redo refresh reload paste cut quit exit hide minimize "
    "maximize duplicate comment indent rename split cycle".split()
)


def _action(words: str) -> bool:
    """``Jump to the address bar``, ``탭 새로 열기``: words saying what to do, as the meaning of a chord after them
    with no separator between (``My favourite one``, ``자주 헷갈림``, ``크롬에서도 동일``: a remark on the keys)."""
    parts = clean(words).split()
    if not parts:
        return False
    if all(part.isascii() for part in parts):
        return parts[0].casefold() in IMPERATIVES or parts[0].casefold() in _KEY_VERBS
    return _ACTION_KO.fullmatch(parts[-1]) is not None


def _chord(key: str, walk: Walk) -> bool:
    """``Ctrl+P``, ``Cmd+K+M``, ``F5``: a chord or a named key; a short key (``u``, ``:w``) in a list of
    shortcut keys or in notes about an editor."""
    if is_key_or_chord(key):
        return True
    return (walk.key_program() is not None or key_lists.in_keys_section(walk)) and key_pairs.is_key(key)


@needs(Fact.CODE, Fact.TEXT_FIRST, Fact.NO_BREAK)
def read(walk: Walk, inline: Inline, line: int) -> bool:
    """``Open the palette: `Ctrl+Shift+P```: the keys and what they do; False if the line is not that."""
    spans = inline.spans
    if not inline.has_code or len(spans) < 2 or spans[0].kind != "text" or "\n" in inline.raw:
        return False
    end = len(spans)
    closing = spans[-1].kind == "text" and _CLOSE.fullmatch(spans[-1].text) is not None
    remarked = (
        None if closing or spans[-1].kind != "text" or spans[-2].kind != "code" else _REMARK.fullmatch(spans[-1].text)
    )
    if remarked and not keys_in_gloss.mentions_chord(remarked.group("remark")):
        end -= 1
    else:
        remarked = None
    if closing:
        end -= 1
    # "터미널 히스토리 보기 `Shift + Cmd + H`": words, a space, one chord in code ending the line (a stray dash after it)
    spaced = (
        not closing and spans[1].kind == "code" and (len(spans) == 2 or len(spans) == 3 and _STRAY_END.fullmatch(spans[2].text))
        and spans[0].text[-1:].isspace() and is_key_chord(clean(spans[1].text))
        and not _LEADS_TO_KEYS.search(spans[0].text.strip()) and _action(spans[0].text)
    )
    for start in range(1, end):
        before = spans[start - 1]
        if spans[start].kind != "code" or before.kind != "text":
            continue
        separator = (_OPEN if closing else _SEPARATOR).search(before.text) or (
            _SPACE.search(before.text) if spaced else None)
        if separator is None:
            if any(s.kind == "code" for s in spans[start:end]) and start > 1:
                return False  # a code span inside the words: they are no plain meaning
            continue
        keys = chords_of(spans[start:start + 1] if spaced else spans[start:end])
        if not keys or not all(_chord(key, walk) for key in keys):
            return False
        meaning = clean("".join(s.text for s in spans[: start - 1]) + before.text[: separator.start()])
        if not _WORDY.search(meaning) or is_label(meaning) or any(s.kind == "code" for s in spans[: start - 1]):
            return False
        if _NOT_MEANING.fullmatch(meaning):  # "Windows: `Ctrl+P`", "Default: `F5`": which keys, not what they do
            walk.warn(line, _(
                "line {line}: '{word}' says whose keys these are, not what they do; no card made"
            ).format(line=line, word=meaning))
            return True
        front = " / ".join(keys)
        walk.add(Kind.COMMAND, term=front, front=front, back=meaning, command=walk.everyday_keys_owner(), line=line,
                 answers=tuple(keys), reason=_REASON, context=remarked.group("remark") if remarked else None)
        return True
    return False
