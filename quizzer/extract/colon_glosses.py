"""A code block of command lines, each glossed after a spaced colon on its line (pure).

A usage summary lines its commands up with what each does::

    $ git stash list   : Lists the stashes
    $ git stash pop    : Applies the last stash and drops it
    $ git stash drop   : Drops the last stash

Each line is one fact: the command line (its prompt dropped) → the words after the colon.  The colon stands apart, a
space or more before it and after it, so that a colon inside the line (``host:port``, ``C:\\``) is never taken for it.
The block reads so only when every line that is not blank is such a line, two at least, each a command line and each
gloss a sentence (capitalized) or a phrase saying what is done (``test : lint unit`` is a makefile's rule: its
target and the targets it needs); a block with any other line is another style, left to the other readers.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.blocks import Code
from quizzer.extract.knowledge import says_doing
from quizzer.extract.walk import Walk
from quizzer.shell import looks_like_command, parse_invocation, strip_prompt

__all__ = ["read"]

# "$ git bisect start  : Start the binary search": the line, a spaced colon, what it does in words
_GLOSSED = lazyre.pattern(r"^(?P<line>\S.*?\S)\s+:\s+(?P<gloss>[A-Za-z][^:]*?[a-z][^:]*?)\s*$")
_REASON = "command line and what it does after a colon on its line in a code block"


def read(walk: Walk, block: Code) -> bool:
    """Each line of ``block`` → its gloss after the colon; False (nothing done) when the block is not that style."""
    rows = []
    for n, text in block.lines:
        if not text.strip():
            continue
        glossed = _GLOSSED.match(strip_prompt(text.strip()))
        if glossed is None or not looks_like_command(glossed.group("line")):
            return False
        invocation = parse_invocation(glossed.group("line"))
        gloss = glossed.group("gloss")
        if invocation is None or not (gloss[:1].isupper() or says_doing(gloss)):
            return False  # "test : lint unit": a makefile's target and what it needs, no gloss
        rows.append((n, invocation, gloss.rstrip(".")))
    if len(rows) < 2:
        return False
    for n, invocation, gloss in rows:
        walk.add_command(invocation, gloss, n, reason=_REASON)
    return True
