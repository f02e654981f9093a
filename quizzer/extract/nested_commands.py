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

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.knowledge import PROGRAMS, is_label
from quizzer.extract.nested_item import of_a_part, one_nested
from quizzer.extract.terms import FlagDef, strip_markers
from quizzer.extract.walk import Walk
from quizzer.shell import Invocation, looks_like_command, parse_invocation
from quizzer.text import clean, without_end_marks

__all__ = ["command_line", "flag_glossed", "read"]

_REASON = "item naming a command line, the one item nested under it"
_FLAG_REASON = "flag of the command line on the item above, glossed on a nested item"
# "`git branch -r`", "`git branch -r` 명령어": a code span alone, or with the word command after it
_CODE = lazyre.pattern(r"^`(?P<line>[^`]{2,80})`\s*(?:명령어|명령|command)?\s*[:：]?\s*$", re.IGNORECASE)
# "git branch -r 명령어": the line written plainly, the word command after it
_PLAIN = lazyre.pattern(r"^(?P<line>[A-Za-z][\w.-]*(?: [^\s가-힣]+)+?)\s*(?:명령어|명령|command)?\s*[:：]?\s*$", re.IGNORECASE)
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
    part = of_a_part(nested_text, typed)
    if part is not None:
        return invocation is not None and flag_glossed(walk, invocation, part, line)
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


# " 옵션: 계속해서 따라감", ": 계속해서 따라감", " - …": after the flag's code span, its gloss
_FLAG_GLOSS = lazyre.pattern(r"^\s*(?:옵션|option)?\s*(?:[:：]|[-–—]\s)\s*(?P<meaning>\S.*)$", re.IGNORECASE)


def flag_glossed(walk: Walk, invocation: Invocation, part: tuple[str, str], line: int) -> bool:
    """``- `docker logs -f <C>` `` / ``  - `-f` 옵션: 계속해서 로그 추적``: the nested item glosses a flag of the line,
    a flag card; False (the item read by others) when it opens on another part or says no meaning after it."""
    flag, rest = part
    glossed = _FLAG_GLOSS.match(strip_markers(rest))
    if not flag.startswith("-") or flag not in invocation.flags or glossed is None:
        return False
    meaning = without_end_marks(clean(glossed.group("meaning")))  # "… 로그 추적! 📌": a mark after the words
    walk.add_flag(FlagDef(flag, meaning), invocation, line, reason=_FLAG_REASON)
    walk.nested_line = line  # read here: not again as a line of its own
    return True
