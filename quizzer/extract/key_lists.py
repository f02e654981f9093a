"""A list of shortcut keys under a heading that says so (pure).

    ## ⌨️ Shortcut Keys
    - `Tab` : 파일 또는 디렉토리 이름 자동완성 ⭐️
    - `Ctrl(⌃)` + `A` : 커서를 줄 맨 앞으로 이동

Under a heading about keys (단축키, shortcut keys, key bindings, hotkeys), an item ``KEY : meaning``
whose KEY is a chord (``Ctrl + A``, ``Ctrl(⌃) + A``: the symbol in parentheses is the key's sign)
or a named key (``Tab``, ``Esc``, ``F5``) is a key and what it does: a command card of the
document's editor or multiplexer when it has one, else of no program (a terminal's keys belong to
whichever shell reads them).  A trailing mark (⭐️) is the writer's emphasis, not the meaning.

Other authors write the same list other ways, each read here: a dash, an arrow, a comma, a
parenthesis or a space between the key and its meaning (``<kbd>Ctrl</kbd>+<kbd>L</kbd> — 주소창``,
``- `Ctrl+E`(최근 파일)``); the key without markup (``- Ctrl+Shift+A 액션 찾기``); two keys told on one
line (``- `Ctrl+B`: 굵게, `Ctrl+I`: 기울임``: a note each); a key alone with its meaning in the one item
nested under it; several keys written together (``- `a`, `b` : 순서대로 위, 아래``: each its own part,
``quizzer.extract.key_shares``).  An item that starts with a key but is none of these is warned about
with its line.
"""

from __future__ import annotations

import re

from collections.abc import Sequence

from quizzer import lazyre
from quizzer.extract.facts import Fact, needs
from quizzer.extract import key_pairs
from quizzer.extract.blocks import Para, Span
from quizzer.extract.knowledge import KEY_NAMES, is_key_chord
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.text import clean, without_end_marks

__all__ = ["KEYS_HEADING", "in_keys_section", "read"]

KEYS_HEADING = lazyre.pattern(
    r"단축\s*키|shortcuts?\b|hot\s*keys?|key\s*bindings?|keybindings?|keyboard|키보드|키\s*바인딩", re.IGNORECASE
)
_ARROWS = frozenset("←↑→↓")
# "Ctrl(⌃)", "Cmd(⌘)", "Option(⌥)": the key's name with its sign in parentheses
_SIGN = lazyre.pattern(r"(?<=[A-Za-z])\s*\([^\w\s()]{1,2}\)")
# " : " between the key and its meaning (the first one; the meaning may hold more)
_SEPARATOR = lazyre.pattern(r"\s+[:：]\s+|\s*[:：]\s+(?=\S)")
# else a dash or an arrow between them: "<kbd>Ctrl</kbd> + <kbd>L</kbd> — 주소창으로", "`Ctrl+U` → 소스 보기"
_DASH = lazyre.pattern(r"\s+(?:[-–—→]|->|=>)\s+")
# a trailing run of emoji and their variation selectors: the writer's marks, not words
_LEADING_SEPARATOR = lazyre.pattern(r"\s*[:：]\s+|\s*[:：]$|\s+[-–—=]\s+")
_WORDY = lazyre.pattern(r"[^\W\d_]{2,}")
_REASON = "key in a list of shortcut keys"
# what may follow a key before its meaning when there is no colon: a space, a comma, a parenthesis
_AFTER_KEY = lazyre.pattern(r"^(?:\s*,\s+|\s+)(?P<meaning>\S.*)$|^\s*\((?P<inside>[^()]+)\)\s*$")
# before a second key told on the same line: "…, `K2`: …", "…; `K2`: …", "… / `K2`: …"
_BEFORE_NEXT = lazyre.pattern(r"\s*(?:[,;]|\s/)\s*$")
_MODIFIERS = r"(?:ctrl|control|alt|option|opt|shift|cmd|command|meta|super|fn|win|[⌘⌥⇧⌃])"
_MODIFIER_NAME = lazyre.pattern(_MODIFIERS, re.IGNORECASE)
# (the last key may be two short names joined by a comma alone: "Cmd + Option + 상,하", the up or the down arrow)
_ONE_PLAIN = (
    rf"(?:(?:{_MODIFIERS}\s*[-+]\s*)+[^\s:：,/]+(?:,[^\s:：,/]{{1,3}}(?=[\s:：]))?"
    r"|F\d{1,2}|Esc|Tab|Enter|Space|Home|End|Delete|Backspace)"
)
# the keys (alternatives joined by "/", ",", "or"), then a colon, a dash, an arrow or a space, then the meaning
# (never "+ …": a meaning does not start with the "+" that joins one more key to the chord)
_PLAIN_KEY = lazyre.pattern(
    rf"^(?P<keys>{_ONE_PLAIN}(?:\s*(?:/|,|\bor\b)\s*{_ONE_PLAIN})*)"
    r"(?:\s*[:：]\s*|\s+(?:[-–—→]|->)\s+|\s+)(?P<meaning>[^\s+]\S*(?:\s.*)?)$",
    re.IGNORECASE,
)
_PLAIN_JOIN = lazyre.pattern(r"\s*(?:/|,|\bor\b)\s*", re.IGNORECASE)
_SHARED = "keys in a list of shortcut keys that do the same"


def in_keys_section(walk: Walk) -> bool:
    """Is the text under a heading about keys (단축키, shortcuts, key bindings)?  Asked of most blocks,
    answered once per heading."""
    heading, answer = walk.keys_section
    if heading != walk.heading_block:
        answer = any(KEYS_HEADING.search(heading) for heading in walk.path[-2:])
        walk.keys_section = (walk.heading_block, answer)
    return answer


@needs(Fact.ONE_LINE)
def read(walk: Walk, block: Para) -> bool:
    """One ``KEY : meaning`` item under a heading about keys; False when it is not one."""
    spans = block.inline.spans
    if not block.inline.one_line or not spans:
        return False
    alone, walk.key_alone = walk.key_alone, None
    if not in_keys_section(walk):
        return False
    if alone is not None and _meaning_below(walk, block, alone):
        return True
    if spans[0].kind != "code":
        return _plain(walk, block)
    first = clean(spans[0].text)
    if is_key_chord(first) or _named_key(first) or key_pairs.is_key(first) or _MODIFIER_NAME.fullmatch(first):
        # said only if no rule makes a note of the line: a key's line is never dropped silently
        walk.unless_read(block.line, _unread(block.line, first))
    keys, index, _parts = key_pairs.head(spans)
    if len(keys) > 1:
        return _several(walk, block, keys, "".join(span.text for span in spans[index:]))
    segments = _segments(spans)
    if len(segments) > 1:
        # "`Ctrl+Alt+L`: 코드 정리, `Ctrl+Alt+O`: import 정리": two keys told on one line, a note each
        read = [_single(walk, block, part, alone_ok=False) for part in segments]
        if not all(read):
            walk.warn(block.line, _unread(block.line, first))
        return True
    if len(spans) == 1 and (is_key_chord(first) or _named_key(first)):
        # "- `Ctrl+D`" and its meaning in the one item nested under it
        walk.key_alone = (walk.block, first, len(block.lists), block.line)
        walk.key_item = walk.block
        return True
    return _single(walk, block, spans, alone_ok=True)


def _single(walk: Walk, block: Para, spans: Sequence[Span], *, alone_ok: bool) -> bool:
    """One key and its meaning, from ``spans`` (the item's, or one part of it)."""
    text = clean("".join(span.text for span in spans))
    separator = _SEPARATOR.search(text) or _DASH.search(text)
    if separator is not None:
        key, meaning = clean(text[: separator.start()]), without_end_marks(text[separator.end() :]).strip()
    elif len(spans) == 2 and (after := _AFTER_KEY.match(spans[1].text)) is not None:
        # "`F12` 개발자 도구", "`Alt+Enter`, 빠른 수정", "`Ctrl+E`(최근 파일)": a key, then its meaning
        key, meaning = clean(spans[0].text), without_end_marks(after.group("meaning") or after.group("inside")).strip()
        if not (is_key_chord(key) or _named_key(key)):
            return False
    else:
        return False
    chord = _SIGN.sub("", key)
    # "`z` : 삭제 취소", "`dd` : …" beside other keys of the list: a key, even one spelt like a program
    short = alone_ok and len(spans) == 2 and walk.key_item == walk.block - 1 and key_pairs.is_key(chord, program_ok=True)
    lone = alone_ok and _lone_key(tuple(spans), chord)
    if not meaning or not (is_key_chord(chord) or _named_key(chord) or short or lone):
        return False
    _add(walk, key, chord, meaning, block.line)
    return True


def _add(walk: Walk, key: str, chord: str, meaning: str, line: int) -> None:
    walk.key_item = walk.block
    walk.add_key_note(key, meaning, line, reason=_REASON, answers=tuple(dict.fromkeys((key, chord))))


def _segments(spans: Sequence[Span]) -> list[list[Span]]:
    """The item cut before each later key that has its own ``:`` after it (``…, `K2`: …``)."""
    cuts = [
        n for n in range(2, len(spans) - 1)
        if spans[n].kind == "code" and spans[n - 1].kind == "text" and _BEFORE_NEXT.search(spans[n - 1].text)
        and spans[n + 1].kind == "text" and _LEADING_SEPARATOR.match(spans[n + 1].text)
        and (is_key_chord(spans[n].text) or _named_key(spans[n].text))
    ]
    if not cuts:
        return [list(spans)]
    parts: list[list[Span]] = []
    for begin, end in zip([0, *cuts], [*cuts, len(spans)]):
        part = list(spans[begin:end])
        if part[-1].kind == "text" and end != len(spans):
            trimmed = _BEFORE_NEXT.sub("", part[-1].text)
            part[-1] = Span("text", trimmed)
        parts.append(part)
    return parts


def _meaning_below(walk: Walk, block: Para, alone: tuple[int, str, int, int]) -> bool:
    """The one item nested under a bare key (``- `Ctrl+D``` / ``  - 줄 복제``): the key's meaning."""
    origin, key, depth, line = alone
    if origin != walk.block - 1 or len(block.lists) != depth + 1 or not block.first:
        return False
    meaning = without_end_marks(block.text).strip()
    if not _WORDY.search(meaning) or block.inline.has_code:
        return False
    _add(walk, key, _SIGN.sub("", key), meaning, block.line)
    walk.unread[:] = [w for w in walk.unread if w.line != line]  # the key's line has its note now
    return True


def _plain(walk: Walk, block: Para) -> bool:
    """``Ctrl+Shift+A 액션 찾기``, ``F5: 새로 고침``, ``Ctrl + C / Ctrl + V : 복사 / 붙여넣기``: keys written
    without markup, then their meaning."""
    match = _PLAIN_KEY.match(block.text)
    if match is None:
        return False
    keys = [key for key in _PLAIN_JOIN.split(match.group("keys")) if key]
    meaning = without_end_marks(match.group("meaning")).strip()
    if not all(is_key_chord(key) or _named_key(key) for key in keys) or not _WORDY.search(meaning):
        return False
    if _PLAIN_KEY.match(meaning) or meaning[:1] in "/,|":
        # "Ctrl + C  Ctrl + V : …": more keys where the meaning should start; which is which is not clear
        walk.warn(block.line, _unread(block.line, keys[0]))
        return True
    if len(keys) > 1:
        return _several(walk, block, keys, f": {meaning}")
    _add(walk, keys[0], keys[0], meaning, block.line)
    return True


def _unread(line: int, key: str) -> str:
    return _("line {line}: starts with the key {key} but was not read as what it does; no card made from it").format(
        line=line, key=key)


def _lone_key(spans: tuple[Span, ...], chord: str) -> bool:
    """``L``, ``%``: one character in a code span of its own, which no word is."""
    return len(spans) == 2 and len(chord) == 1 and not chord.isspace()


def _several(walk: Walk, block: Para, keys: list[str], rest: str) -> bool:
    """`` `a`, `b` : 순서대로 위, 아래에 추가``: each key its part of the meaning, or all of them one meaning."""
    separator = _LEADING_SEPARATOR.match(rest)
    if separator is None or not all(_named_key(k) or is_key_chord(k) or key_pairs.is_key(k, program_ok=True) for k in keys):
        return False
    meaning = without_end_marks(rest[separator.end() :]).strip()
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
