"""A list item that is a command line, and the one item nested under it saying what it does (pure).

    - `git remote prune origin`
      - 원격에서 지워진 브랜치의 추적 브랜치를 정리한다.
    - git log --follow 명령어
      - 이름이 바뀐 파일의 이력까지 따라간다

Korean study notes (and English ones) often name a command on one item and say what it does on the item
nested under it.  A careful reader makes one command card: the line → the nested item (its line the nested
item's).  Only when the item is a command line of a program the notes know (in a code span, or written
plainly with at most a trailing "명령어" / "command"), and the nested item is the only one under it, a
description: not a command line, not a label, no more than a sentence or two.  Two or more nested items are
a list of remarks (other rules read them); a nested item that is another command is not what this one does.
"""

from __future__ import annotations

import re

from quizzer.extract.blocks import Para
from quizzer.extract.knowledge import PROGRAMS, is_label
from quizzer.extract.nested_item import one_nested
from quizzer.extract.terms import strip_markers
from quizzer.extract.walk import Walk
from quizzer.shell import looks_like_command, parse_invocation
from quizzer.text import clean

__all__ = ["command_line", "read"]

_REASON = "item naming a command line, the one item nested under it"
# "`git branch -r`", "`git branch -r` 명령어": a code span alone, or with the word command after it
_CODE = re.compile(r"^`(?P<line>[^`]{2,80})`\s*(?:명령어|명령|command)?\s*[:：]?\s*$", re.IGNORECASE)
# "git branch -r 명령어": the line written plainly, the word command after it
_PLAIN = re.compile(r"^(?P<line>[A-Za-z][\w.-]*(?: [^\s가-힣]+)+?)\s*(?:명령어|명령|command)?\s*[:：]?\s*$", re.IGNORECASE)
_MAX_MEANING = 160


def command_line(walk: Walk, raw: str) -> str | None:
    """The command line an item names, or None."""
    text = raw.strip()
    match = _CODE.match(text) or _PLAIN.match(strip_markers(text))
    if match is None:
        return None
    line = clean(match.group("line"))
    program = line.split(" ", 1)[0]
    if program not in PROGRAMS and program != walk.program:
        return None
    return line


def read(walk: Walk, block: Para) -> bool:
    """The command card of an item and its one nested item; False (nothing done) when not that shape."""
    found = one_nested(walk, block)
    if found is None:
        return False
    item, nested_text, line = found
    typed = command_line(walk, item)
    if typed is None:
        return False
    invocation = parse_invocation(typed)
    meaning = clean(strip_markers(nested_text))
    if (
        invocation is None or not meaning or len(meaning) > _MAX_MEANING
        or looks_like_command(meaning) and meaning.split(" ", 1)[0] in PROGRAMS  # another command, not a meaning
        or "`" in nested_text and meaning.startswith(invocation.command)
        or is_label(meaning.split()[0].rstrip(":："))
    ):
        return False
    walk.add_command(invocation, meaning, line, reason=_REASON)
    walk.nested_line = line
    return True
