"""A heading that says what to do, a spaced dash, then the keys that do it (pure).

Shortcut sheets written as headings put the action first and the keys last::

    ### 셀 병합 - Shift + M
    ### 편집 모드 - Enter
    ### 셀 두 개 지우기 - DD (D를 두 번 연속해서)

The keys after the spaced dash (`` - ``) are the subject and the words before them their meaning: a command
note of the key (the document's editor's, else of no program).  The heading reads so only when what
follows the dash is nothing but keys (a remark in parentheses after them is dropped): a chord
(``Shift + M``) anywhere; a named key (``Enter``, ``ESC``) or a letter or two (``A``, ``DD``) only in
notes about keys (a heading above or the document's title says shortcut, 단축키, key bindings).  The
words before must say something (not a label, not a platform), and must not be a key themselves.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract import key_pairs
from quizzer.extract.key_lists import KEYS_HEADING, in_keys_section
from quizzer.extract.knowledge import KEY_NAMES, is_key_chord, is_label, says_doing
from quizzer.extract.walk import Walk
from quizzer.text import clean

__all__ = ["read"]

# "Cell 진입 - Enter", "셀 삭제 - DD (D를 두 번)": the words, a spaced dash, the keys, maybe a remark in parentheses
_SHAPE = lazyre.pattern(r"(?P<meaning>\S.*?)\s+[-–—]\s+(?P<keys>[^()]+?)(?:\s*\([^()]*\))?\s*")
_WORDY = lazyre.pattern(r"[^\W\d_]{2,}")
_LETTERS = lazyre.pattern(r"[A-Za-z]{1,2}")
_NOT_MEANING = lazyre.pattern(
    r"(?:mac\s*os|macos|mac|os\s*x|windows|win|linux|pc|default|기본|keys?|shortcuts?|단축키|키)", re.IGNORECASE
)
# "GNOME", "KDE": a name in capitals; "VS Code", "Visual Studio Code": words each capitalised (no Korean, none in
# lower case), a name unless the notes are about keys
_NAME = lazyre.pattern(r"[A-Z]{2,}[0-9]*|[A-Z][\w.+-]*(?:\s+[A-Z][\w.+-]*)+")
_REASON = "heading `what it does - keys`"


def _keys_notes(walk: Walk) -> bool:
    """Are these notes about keys: a heading above, or the document's title, says so?"""
    return in_keys_section(walk) or any(KEYS_HEADING.search(text) for text in (*walk.path, walk.titled or ""))


def _key(keys: str, walk: Walk) -> bool:
    """``Shift + M`` anywhere; ``Enter``, ``ESC``, ``A``, ``DD`` in notes about keys (``## Users - Delete`` elsewhere)."""
    if is_key_chord(keys):
        return True
    named = "".join(keys.casefold().split()) in KEY_NAMES or _LETTERS.fullmatch(keys) and key_pairs.is_key(keys)
    return bool(named) and _keys_notes(walk)


def read(walk: Walk, text: str, line: int) -> bool:
    """Read heading ``text`` as ``meaning - keys``; False when it is not one."""
    match = _SHAPE.fullmatch(text.strip())
    if match is None:
        return False
    keys, meaning = clean(match.group("keys")), clean(match.group("meaning"))
    if not _key(keys, walk):
        return False
    if not _WORDY.search(meaning) or is_label(meaning) or _NOT_MEANING.fullmatch(meaning) or key_pairs.is_key(meaning):
        return False
    if _NAME.fullmatch(meaning) and not says_doing(meaning) and (len(meaning.split()) == 1 or not _keys_notes(walk)):
        # "## GNOME - Ctrl + Alt + T"; "### VS Code - Ctrl + Shift + P" outside notes about keys (where "Toggle
        # Sidebar - Ctrl + B" is an action): where the keys work, not what they do
        return False
    walk.add_key_note(keys, meaning, line, reason=_REASON)
    return True
