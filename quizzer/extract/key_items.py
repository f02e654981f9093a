"""Keys listed alone under a heading that says what they do (pure).

IDE and app cheat sheets often give each action a heading and list its keys below it, one bullet a
key, one key per platform (the order told once, for the whole page)::

    ### 3. Duplicate the line
    - `Cmd + D`
    - `Ctrl + D`

    ### 4. Run
    - the current file
      - `Ctrl + Shift + R`
      - `Shift + Ctrl + F10`

Other authors write the key in ``<kbd>`` (``- <kbd>Cmd</kbd> + <kbd>D</kbd>``) or plainly (``- Ctrl + D``, a
chord that says it is one: never a bare word such as ``Home``).  A careful reader of any such page takes each heading (without its section number) as what the keys
under it do: one command note per heading, each key a right answer.  A short item with keys nested
under it names the action itself ("the current file"), the heading being its context; an item naming a
platform (``Mac``, ``Windows``) does not.  Items of prose beside the keys ("put the cursor on …") are
remarks, read by the other rules as before.

Where the reading is not sure, nothing is guessed: a heading that names no action (a label,
"Shortcuts", the program) over such keys is warned about, and so are more than three keys for one
action (a topic heading over a list of keys, whose meanings are not written: no card says "Navigation"
is six keys).  The reading is the page's shape, not one heading's: with fewer than three actions so
read in a document, a heading over a key or two may as well be a topic ("## Navigation"), and they are
warned about instead (:func:`settle`).  A lone key with an item nested under it is left to :mod:`quizzer.extract.key_lists`
(its meaning is that item).
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.heading_keys import chords_of, heading_action, is_platform
from quizzer.extract.knowledge import is_key_chord, is_key_or_chord, is_label
from quizzer.extract.model import Kind, note_key
from quizzer.extract.walk import KeyRun, Walk
from quizzer.i18n import _
from quizzer.text import clean

__all__ = ["is_listed_key", "read", "settle"]

_REASON = "heading that says what the keys listed under it do"
_LABEL_REASON = "item that says what the keys nested under it do"
_FEWEST_ACTIONS = 3  # fewer headings of keys alone are no cheat sheet of actions: "## Navigation" over two keys is a topic
_MOST_KEYS = 3  # alternatives of one action (one per platform, maybe one more); more is a list of keys
# a chord with words in it: "Opt 2번 누른채로 + 방향키", "Ctrl + Space 두 번", "Shift twice"
_MODIFIER_LED = lazyre.pattern(
    r"(?:ctrl|control|cmd|command|opt|option|alt|shift|fn|meta|super|win|⌘|⌥|⇧|⌃)\s+\S.{0,26}", re.IGNORECASE
)
_COUNT = lazyre.pattern(r"\s*(?:두\s*번|세\s*번|\d\s*번|twice|x\s*2|×\s*2)$", re.IGNORECASE)
_SENTENCE = lazyre.pattern(r"[.!?。:：;]\s*$|[,;]")
_NUMBER = lazyre.pattern(r"^\d+(?:[.-]\d+)*[.)]\s*")
_ITEM_MARK = lazyre.pattern(r"^(\s*)[-*+]\s")


def is_listed_key(text: str) -> bool:
    """``Cmd + N``, ``F2``, ``ESC``, ``Ctrl + Space 두 번``: a key or chord, as one code span holds it."""
    text = text.strip()
    if not text or len(text) > 30:
        return False
    if is_key_or_chord(text):
        return True
    counted = _COUNT.sub("", text)
    if counted != text and is_key_or_chord(counted):
        return True
    return bool(_MODIFIER_LED.fullmatch(text)) and "+" in text and not _SENTENCE.search(text)


def _unnumbered(text: str | None) -> str | None:
    """``3. 라인 복제하기`` → ``라인 복제하기``: the section's number is no part of what the keys do."""
    return _NUMBER.sub("", text, count=1) or None if text is not None else None


def _lone_key(block: Para) -> str | None:
    """The key an item holds and nothing else, or None: one code span (``- `Cmd + D```), keys in ``<kbd>``
    joined by ``+`` (``- <kbd>Cmd</kbd> + <kbd>D</kbd>``), or a chord written plainly or in bold (``- Ctrl + D``);
    a platform named in parentheses after a code span (``- `Cmd + D` (Mac)``) is no part of the key."""
    if not block.inline.one_line:
        return None
    spans = [span for span in block.inline.spans if span.text.strip()]
    if len(spans) == 2 and spans[0].kind == "code" and spans[1].kind == "text":
        # "- `Cmd + D` (Mac)": the platform the key is for, named after it
        named = _NAMED_PLATFORM.fullmatch(spans[1].text.strip())
        if named is not None and is_platform(named.group(1)):
            spans = spans[:1]
    if len(spans) == 1 and spans[0].kind == "code":
        key = clean(spans[0].text)
        return key if is_listed_key(key) else None
    if len(spans) == 1:
        # written without markup, a chord must say so itself: "Ctrl + D", never a word ("Home", "Tab" are words too)
        key = clean(spans[0].text)
        return key if is_key_chord(key) else None
    if spans and spans[0].kind == "code":
        chords = chords_of(block.inline.spans)
        if chords is not None and len(chords) == 1:
            return clean(chords[0])
    return None


_WORDY = lazyre.pattern(r"[^\W\d_]{2,}")
_NAMED_PLATFORM = lazyre.pattern(r"[(（]\s*([^()（）]{2,24}?)\s*[)）]")


def _bold_title(block: Para) -> str | None:
    """``**Duplicate the line**`` alone on its line: the words of a heading set in bold, or None."""
    spans = block.inline.spans
    if len(spans) != 1 or spans[0].kind != "strong" or not block.inline.one_line:
        return None
    text = clean(spans[0].text).rstrip(":：").strip()
    if not _WORDY.search(text) or is_label(text) or len(text) > 60 or is_key_chord(text):
        return None
    return _unnumbered(text)


def _meaning_nested(walk: Walk, line: int) -> bool:
    """The item of ``line`` has an item nested under it (its meaning: ``- `Ctrl+D``` / ``  - 줄 복제``)."""
    here, below = walk.written(line), walk.written(line + 1)
    if here is None or below is None:
        return False
    mine, theirs = _ITEM_MARK.match(here), _ITEM_MARK.match(below)
    return mine is not None and theirs is not None and len(theirs.group(1)) > len(mine.group(1))


def _moved(run: KeyRun, block: int, label: tuple[str, int, int, int] | None) -> KeyRun:
    """``run`` moved on to ``block`` with ``label``, in place: every item under a heading moves it, and making a
    new one (``dataclasses.replace``) cost more than the rest of reading most items."""
    run.block, run.label = block, label
    return run


def read(walk: Walk, block: Para) -> bool:
    """An item holding only a key under a heading that says what it does (or under an item that does);
    False when it is not one (the block is then read by the other rules; items and remarks between the
    heading and its keys are remembered)."""
    run = walk.key_items
    if not block.lists and not block.quote:  # a paragraph of its own ends the run (most blocks: asked first)
        title = _bold_title(block)
        # "**라인 복제**" on a line of its own over the keys: a heading set in bold (read by the other rules too)
        walk.key_items = KeyRun(walk.heading_block, walk.block, title=(title, block.line)) if title else None
        return False
    if walk.heading_block == walk.block - 1:
        run = KeyRun(walk.heading_block, walk.heading_block)
    elif run is None or run.heading != walk.heading_block or run.block != walk.block - 1:
        return False
    if not block.lists:  # a quoted remark under the heading: the keys may still follow
        walk.key_items = _moved(run, walk.block, run.label)
        return False
    depth = len(block.lists)
    key = _lone_key(block) if block.first and not block.lists[-1].ordered else None
    if key is None or _meaning_nested(walk, block.line):
        label = run.label
        if block.first and (label is None or depth <= label[2]):  # a remark nested in a label leaves it so
            text = block.text.strip().rstrip(":：").strip()
            label = (text, block.line, depth, walk.block) if not block.inline.has_code and text else None
        if run.note and block.first:  # "- 리눅스는 단축키 없음" after the keys: said if no rule reads it
            walk.unless_read(block.line, _(
                "line {line}: a remark among the keys listed under a heading, not a key; no card made from it"
            ).format(line=block.line))
        walk.key_items = _moved(run, walk.block, label)
        return False
    heading = run.title[0] if run.title else _unnumbered(heading_action(walk))
    action, line, context = heading, run.title[1] if run.title else walk.heading_line, None
    label = run.label
    if label is not None and label[2] == depth - 1 and not is_platform(label[0]):
        # "- 현재 포커스" / "  - `Ctrl + Shift + R`": the item says what the keys nested under it do
        action, line, context = label[0], label[1], heading
    elif label is not None and label[2] < depth - 1:
        label = None
    program = walk.key_program()
    if action is None:
        walk.warn(block.line, _(
            "line {line}: keys with no words to say what they do (the heading above names no action); no card made"
        ).format(line=block.line))
        walk.key_items = replace(run, block=walk.block, note="", keys=(), depth=depth)
        return True
    term = f"{context}: {action}" if context else action
    note = note_key(walk.deck, Kind.COMMAND, program, clean(term))
    if note == run.note and key in run.keys:  # "- `Ctrl + J`" twice: the same key for both platforms
        walk.key_items = replace(run, block=walk.block, note=note, depth=depth)
        return True
    keys = (*run.keys, key) if note == run.note else (key,)
    walk.key_items = replace(run, block=walk.block, note=note, keys=keys, depth=depth)
    if len(keys) > _MOST_KEYS:
        if walk.notes.pop(note, None) is not None or len(keys) == _MOST_KEYS + 1:
            walk.warn(line, _(
                "line {line}: more keys listed under '{action}' than one action has; which does what is not "
                "written, so no card made"
            ).format(line=line, action=action))
        return True
    if len(keys) == 1 and context is not None:
        walk.add(Kind.COMMAND, term=term, front=key, back=action, command=program, line=line, answers=keys,
                 context=context, reason=_LABEL_REASON)
    elif len(keys) == 1:
        walk.add(Kind.COMMAND, term=term, front=key, back=action, command=program, line=line, answers=keys,
                 reason=_REASON)
    else:
        walk.amend(note, front=" / ".join(keys), answers=keys)
    return True


def settle(walk: Walk) -> None:
    """At the end of the document: fewer than three actions read from keys listed alone are no cheat sheet
    of actions; each becomes a warning with its line."""
    mine = [key for key, note in walk.notes.items() if note.reason in (_REASON, _LABEL_REASON)]
    if not mine or len(mine) >= _FEWEST_ACTIONS:
        return
    for key in mine:
        note = walk.notes.pop(key)
        walk.warn(note.line, _(
            "line {line}: keys listed under '{action}', but too few headings of the notes are so written to be sure "
            "it says what they do; no card made"
        ).format(line=note.line, action=note.back))
