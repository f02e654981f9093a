"""A heading that says what a shortcut does, and the keys under it (pure).

Editor and app cheat sheets often give each action a heading and put its keys below, one line per
platform::

    ## Duplicate the current line:
    `Mac` <kbd>Cmd</kbd>+<kbd>Shift</kbd>+<kbd>D</kbd>

    `Windows` <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>D</kbd>

The heading is what the keys do; each paragraph under it that holds nothing but keys (in ``<kbd>``
or code spans joined by ``+``, alternatives joined by ``|``, ``/``, ``or``), with at most a platform
named before them (``Mac``, ``Windows:``, ``**Linux**``), or each bullet naming its platform
(``- Windows: `Ctrl+P```), adds its keys: one command note per
heading whose front names every platform's keys and whose answers are each of them.  A heading that
names no action (a label, "Shortcuts", the program alone) gives no note: the keys under it are
warned about, never glued to a title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizzer import lazyre
from quizzer.extract.facts import Fact, needs
from quizzer.extract.blocks import Code, Para, Span, split_lines
from quizzer.extract import key_pairs
from quizzer.extract.knowledge import KEY_PLATFORMS, is_caret_key, is_key_chord, is_label, is_numbered_label, names_pattern
from quizzer.extract.model import Kind, note_key
from quizzer.extract.terms import strip_markers
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.text import clean

__all__ = ["KEYS_REASON", "chords_of", "heading_action", "is_platform", "read", "read_code", "read_meaning", "read_pressed"]

_PLATFORM = lazyre.pattern(rf"{names_pattern(KEY_PLATFORMS)}(?:\s*/\s*{names_pattern(KEY_PLATFORMS)})?", re.IGNORECASE)
# what may stand between two keys of one chord, and between two chords that are alternatives
_PLUS = lazyre.pattern(r"\s*\+\s*")
_ALTERNATIVE = lazyre.pattern(r"\s*(?:\||/|,|or|또는)\s*", re.IGNORECASE)
_KEY = lazyre.pattern(r"[^\s+]{1,20}|\+")  # one key as a code span holds it: "Cmd", "Shift", "P", "↑", "+"
_KEYS_TITLE = lazyre.pattern(
    r"단축\s*키|shortcuts?\b|hot\s*keys?|key\s*bindings?|keybindings?|keyboard|키보드|키\s*바인딩|keymaps?", re.IGNORECASE
)
_WORDY = lazyre.pattern(r"[^\W\d_]{2,}")
_REASON = "heading that says what the keys under it do"
KEYS_REASON = _REASON  # the reason of a card whose keys a heading says what they do (an 'or' block after it: the same)
_ESCAPE = lazyre.pattern(r"\\[A-Za-z]+\+?")  # "\n", "\dt+": a backslash and letters


def _platform(spans: Sequence[Span]) -> tuple[str | None, int]:
    """The platform the line names before its keys (``Mac``, ``Windows:``), and the index after it."""
    if not spans:
        return None, 0
    first = spans[0]
    name = first.text.strip().rstrip(":：").strip()
    if not _PLATFORM.fullmatch(name):
        return None, 0
    index = 1
    if index < len(spans) and spans[index].kind == "text" and not spans[index].text.strip(" \t:："):
        index += 1  # the space or colon after the name
    elif index < len(spans) and spans[index].kind == "text" and first.kind != "text":
        return None, 0  # "`Mac` users can …": words after the name
    return name, index


def chords_of(spans: Sequence[Span]) -> list[str] | None:
    """The chords a run of spans holds (``Cmd+K+M``; ``Ctrl+b %``, keys pressed in turn, joined by a
    space), or None when it holds anything but keys."""
    chords: list[str] = [""]
    joiner: str | None = ""  # what joins the next key to the chord: "" (it starts one), "+", " "; None: nothing may
    for span in spans:
        if span.kind == "code":
            key = span.text.strip()
            if not (_KEY.fullmatch(key) or is_key_chord(key)) or joiner is None:
                return None
            chords[-1] += joiner + key  # "Ctrl", "P" in <kbd>s of their own, or "Ctrl+P" in one code span
            joiner = None
        elif _PLUS.fullmatch(span.text):
            if not chords[-1]:
                return None
            joiner = "+"
        elif _ALTERNATIVE.fullmatch(span.text) and chords[-1]:
            chords.append("")
            joiner = ""
        elif not span.text.strip() and chords[-1] and joiner is None:
            joiner = " "  # "<kbd>Ctrl</kbd>+<kbd>b</kbd> <kbd>%</kbd>": pressed one after the other
        else:
            return None
    if not all(chords) or joiner is not None:
        return None
    return chords


def _keys(block: Para) -> list[tuple[str | None, list[str]]] | None:
    """Each line's platform and chords, or None when a line holds anything but keys."""
    lines = split_lines(block.inline)
    found: list[tuple[str | None, list[str]]] = []
    for line in lines:
        spans = [s for s in line.spans if s.text]
        if not spans:
            continue
        platform, index = _platform(spans)
        chords = chords_of(_trimmed(spans[index:]))
        if chords is None:
            return None
        found.append((platform, chords))
    return found or None


def _trimmed(spans: Sequence[Span]) -> list[Span]:
    spans = list(spans)
    while spans and spans[0].kind == "text" and not spans[0].text.strip():
        spans.pop(0)
    while spans and spans[-1].kind == "text" and not spans[-1].text.strip():
        spans.pop()
    return spans


def _action(walk: Walk) -> str | None:
    """The heading's text when it says what something does; None for a title, a label, a step's number
    (``## Step 2``) or a program."""
    if not walk.sections or walk.sections[-1].level < 2:
        return None
    text = clean(walk.sections[-1].text).rstrip(":：").strip()
    if not _WORDY.search(text) or is_label(text) or is_numbered_label(text) or _KEYS_TITLE.search(text):
        return None
    if text.casefold() in (walk.program or "", walk.tool or ""):
        return None
    return text


def heading_action(walk: Walk) -> str | None:
    """The last heading's text when it says what something does; None for a title, a label or a program."""
    return _action(walk)


def is_platform(text: str) -> bool:
    """``Mac``, ``Windows``, ``win/linux``: a platform's name."""
    return bool(_PLATFORM.fullmatch(text.strip()))


@needs(Fact.NO_QUOTE, Fact.CODE)
def read(walk: Walk, block: Para) -> bool:
    """A paragraph of keys under a heading that says what they do; False when it is not one, and for a quote or
    a nested item."""
    if len(block.lists) > 1 or block.quote or not block.inline.has_code:
        return False
    run = walk.heading_keys
    following = walk.heading_block == walk.block - 1 or run is not None and run[0] == walk.block - 1
    if not following:
        return False
    found = _keys(block)
    if found is not None and walk.key_program() is None and all(
        _ESCAPE.fullmatch(chord) for _platform, chords in found for chord in chords
    ):
        return False  # "## new line" / "`\\n`": an escape or a client's command, a key only of an editor's (vim's "\\ww")
    if found is None or block.lists and (not block.first or block.lists[-1].ordered or not all(p for p, _c in found)):
        return False  # in a list, only "- Windows: `Ctrl+P`": each item names its platform
    action = _action(walk)
    if action is None:
        walk.warn(block.line, _(
            "line {line}: keys with no words to say what they do (the heading above names no action); no card made"
        ).format(line=block.line))
        walk.heading_keys = (walk.block, "", (), ())
        return True
    written = tuple((platform or "", " / ".join(chords)) for platform, chords in found)
    chords = tuple(chord for _platform, chords in found for chord in chords)
    if run is not None and run[0] == walk.block - 1 and run[1]:
        # "`Windows` …" after "`Mac` …": the same note, its front naming both, each platform's keys an answer
        key, lines, keys = run[1], run[2] + written, tuple(dict.fromkeys(run[3] + chords))
        walk.heading_keys = (walk.block, key, lines, keys)
        walk.amend(key, front=_front(lines), answers=keys)
        return True
    keys = tuple(dict.fromkeys(chords))
    program = walk.key_program()
    walk.add(
        Kind.COMMAND, term=action, front=_front(written), back=action, command=program,
        line=walk.heading_line, answers=keys, reason=_REASON,
    )
    walk.heading_keys = (walk.block, note_key(walk.deck, Kind.COMMAND, program, clean(action)), written, keys)
    return True


def _front(lines: Sequence[tuple[str, str]]) -> str:
    """``Cmd+P (Mac), Ctrl+P (Windows)``; ``Alt+Z`` when every platform named has the same keys."""
    if len(lines) > 1 and len({chords for _platform, chords in lines}) == 1:
        return lines[0][1]
    return ", ".join(f"{chords} ({platform})" if platform else chords for platform, chords in lines)


_FUNCTION_KEY = lazyre.pattern(r"F\d{1,2}|Esc", re.IGNORECASE)
_MEANING_REASON = "heading naming a key, the text under it saying what it does"


# "`^D`는 `0x04`(End of Transmission)이다.": what the key is (its code), not what it does
_IS_WHAT = lazyre.pattern(r"(?:은|는)\s.*(?:이다|입니다)\s*[.。]?\s*$")
_TOP_ITEM = lazyre.pattern(r"[-*+]\s+(?P<text>\S.*)$")


def _after_what_it_is(walk: Walk, block: Para) -> bool:
    """``block`` is a bullet under a caret key's heading after bullets that only say what the key is (its code):
    every item between says so (their nested items aside), nothing else stands between."""
    if len(block.lists) != 1:
        return False
    for line in range(walk.heading_line + 1, block.line):
        written = walk.written(line) or ""
        if not written.strip() or written[:1] in " \t":
            continue  # a blank line, or an item nested under one between
        item = _TOP_ITEM.match(written)
        if item is None or _IS_WHAT.search(strip_markers(item.group("text"))) is None:
            return False
    return True


@needs(Fact.NO_QUOTE, Fact.FIRST)
def read_meaning(walk: Walk, block: Para) -> bool:
    """``## Ctrl + H`` then ``방문 기록을 연다.``: the heading is a key, the paragraph (or the one first bullet)
    right under it what the key does; False when it is not that.  Under a control key in caret notation
    (``### ^J``) in notes of a program's keys, bullets first saying what the key is (``^J는 0x0A이다.``) are
    passed over: the first bullet after them says what it does."""
    if not walk.sections or walk.sections[-1].level < 2:
        return False
    if block.quote or not block.first or block.lists and (len(block.lists) != 1 or block.lists[-1].ordered):
        return False
    heading = clean(walk.sections[-1].text.replace("`", ""))
    caret = is_caret_key(heading) and walk.key_program() is not None  # "^C" as a heading of its own
    if walk.heading_block != walk.block - 1 and not (caret and _after_what_it_is(walk, block)):
        return False
    # a chord, F5, Esc: "## Tab", "## Home" name topics as often as keys
    if not (is_key_chord(heading) or _FUNCTION_KEY.fullmatch(heading) or caret):
        return False
    text = block.text
    if caret and _IS_WHAT.search(text):
        return False  # what the key is; a bullet after it may say what it does
    if not _WORDY.search(text) or not block.inline.one_line or len(text) > 200:
        return False
    walk.add(Kind.COMMAND, term=heading, front=heading, back=text, command=walk.key_program(), line=block.line,
             answers=(heading,), reason=_MEANING_REASON)
    return True


# before the key: where or how it is pressed, a few words and no sentence's end ("명령 모드에서 빠르게 ", "선택된 상태에서 ",
# "이미 선택된 문장이라면 "), or an English telling to press it ("In normal mode, press ")
_PRESSED_BEFORE_KO = lazyre.pattern(r"(?:[^\s`.!?:：]+\s*){0,4}")
_PRESSED_BEFORE_EN = lazyre.pattern(r"(?:(?:in|from)\s+[\w -]{1,30}?\s+mode,?\s+)?(?:press|type|hit)\s+", re.IGNORECASE)
# after it: the telling to press or type it and nothing more ("를 타이핑합니다.", " 키를 누릅니다.", "를 눌러 주세요")
_PRESSED_AFTER_KO = lazyre.pattern(r"\s*(?:키\s*)?(?:를|을)?\s*(?:타이핑|입력|누르|누릅|누른|눌러|칩니|친다|쳐)[^\s.!?]*\s*[.!]?\s*")
# a Korean lead with nothing after the key says where or when to press it: a place or a case ("…에서", "…라면")
_PLACE_OR_CASE = lazyre.pattern(r"(?:에서|라면|이라면|이면|으면|하면|때)\s*$")
_PRESSED_REASON = "heading that says what the key pressed under it does"


@needs(Fact.NO_QUOTE, Fact.UNLISTED, Fact.ONE_LINE)
def read_pressed(walk: Walk, block: Para) -> bool:
    """``## 줄삭제`` / ``명령 모드에서 빠르게 `dd` 를 누릅니다.``, ``## Select lines`` / ``In normal mode, press `V`.``,
    ``## 선택`` / ``Shift + v``: in notes about an editor, a one-line paragraph right under a heading that only says
    where or how to press one key (or is a chord alone); the heading says what it does.  False when the paragraph
    says more (what pressing does is :mod:`key_sentences`'), names two keys, or the heading names no action."""
    if block.lists or block.quote or not block.inline.one_line or walk.heading_block != walk.block - 1:
        return False
    program = walk.key_program()
    if program is None or not walk.sections or walk.sections[-1].level < 2 or is_key_chord(clean(walk.sections[-1].text.replace("`", ""))):
        return False
    spans = [span for span in block.inline.spans if span.text]
    codes = [n for n, span in enumerate(spans) if span.kind == "code"]
    key: str | None = None
    if not codes and all(span.kind == "text" for span in spans) and is_key_chord(block.text.strip()):
        key = block.text.strip()  # "Shift + v" alone on its line
    elif len(codes) == 1 and all(span.kind in ("text", "code") for span in spans):
        at = codes[0]
        before = "".join(span.text for span in spans[:at])
        after = "".join(span.text for span in spans[at + 1:])
        english = _PRESSED_BEFORE_EN.fullmatch(before) is not None and not after.strip(" .!")
        korean = _PRESSED_BEFORE_KO.fullmatch(before) is not None and (
            _PRESSED_AFTER_KO.fullmatch(after) is not None
            or not after.strip() and _PLACE_OR_CASE.search(before) is not None)
        if english or korean:
            key = spans[at].text.strip()
    if key is None or not (is_key_chord(key) or key_pairs.is_key(key)):
        return False
    action = _action(walk)
    if action is None:
        return False
    walk.add(Kind.COMMAND, term=action, front=key, back=action, command=program, line=walk.heading_line,
             answers=(key,), reason=_PRESSED_REASON)
    return True


# "prefix + :rename-window <new name>": a chord that opens the program's command prompt (its last key ':'), then the
# command typed there
_PROMPTED = lazyre.pattern(r"^(?P<keys>\S.*?\+\s*:)(?P<typed>[A-Za-z][\w-]*(?:\s+\S.*)?)$")


def _prompted(text: str) -> bool:
    """``prefix + :rename-window <new name>``: a chord ending in ``:`` (the program's command prompt), then a
    command typed at that prompt: one key sequence."""
    match = _PROMPTED.match(text)
    return match is not None and is_key_chord(match.group("keys"))


def read_code(walk: Walk, block: Code) -> bool:
    """``## Open the command palette`` over a code block holding only ``Ctrl+Shift+P``: the keys, in a fence,
    of the action the heading names; False when the block holds anything but a key or two."""
    if walk.heading_block != walk.block - 1:
        return False
    written = [text.strip() for _n, text in block.lines if text.strip()]
    typed = _typed_at_prompt(block)
    if typed is not None:
        written = [typed[0]]
    elif not 1 <= len(written) <= 3 or not all(is_key_chord(text) or _prompted(text) for text in written):
        return False
    walk.prose = None  # the heading was what the block does: read here
    action = _action(walk)
    if action is None:
        walk.warn(block.line, _(
            "line {line}: keys with no words to say what they do (the heading above names no action); no card made"
        ).format(line=block.line))
        return True
    front = " / ".join(written)
    walk.add(Kind.COMMAND, term=action, front=front, back=action, command=walk.key_program(), line=walk.heading_line,
             answers=tuple(written), reason=_REASON)
    if typed is not None and typed[1] is not None:
        walk.warn(typed[1], _(
            "line {line}: what follows the keys and the command typed after them (remarks, other ways to type it) "
            "is not read"
        ).format(line=typed[1]))
    return True


_ENTER = lazyre.pattern(r"\s*\+\s*(?:enter|return|<cr>|⏎)\s*$", re.IGNORECASE)
_TYPED_WORD = lazyre.pattern(r"[A-Za-z][\w-]*(?:\s|$)")


def _typed_at_prompt(block: Code) -> tuple[str, int | None] | None:
    """``Prefix + :`` then ``capture-pane -S - + enter`` on the next line: a chord ending in ``:`` alone on the
    block's first line (it opens the program's command prompt), and the command typed there (the Enter pressed after
    it left off): the keys as one sequence, and the line of what else the block holds (None when nothing)."""
    rows = [(n, text.strip()) for n, text in block.lines if text.strip()]
    if len(rows) < 2 or not rows[0][1].endswith(":") or not is_key_chord(rows[0][1]) or rows[1][0] != rows[0][0] + 1:
        return None
    command = _ENTER.sub("", rows[1][1])
    if not _TYPED_WORD.match(command) or is_key_chord(command):
        return None
    return f"{rows[0][1]} {command}", rows[2][0] if len(rows) > 2 else None
