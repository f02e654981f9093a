"""A bullet item of one line with exactly one nested item of one line under it (pure).

    - git branch -r 명령어          - 서버 훅
      - 원격 브랜치 목록              - 깃 레포로 푸시가 발생했을 때 서버에서 실행하는 훅

The shape :mod:`quizzer.extract.nested_commands` (a command and its meaning) and
:mod:`quizzer.extract.nested_terms` (a term and what it is) read; two nested items or
more are a list of remarks, and a nested item that goes on over more lines is not one
meaning.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.decorations import TASK_BOX
from quizzer.extract.walk import Walk
from quizzer.shell import tokenize

__all__ = ["ITEM", "bullet_line", "depth", "nested_items", "nested_under", "of_a_part", "one_nested"]

# a bullet item's line as written: its indent and its text, after a task box ("- [ ] `kubectl get pods`") as the
# parsed block has it (quizzer.extract.decorations)
ITEM = lazyre.pattern(rf"^(?P<indent>\s*)[-*+]\s+(?:{TASK_BOX.pattern})?(?P<text>\S.*)$")


# "📌 `-f` 옵션: …", "✔ `grep` 이후에 …": a nested item opening on a code span, after a mark; what follows it
_OPENING_SPAN = lazyre.pattern(r"^[^\w`]*`(?P<part>[^`]+)`(?P<rest>.*)$")


def of_a_part(nested: str, line: str) -> tuple[str, str] | None:
    """The word of ``line`` after its program (``-f``, ``grep``) that the nested item opens on, and the item's text
    after it: the item says something of that part, not what the whole line does; None when it opens otherwise."""
    opening = _OPENING_SPAN.match(nested)
    if opening is None or opening.group("part").strip() not in tokenize(line)[1:]:
        return None
    return opening.group("part").strip(), opening.group("rest")


def depth(item: re.Match[str]) -> int:
    """How deep an :data:`ITEM` is indented, a tab counting four spaces."""
    return len(item.group("indent").expandtabs(4))


def bullet_line(walk: Walk, block: Para) -> re.Match[str] | None:
    """:data:`ITEM` on the line of ``block`` when it is a bullet item's first block, of one line and not in
    a quote; None otherwise (numbered, quoted, a later block of the item, more than one line)."""
    if block.lists[-1].ordered or block.quote or not block.first or "\n" in block.inline.raw.strip():
        return None
    return ITEM.match(walk.written(block.line) or "")


def nested_under(walk: Walk, block: Para) -> tuple[re.Match[str], re.Match[str], int] | None:
    """:func:`bullet_line` of ``block`` and :data:`ITEM` on the line right under it, when that line is an
    item nested deeper, with that line; None otherwise."""
    here = bullet_line(walk, block)
    if here is None:
        return None
    line = block.line + 1
    nested = ITEM.match(walk.written(line) or "")
    if nested is None or depth(nested) <= depth(here):
        return None
    return here, nested, line


def nested_items(walk: Walk, line: int, indent: int) -> list[tuple[int, str]] | None:
    """The items right under the item on ``line`` nested deeper than ``indent``, each its line and text, up to
    a blank line or an item not nested; None when one goes on over more lines (a line that is no item)."""
    found: list[tuple[int, str]] = []
    while (written := walk.written(line + 1 + len(found))) is not None and written.strip():
        item = ITEM.match(written)
        if item is None:
            return None  # the nested item goes on over more lines
        if depth(item) <= indent:
            break
        found.append((line + 1 + len(found), item.group("text")))
    return found


def one_nested(walk: Walk, block: Para) -> tuple[str, str, int] | None:
    """The item's text, its one nested item's text and that item's line; None when ``block``
    is not such an item (numbered, quoted, not the item's first block, or more than one line)."""
    found = nested_under(walk, block)
    if found is None:
        return None
    here, _, _ = found
    nested = nested_items(walk, block.line, depth(here))
    if nested is None or len(nested) != 1:
        return None  # a second nested item (a list of remarks, not one meaning), or one over more lines
    (line, text), = nested
    return here.group("text"), text, line
