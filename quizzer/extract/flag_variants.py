"""A command line that repeats the line before it with one flag added: what it says is the flag's (pure).

Cheat sheets show a line, then the same line with one more flag, the second glossed by what the flag adds::

    # List containers
    docker ps
    docker ps -a    # Include stopped containers

"Include stopped containers" is what ``-a`` adds to ``docker ps``, not what ``docker ps -a`` does as a whole (that
is listing containers, stopped ones too).  A careful reader makes the gloss a note of the flag of that command when
the author glosses that way only such variants: the line above said by a comment over it, and every remark beside a
line of the block set beside a variant.  Where lines are glossed beside them as a rule (``git clean -f  // 파일만
삭제`` / ``git clean -f -d  // 디렉터리까지 삭제``, or ``pass generate x 15  # generate a 15-char pass`` in the same
block), each gloss says what its own line does, and the variant keeps its command card.
The earlier line must be the same words with that one flag token left out: any other difference (another argument,
a second flag, flags bundled differently) and the gloss may speak of that too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from quizzer.extract.blocks import Code
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.shell import Invocation, tokenize

__all__ = ["REASON", "Glossed", "added_flag", "beside_variants", "step_variant"]

REASON = "comment after a line that adds one flag to the line above it in a code block"


def added_flag(line: Invocation, before: Invocation) -> str | None:
    """The one flag ``line`` adds to ``before`` (``docker ps -a`` after ``docker ps``: ``-a``), else None."""
    if line.command != before.command or line.piped != before.piped:
        return None
    mine, theirs = tokenize(line.line), tokenize(before.line)
    if len(mine) != len(theirs) + 1:
        return None
    for n, token in enumerate(mine):
        if mine[:n] + mine[n + 1 :] == theirs:
            flagged = token.startswith("-") and token.lstrip("-")[:1].isalnum() and token in line.flags
            return token if flagged else None
    return None


class Glossed(NamedTuple):
    """A command line of a block and where its gloss is: ``"above"`` (comment lines over it), ``"beside"`` (one
    comment after it on its line), ``""`` (none, or another way)."""

    line: int
    invocation: Invocation
    where: str


def beside_variants(lines: Sequence[Glossed]) -> dict[int, str]:
    """The lines of a block whose remark beside them says what the one flag they add does (line → the flag): each
    a variant of the line right above it, glossed above; none when another line of the block is glossed beside it."""
    by_line = {glossed.line: glossed for glossed in lines}
    found: dict[int, str] = {}
    for glossed in lines:
        if glossed.where != "beside":
            continue
        before = by_line.get(glossed.line - 1)
        flag = added_flag(glossed.invocation, before.invocation) if before is not None and before.where == "above" else None
        if flag is None:
            return {}
        found[glossed.line] = flag
    return found


def step_variant(walk: Walk, block: Code, invocation: Invocation, line: int) -> bool:
    """``invocation`` (at ``line``) is the one command line of ``block``: True (warned, no card to make) when the
    block stands in an item of a numbered list and repeats the one line of the block in the item just before with one
    flag added.  Remembers the line for the next item."""
    lists = block.lists
    if not lists or not lists[-1].ordered:
        return False
    before, walk.item_line = walk.item_line, (lists, invocation)
    if before is None or before[0][:-1] != lists[:-1] or before[0][-1].number + 1 != lists[-1].number:
        return False
    flag = added_flag(invocation, before[1])
    if flag is None:
        return False
    walk.unless_read(line, _(
        "line {line}: the line is the line of the step before with {flag} added; whether the step's text says what "
        "{flag} does or what the whole line does is not sure, no card made from it"
    ).format(line=line, flag=flag))
    return True
