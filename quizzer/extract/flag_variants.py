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

A comment over each line says the same when the block first shows the program plainly on a file, glossed, then the
same line with one flag added under its own comment (``# 파일을 본다`` / ``less a.txt``, then ``# 줄 번호를 붙인다`` /
``less -N a.txt``): everything else of the variant was shown and glossed above it (:func:`above_variants`).  A line
naming no file (``choco list``, then ``choco list -i``) is no plain line: each is a use of a sub-command, and its
comment says what that whole line does.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from quizzer.extract.blocks import Code
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer import lazyre
from quizzer.shell import Invocation, tokenize

__all__ = ["REASON", "Glossed", "above_variants", "added_flag", "beside_variants", "step_variant"]

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


# a file the line works on: "notes.txt", "src/app.py", "~/.bashrc", "/var/log/"
_FILE = lazyre.pattern(r"[\w~.-]*/[\w./-]*|[\w-]+\.[A-Za-z0-9]{1,5}")


def above_variants(lines: Sequence[tuple[Invocation, bool]]) -> dict[int, str]:
    """For each line (its index) that repeats an earlier glossed plain line with one flag added, that flag.

    ``lines`` are the block's command lines in order, each with whether a comment of its own over it says what it
    does.  A plain line is a program and the file it works on (``less notes.txt``), no flags, piped into nothing.
    """
    bases: list[Invocation] = []
    found: dict[int, str] = {}
    for n, (invocation, glossed) in enumerate(lines):
        if not glossed or invocation.piped:
            continue
        if not invocation.flags:
            if any(_FILE.fullmatch(word) for word in tokenize(invocation.line.strip())[1:]):
                bases.append(invocation)
            continue
        flag = next((f for base in bases if (f := added_flag(invocation, base)) is not None), None)
        if flag is not None:
            found[n] = flag
    return found
