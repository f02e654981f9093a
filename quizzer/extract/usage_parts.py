"""A part of a usage line glossed right under its block (pure).

    ### `LOOP`
    ```
    LOOP %%name IN (LIST) DO command
    ```
    - `(LIST)`: 돌 값들의 목록

Under a section about one command, its usage block opening with that command, an item right after the block
that opens with a placeholder of that line in code (``(LIST)``, ``<file>``, ``[옵션]``, written in the line as
it stands), then a colon and words, says what that part of the command's usage is: a concept note of the
section's command, the usage line as its context.  Only items between the block and this one that read so too
(several parts glossed in a row); a part the first line does not write, or a block of another program, is no
part of it, and left to the other rules.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.model import Kind
from quizzer.extract.terms import Term
from quizzer.extract.walk import Walk
from quizzer.shell import is_placeholder, tokenize
from quizzer.text import clean

__all__ = ["REASON", "read"]

REASON = "part of a usage line, glossed right under its block"

_FENCE = lazyre.pattern(r"^\s*(?:```|~~~)")
_PART_ITEM = lazyre.pattern(r"^\s*[-*+]\s+`(?P<part>[^`]+)`\s*[:：]\s*\S")
_LOOK_BACK = 12  # lines: the parts glossed right under the block


def read(walk: Walk, term: Term, line: int, depth: int) -> bool:
    """``- `(SET)`: 범위를 알려주는 것`` under ``FOR %%변수명 IN (SET) DO Command``: a concept note of FOR; False
    otherwise."""
    if term.style != "code" or not is_placeholder(term.term) or _PART_ITEM.match(walk.written(line) or "") is None:
        return False
    program = walk.command(depth)
    usage = _usage_above(walk, line)
    if program is None or usage is None:
        return False
    words = tokenize(usage)
    if not words or words[0] != program or term.term not in words[1:]:
        return False
    walk.add(Kind.CONCEPT, term=term.term, front=term.term, back=term.description, command=program, line=line,
             answers=(clean(term.term),), context=usage, reason=REASON)
    return True


def _usage_above(walk: Walk, line: int) -> str | None:
    """The first line of the block right above the item at ``line`` (blank lines and items glossing parts may lie
    between), None when something else does."""
    n = line - 1
    while n > max(0, line - _LOOK_BACK):
        text = walk.written(n) or ""
        if _FENCE.match(text):
            break
        if text.strip() and _PART_ITEM.match(text) is None:
            return None
        n -= 1
    else:
        return None
    opening = n - 1
    while opening > 0 and not _FENCE.match(walk.written(opening) or ""):
        opening -= 1
    if opening <= 0 or opening + 1 >= n:
        return None
    return (walk.written(opening + 1) or "").strip() or None
