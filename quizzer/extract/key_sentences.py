"""A sentence that tells which key to press and what happens (pure).

    Press `Ctrl+Tab` to go to the next tab.
    `Alt+←`를 누르면 이전 페이지로 돌아간다.
    h를 누르면 키 도움말이 뜬다. (in a section about keys)
    - 습관적으로 ctrl+s 누르면 화면이 잠김.. 이럴 땐 ctrl+q (a chord written plainly, in an item too)

The key and what pressing it does: a command note of the key.  Only a paragraph's first sentence is
read, only when it has that shape from its start, and only for keys written as keys (chords, named
keys, ``<kbd>``/code spans), and only under a heading about keys or in notes about an editor
("Press `Enter` to accept the default" among an installer's steps is a step, not a key to learn).
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract import key_lists, key_pairs
from quizzer.extract.blocks import Para, Span
from quizzer.extract.facts import Fact, needs
from quizzer.extract.heading_keys import chords_of
from quizzer.extract.item_glosses import ADVICE
from quizzer.extract.knowledge import IMPERATIVES, KEY_NAMES, PROGRAMS, is_key_chord
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.shell import looks_like_command, parse_invocation
from quizzer.text import clean

__all__ = ["read", "read_chord_item", "read_item", "read_typed", "read_typed_item", "read_which"]

_PRESS = lazyre.pattern(r"^\s*(?P<verb>press|hit|type|use)\s+$", re.IGNORECASE)
# "If you press <kbd>Ctrl</kbd>+<kbd>C</kbd> then you'll stop it.", "When you hit `Ctrl+D`, the shell exits.": the
# chord, then what pressing it does, up to the sentence's end
_IF_PRESS = lazyre.pattern(r"^\s*(?:if|when|once)\s+you\s+(?:press|hit)\s+$", re.IGNORECASE)
_THEN = lazyre.pattern(
    r"^\s*(?:,\s*|\s+then\s+|,\s*then\s+)(?P<you>you(?:'ll|’ll|\s+will)\s+)?(?P<meaning>[^.!?\n]*[^\W\d_][^.!?\n]*)[.!]?(?:\s|$)",
    re.IGNORECASE,
)
_TO = lazyre.pattern(r"^\s+to\s+(?P<meaning>[^.!?\n]*[^\W\d_][^.!?\n]*)[.!]?(?:\s|$)", re.IGNORECASE)
# "를 누르면 …", "키를 누르면 …": after the key, pressing it, then what happens up to the sentence's end
_NURUMYEON = lazyre.pattern(r"^\s*(?:키\s*)?(?:를|을)\s+(?:누르면|눌러서|눌러|치면|입력하면)\s+(?P<meaning>[^.!?\n]+[^\s.!?])")
_BARE = lazyre.pattern(r"^(?P<key>[^\s`]{1,15}?)\s*(?:키\s*)?(?:를|을)\s+(?:누르면|눌러서|눌러|치면)\s+(?P<meaning>[^.!?\n]+[^\s.!?])")
# "습관적으로 ctrl+s 누르면 화면이 잠김..", "Ctrl+Z를 누르면 …": a chord written plainly (an adverb before it at most),
# pressing it, then what happens up to the clause's end; the rest of the text after it
_CHORD_PRESSED = lazyre.pattern(
    r"^(?:[\uac00-\ud7a3]+(?:적으로|으로|로|게|히|코)\s+)?(?P<key>[^\s`]{3,20}?)\s*(?:키\s*)?(?:를|을)?\s*"
    r"(?:누르면|눌러서|눌러|치면)\s+(?P<meaning>[^.!?,\n]*[^\s.!?,])(?P<rest>[.!?,]*\s*.*)$",
    re.DOTALL,
)
_WORDY = lazyre.pattern(r"[^\W\d_]{2,}")
# "를 타이핑 합니다. ": a sentence's tail opening with its object's particle, the rest of it above a block
_BROKEN_TAIL = lazyre.pattern(r"\s*(?:를|을|이?라고)\s[^.!?`\n]*[^\s.!?`][.!]\s+")
# "터미널에서 `jupyter notebook`이라고 치면 …", "`htop`을 실행하면 …": a command typed, then what happens
_TYPED = lazyre.pattern(
    r"^\s*(?:이?라고|을|를)\s+(?:치면|입력하면|실행하면|쳐서\s+실행하면)\s+(?P<meaning>[^.!?\n]+[^\s.!?])"
)
_WHERE = lazyre.pattern(r"^\s*(?:\S+\s*(?:에서|창에서)\s*)?$")  # "terminal에서 ", "" before the command
_COMMAND_REASON = "sentence: type the command, and what happens"
_REASON = "sentence: press the key, and what it does"
# "A handy one is `ctrl-l` which will scroll the text area …", "The one I use most is `Ctrl+R`, which searches the
# history.": the sentence names the key as what something is, then a clause of what the key does (a verb that says
# what it does, not "is" or "means"), up to the sentence's end
_IS_KEY_WHICH = lazyre.pattern(
    r"(?:^|[.!?]\s+)(?P<before>[A-Z][^.!?`]*?)\s+is\s+`(?P<key>[^`\n]+)`,?\s+(?:which|that)\s+(?:will\s+|can\s+)?"
    r"(?P<does>(?!is\b|are\b|was\b|has\b|means\b|you\b|I\b|we\b)[a-z]+\s+[^.;!?`]+?)\s*[.;!?](?:\s|$)"
)


def _short_ok(walk: Walk) -> bool:
    """May a bare letter be a key here: in notes about an editor, or under a heading about keys?"""
    return walk.key_program() is not None or key_lists.in_keys_section(walk)


def _chord(key: str) -> bool:
    return is_key_chord(key) or "".join(key.casefold().split()) in KEY_NAMES


def _key(key: str, walk: Walk) -> bool:
    if _chord(key):
        return True
    return _short_ok(walk) and key_pairs.is_key(key)


@needs(Fact.UNLISTED, Fact.NO_QUOTE)
def read(walk: Walk, block: Para) -> bool:
    """The first sentence of ``block`` when it says to press a key and what that does; False if not, and for an
    item or a quote."""
    if block.lists or block.quote:
        return False
    spans = block.inline.spans
    if len(spans) > 2 and spans[0].kind == "text" and spans[1].kind == "code" and _BROKEN_TAIL.fullmatch(spans[0].text):
        # "를 타이핑 합니다. `n`키를 눌러서 …" under a block: the first sentence ends one the block broke ("/검색어" /
        # "를 타이핑 합니다."); the next one, opening with its key, is read as a first sentence is
        spans = spans[1:]
    found: tuple[list[str], str] | None = None
    after = len(spans)  # the spans after the sentence's key and the words that start its meaning
    pressed = _press_to(spans)
    if pressed is not None:
        found, after = (pressed[0], pressed[1]), pressed[2]
    elif (chord := _if_pressed(spans)) is not None:
        # "If you press <kbd>Ctrl</kbd>+<kbd>C</kbd> then you'll stop it.": a chord (a modifier and a key), a key in
        # any notes, not a step of a procedure
        return _add(walk, chord[0], chord[1], spans, chord[2], block.line)
    elif spans and spans[0].kind == "code" and len(spans) > 1:
        end = next((n for n in range(1, len(spans)) if spans[n].kind == "text" and _NURUMYEON.match(spans[n].text)), None)
        keys = chords_of(spans[:end]) if end is not None else None
        if keys and end is not None:
            match = _NURUMYEON.match(spans[end].text)
            assert match is not None
            found, after = (keys, match.group("meaning")), end + 1
    elif spans and spans[0].kind == "text" and ("누르" in spans[0].text or "치면" in spans[0].text):
        match = _BARE.match(spans[0].text)
        if match is not None and _short_ok(walk):
            found, after = ([match.group("key")], match.group("meaning")), 1
        elif len(spans) == 1 and _chord_pressed(walk, block):
            return True
    if found is None or not _short_ok(walk):
        # "Press `Enter` to accept the default." in an installer's steps: a step of that procedure, not a key
        # to learn; read only in notes about keys or about an editor
        return False
    keys, meaning = found
    if not all(_key(key, walk) for key in keys):
        return False
    return _add(walk, keys, meaning, spans, after, block.line)


def _add(walk: Walk, keys: list[str], meaning: str, spans: tuple[Span, ...], after: int, line: int) -> bool:
    """The card of ``keys`` doing ``meaning``; False when more code follows (``…, then `Ctrl+V` to paste``: the
    paragraph says more than these keys) or the meaning has no word."""
    if any(span.kind == "code" for span in spans[after:]):
        return False
    meaning = clean(meaning)
    if not _WORDY.search(meaning):
        return False
    front = " / ".join(keys)
    walk.add(Kind.COMMAND, term=front, front=front, back=meaning, command=walk.key_program(), line=line,
             answers=tuple(keys), reason=_REASON)
    return True


@needs(Fact.NO_CODE, Fact.BULLET, Fact.FIRST, Fact.NO_QUOTE)
def read_chord_item(walk: Walk, block: Para) -> bool:
    """``- 습관적으로 ctrl+s 누르면 화면이 잠김.. 이럴 땐 ctrl+q``: a bullet (not a numbered step) saying what pressing a
    chord written plainly does, read as such a sentence is; False when it is not that."""
    if not block.lists or block.lists[-1].ordered or not block.first or block.quote:
        return False
    return _chord_pressed(walk, block)


def _chord_pressed(walk: Walk, block: Para) -> bool:
    """The card of the chord ``block``'s text (no code in it) opens with, pressed, and what that does up to the
    clause's end, the words after it its context (``이럴 땐 ctrl+q``: what to do then, another key's); only a chord (a
    modifier and a key: a key in any notes), never a word (``엔터 누르면``, ``아무 키나 누르면``)."""
    text = block.text
    if "누르" not in text and "치면" not in text and "눌러" not in text:
        return False
    match = _CHORD_PRESSED.match(text.strip())
    if match is None:
        return False
    key = match.group("key")
    if not (is_key_chord(key) and ("+" in key or "-" in key)):
        return False
    meaning = clean(match.group("meaning"))
    if not _WORDY.search(meaning):
        return False
    rest = clean(match.group("rest").strip(" .!?,"))
    walk.add(Kind.COMMAND, term=key, front=key, back=meaning, command=walk.key_program(), line=block.line,
             answers=(key,), context=rest or None, reason=_REASON)
    return True


def _if_pressed(spans: tuple[Span, ...]) -> tuple[list[str], str, int] | None:
    """``If you press <kbd>Ctrl</kbd>+<kbd>C</kbd> then you'll stop it.``: the chords pressed, what that does and the
    index of the span after the words that start it; None unless every key is a chord, and when the words after
    them tell the reader what to do (``…, make sure …``, ``…, don't …``: advice, not what pressing does)."""
    if not (spans and spans[0].kind == "text" and _IF_PRESS.match(spans[0].text) and len(spans) > 2):
        return None
    end = next((n for n in range(1, len(spans)) if spans[n].kind == "text" and _THEN.match(spans[n].text)), None)
    keys = chords_of(spans[1:end]) if end is not None else None
    if not keys or end is None or not all(is_key_chord(key) for key in keys):
        return None
    match = _THEN.match(spans[end].text)
    assert match is not None
    meaning = match.group("meaning")
    if match.group("you") is None and (ADVICE.search(meaning) or meaning.split()[0].casefold() in IMPERATIVES):
        return None  # "If you press `Ctrl+C`, make sure the log is saved": the reader told what to do, not what it does
    return keys, meaning, end + 1


def _press_to(spans: tuple[Span, ...]) -> tuple[list[str], str, int] | None:
    """``Press `Ctrl+Tab` to …``: the code spans after "Press", then "to …": the keys, what pressing them does, and
    the index of the span after the words that start it; None when the spans are not of that shape."""
    if not (spans and spans[0].kind == "text" and _PRESS.match(spans[0].text) and len(spans) > 2):
        return None
    end = next((n for n in range(1, len(spans)) if spans[n].kind == "text" and _TO.match(spans[n].text)), None)
    keys = chords_of(spans[1:end]) if end is not None else None
    verb = _PRESS.match(spans[0].text)
    assert verb is not None
    written = verb.group("verb").casefold() in ("type", "use")  # "Type `help` to …": a word typed, maybe
    if not keys or end is None or written and not all(_chord(key) or key.startswith(":") for key in keys):
        return None
    match = _TO.match(spans[end].text)
    assert match is not None
    return keys, match.group("meaning"), end + 1


@needs(Fact.CODE, Fact.BULLET, Fact.FIRST, Fact.NO_QUOTE)
def read_item(walk: Walk, block: Para) -> bool:
    """``- use `ctrl + F2` to move focus to the menu bar``: a bullet (not a numbered step) saying which chord to
    press and what it does, read as such a sentence is, wherever it stands: only chords (a modifier and a key),
    which are keys in any notes; False when it is not that."""
    if not block.lists or block.lists[-1].ordered or not block.first or block.quote:
        return False
    spans = block.inline.spans
    pressed = _press_to(spans)
    if pressed is None:
        return False
    keys, meaning, after = pressed
    return all(is_key_chord(key) for key in keys) and _add(walk, keys, meaning, spans, after, block.line)


@needs(Fact.UNLISTED, Fact.NO_QUOTE, Fact.CODE)
def read_typed(walk: Walk, block: Para) -> bool:
    """``terminal에서 `jupyter notebook`이라고 치면 기본 브라우저에서 창이 뜬다.``: a command of a program
    the notes know and what typing it does (the sentence's first clause only); False when it is not that, and for an
    item or a quote (:func:`read_typed_item` reads a bullet so)."""
    if block.lists or block.quote:
        return False
    return _typed(walk, block)


def _typed(walk: Walk, block: Para) -> bool:
    spans = block.inline.spans
    code = next((n for n, span in enumerate(spans) if span.kind == "code"), None)
    if code is None or code > 1 or code + 1 >= len(spans) or spans[code + 1].kind != "text":
        return False
    if code == 1 and (spans[0].kind != "text" or not _WHERE.match(spans[0].text)):
        return False
    match = _TYPED.match(spans[code + 1].text)
    if match is None:
        return False
    invocation = parse_invocation(spans[code].text.strip()) if looks_like_command(spans[code].text) else None
    if invocation is None or invocation.command.split()[0] not in PROGRAMS:
        return False
    walk.add_command(invocation, clean(match.group("meaning")), block.line, reason=_COMMAND_REASON)
    return True


@needs(Fact.CODE, Fact.BULLET, Fact.FIRST, Fact.NO_QUOTE)
def read_typed_item(walk: Walk, block: Para) -> bool:
    """``- `cd -`를 입력하면 바로 이전 디렉토리로 이동할 수 있다.``: a bullet (not a numbered step) saying so, read as
    such a sentence is; False when it is not that."""
    if not block.lists or block.lists[-1].ordered or not block.first or block.quote:
        return False
    return _typed(walk, block)


@needs(Fact.UNLISTED, Fact.NO_QUOTE, Fact.CODE)
def read_which(walk: Walk, block: Para) -> bool:
    """``A handy one I didn't know is `ctrl-l` which will scroll the text area so that …``: in notes about keys or
    about an editor, a sentence that says a key is something, then what the key does in a "which" clause (a card of
    the key at the sentence's line); False when no sentence of ``block`` is that."""
    if block.lists or block.quote or not block.inline.has_code or not _short_ok(walk):
        return False
    marked = block.inline.marked
    found = False
    for match in _IS_KEY_WHICH.finditer(marked):
        key = match.group("key").strip()
        if not _key(key, walk):
            continue
        line = block.line + marked.count("\n", 0, match.start("key"))
        walk.add(Kind.COMMAND, term=key, front=key, back=clean(match.group("does")), command=walk.key_program(),
                 line=line, answers=(key,), reason=_WHICH_REASON)
        found = True
    return found


_WHICH_REASON = "sentence: the key is one which does"
