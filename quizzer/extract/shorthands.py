"""A sentence saying what a shorthand expands to, both in code spans (pure).

Notes explain a program's short forms in their prose::

    For example, `:8080` expands to `http://localhost:8080`.
    `~+` is short for `$PWD`, and …

The shorthand is a term of the notes' program (named, or the one their code blocks run), what it expands to
its meaning: a concept note.  Only a sentence whose shorthand and expansion are each one code span, joined
by "expands to", "is expanded to", "is short for" or "is shorthand for", reads so (the other sentences of its paragraph are read as before);
an expansion in words (``expands to your home folder``) is left to the readers of definitions.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.facts import Fact, needs
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk

__all__ = ["REASON", "read"]

REASON = "sentence: a shorthand and what it expands to"

# "For instance, `:3000` expands to `http://localhost:3000`.": a sentence's start, an optional lead-in, two spans
_EXPANDS = lazyre.pattern(
    r"(?:^|(?<=[.!?])\s+)(?:(?:for\s+(?:instance|example)|e\.g\.)\s*,?\s+)?`(?P<short>[^`\n]+)`\s+"
    r"(?:expands\s+to|is\s+expanded\s+to|is\s+(?:a\s+)?short(?:hand)?\s+for)\s+`(?P<long>[^`\n]+)`\s*(?=[.!?,;]|$)",
    re.IGNORECASE,
)


@needs(Fact.CODE)
def read(walk: Walk, block: Para) -> bool:
    """Add a concept note for each such sentence of ``block``; False (nothing added) for a paragraph with none."""
    if not block.inline.has_code:
        return False
    raw = block.inline.marked
    if "xpand" not in raw and "short" not in raw.lower():
        return False
    added = False
    for match in _EXPANDS.finditer(raw):
        short, long = match.group("short").strip(), match.group("long").strip()
        if len(short) >= len(long):
            continue  # a shorthand is the shorter of the two
        line = next((n for n in range(block.line, block.line + block.inline.raw.count("\n") + 1)
                     if f"`{short}`" in (walk.written(n) or "")), block.line)
        walk.add(Kind.CONCEPT, term=short, front=short, back=long, command=walk.program or walk.fenced_program,
                 line=line, reason=REASON)
        added = True
    return added
