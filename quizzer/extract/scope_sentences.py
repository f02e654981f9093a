"""A sentence that says which command what follows is for: ``For `serve` only.`` (pure).

    ## Serving

    For `serve` only.

    | Flag | Description |
    | `--host` | … |

A careful reader files the options of the table (or list) under it as that command's: ``serve`` of the
program the notes are about (``jekyll serve``), a program of its own when the word is one (``For `rsync`
only``), or the command line written (``For `git stash` only``).  The sentence is short and says nothing
else, and a table or a list of options follows it; with no program known, a bare word names nothing and the
sentence is left to the other rules.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.facts import Fact, needs
from quizzer.extract.blocks import Para
from quizzer.extract.knowledge import PROGRAMS
from quizzer.extract.walk import Walk
from quizzer.shell import parse_invocation

__all__ = ["read"]

_NAME = r"`([a-z][\w-]*(?: [a-z][\w-]*)?)`"
_SCOPE = lazyre.pattern(
    rf"(?:(?:only\s+)?for|applies\s+to|used\s+(?:only\s+)?(?:by|with))\s+{_NAME}(?:\s+only)?\s*[.:]?"
    rf"|{_NAME}\s+only\s*[.:]?"
    rf"|{_NAME}\s*(?:에서만|에만|전용)(?:\s*(?:사용|해당|쓰임|적용)(?:된다|됨|한다|함)?)?\s*[.:]?",
    re.IGNORECASE,
)


# what an options table or list starts with: "| Flag |", "- `-p`", "* --port", "-p, --port  …"
_OPTIONS_START = lazyre.pattern(r"\s*(?:\||[-*+]\s+[`*]*-|-{1,2}[A-Za-z])")


def _options_follow(walk: Walk, line: int) -> bool:
    """The next line with text after ``line`` starts a table or a list of options (``For `root` only.`` over a
    paragraph names a user, not a command)."""
    for below in range(line + 1, line + 4):
        text = walk.written(below)
        if text is None:
            return False
        if text.strip():
            return _OPTIONS_START.match(text) is not None
    return False


@needs(Fact.UNLISTED, Fact.NO_QUOTE, Fact.CODE, Fact.ONE_LINE)
def read(walk: Walk, block: Para) -> bool:
    """``For `serve` only.`` as a paragraph of its own: the section is now about that command."""
    if block.lists or block.quote or not block.inline.has_code or not block.inline.one_line:
        return False
    spans = block.inline.spans
    if sum(span.kind == "code" for span in spans) != 1:
        return False
    match = _SCOPE.fullmatch(block.inline.marked.strip())
    if match is None or not _options_follow(walk, block.line):
        return False
    name = next(group for group in match.groups() if group)
    if " " in name:
        invocation = parse_invocation(name)
        command = invocation.command if invocation is not None else None
    elif name in PROGRAMS:
        command = name
    elif walk.program is not None and name != walk.program:
        command = f"{walk.program} {name}"
    else:
        command = None
    if command is None:
        return False
    walk.set_command(command)
    walk.prose = None
    return True
