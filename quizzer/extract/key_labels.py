"""A key written alone as a label, and the list under it saying what it does (pure).

Notes of a program's keys may set each key apart on a line of its own, quoted or in bold, and say what it
does in the bullets under it::

    "CTRL-G"

    - jump to a line by its number
    - `$EDITOR_GOTO` sets where it lands

The key is the subject and the first bullet (words, not a code span alone) its meaning: a command note of
the notes' program.  Only a label line that holds nothing but one chord (``is_key_chord``), between blank
lines, followed by the list, reads so; the other bullets are remarks on it (a setting, an example).
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.facts import Fact, needs
from quizzer.extract.knowledge import is_key_chord, is_key_or_chord, is_remark, says_where_it_works
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.text import clean

__all__ = ["read"]

# '"CTRL-T"', '“Alt-C”', "**Ctrl+R**", "`C-x o`": one chord set apart by quotes, bold or a code span
_LABEL = lazyre.pattern(r"""^\s*(?:"(?P<q>[^"]+)"|“(?P<c>[^”]+)”|\*\*(?P<b>[^*]+)\*\*|`(?P<k>[^`]+)`)\s*$""")
_ITEM = lazyre.pattern(r"^\s*[-*+]\s+\S")
_WORDY = lazyre.pattern(r"[^\W\d_]{2,}")
_REASON = "key set apart on a line, the bullet under it saying what it does"


# what a bullet saying what comes AFTER the key starts with: a key of a sequence, a step, an alternative of one
_STEP = lazyre.pattern(
    r"\s*(?:then|followed\s+by|and|or|\+|type|press|hit|enter|다음|그\s*다음|누른\s*(?:뒤|후|다음))\b", re.IGNORECASE
)
_CODE = lazyre.pattern(r"`([^`]+)`")
# "Space: …", "`Esc` - …", "**Enter** → …": a bullet led by a key and a separator, a key pressed after the label's
_LED = lazyre.pattern(r"^\s*(?P<key>[^:→]+?)\s*(?::|\s[-–—]\s|→|->|=>)\s*\S")


def _is_key(code: str) -> bool:
    """``c``, ``%``, ``Ctrl+D``, ``Space``: a key of its own in a bullet (a sequence after the label's key)."""
    code = code.strip()
    return len(code) == 1 or is_key_or_chord(code)


def _led_by_key(raw: str) -> bool:
    """``Space: capture one window``: the bullet names a further key and what that one does, not the label's."""
    led = _LED.match(raw)
    return led is not None and _is_key(led.group("key").strip("`*_ "))


def _steps_on(walk: Walk, line: int) -> bool:
    """A later bullet of the list right after ``line`` starts with a step's or an alternative's word."""
    following = line + 1
    while (text := walk.written(following)) is not None and _ITEM.match(text):
        if _STEP.match(re.sub(r"^\s*[-*+]\s+", "", text)):
            return True
        following += 1
    return False


def _label(walk: Walk, line: int) -> str | None:
    """The chord the label line above the list starting at ``line`` holds (a blank line between), else None."""
    if (walk.written(line - 1) or "").strip():
        return None
    text = walk.written(line - 2)
    if text is None or (walk.written(line - 3) or "").strip():
        return None  # the label is a paragraph of its own, a blank line (or the start) above it
    label = _LABEL.match(text)
    if label is None:
        return None
    chord = next(group for group in label.groups() if group is not None).strip()
    return chord if is_key_chord(chord) else None


@needs(Fact.NO_QUOTE, Fact.FIRST)
def read(walk: Walk, block: Para) -> bool:
    """The first bullet under a key set apart on its own line: the key's meaning; False if it is not one."""
    if len(block.lists) != 1 or block.lists[-1].ordered or not block.inline.one_line:
        return False
    if not _ITEM.match(walk.written(block.line) or ""):
        return False
    key = _label(walk, block.line)
    if key is None:
        return False
    text = block.text
    if not _WORDY.search(clean(re.sub(r"`[^`]*`", " ", block.inline.raw))):
        return False  # "- `$FZF_CTRL_T_COMMAND`": a setting, no words saying what the key does
    if is_remark(clean(text).strip("() ")) or says_where_it_works(clean(text).strip("() ")):
        return False  # "- (macOS only)", "- same as Ctrl+Q", "- works in every browser": a remark, not what it does
    if _led_by_key(block.inline.raw):
        return False  # "- Space: capture one window": label + Space is the key that does it, not the label alone
    if _STEP.match(text) or any(_is_key(code) for code in _CODE.findall(block.inline.raw)) or _steps_on(walk, block.line):
        return False  # "- then `c` for a new window", "- type `cmd` and press Enter" / "- or …": what follows the key
    walk.add(Kind.COMMAND, term=key, front=key, back=clean(text), command=walk.key_program(), line=block.line,
             answers=(key,), reason=_REASON)
    return True
