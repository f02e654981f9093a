"""A list of names in code spans, each with items nested under it saying what it is (pure).

    ### Build tools
    - `zipcheck`
      - 압축 파일이 깨지지 않았는지 검사합니다.
    - `pkgsign`
      - Package Signing Tool
      - 패키지에 서명합니다.
      - [Docs](https://example.com/pkgsign)

Reference notes list the tools (or settings, or files) of a kit so: the name alone on its item, and under it
what it is, often after its name spelled out and before a link to read more.  A careful reader makes one card
of each name: the name → the one nested item that says what a thing is
(:func:`quizzer.extract.heading_terms.says_what`: a spelled-out name in title case, a link, a label, a remark
are passed over); when two could ("Needs Java 17 on the PATH." and "Builds the Android app."), a requirement
or a remark may come first, and nothing tells which is the meaning: no card.  Only when two items or more of
the list are so made (one alone may be a name with remarks on it), each name one word and no key (``Ctrl+C``;
nor any name in notes about an editor, whose names are keys), and each nested item on one line.  The card's
line is the nested item's.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.heading_terms import says_what
from quizzer.extract.knowledge import is_key_chord
from quizzer.extract.model import Kind
from quizzer.extract.nested_item import ITEM, depth, nested_items, nested_under
from quizzer.extract.walk import Walk

__all__ = ["REASON", "is_name_item", "read"]

REASON = "list of names in code spans, the first item nested under each that says what it is"

_NAME = lazyre.pattern(r"`(?P<name>[A-Za-z][\w.+-]{0,40})`")
_SIBLINGS = 2


def is_name_item(walk: Walk, line: int) -> bool:
    """The item on ``line`` is a name alone in a code span with items nested under it (``- `zipcheck```)."""
    item = ITEM.match(walk.written(line) or "")
    if item is None or _NAME.fullmatch(item.group("text").strip()) is None:
        return False
    return bool(nested_items(walk, line, depth(item)))


def _siblings(walk: Walk, line: int, indent: int) -> int:
    """How many items of the list around ``line``, at its indent, are names with items nested under them."""
    count = 0
    for step in (-1, 1):
        at = line if step == 1 else line - 1
        while (written := walk.written(at)) is not None and (item := ITEM.match(written)) is not None:
            if depth(item) < indent:
                break
            if depth(item) == indent and is_name_item(walk, at):
                count += 1
            at += step
    return count


def read(walk: Walk, block: Para) -> bool:
    """The concept of a name item and what its nested items say it is; False (nothing done) when not that shape."""
    found = nested_under(walk, block)
    if found is None or len(block.lists) != 1:
        return False
    here, _, _ = found
    name = _NAME.fullmatch(here.group("text").strip())
    indent = depth(here)
    nested = nested_items(walk, block.line, indent) if name is not None else None
    if name is None or not nested or _siblings(walk, block.line, indent) < _SIBLINGS:
        return False
    if is_key_chord(name.group("name")) or walk.key_program() is not None:
        return False  # "- `Ctrl+C`", "- `gg`" in notes about vim: keys, read by the rules of keys
    saying = [(line, said) for line, text in nested if (said := says_what(text)) is not None]
    if len(saying) != 1:
        return False  # "Needs Java 17 on the PATH." over "Builds the Android app.": which says what it is?
    (line, said), = saying
    term = name.group("name")
    walk.add(Kind.CONCEPT, term=term, front=term, back=said, command=None, line=line, answers=(term,), reason=REASON)
    walk.nested_line = line
    return True
