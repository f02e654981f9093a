"""A question over its answer in one paragraph, the ``?`` line of a card written by hand left out (pure).

    무엇을 보여 주나?
    모든 컨테이너를 보여 준다

A line asking a question with lines of text right under it, in the same paragraph, reads as a question and its
answer: a card the person meant (the ``?`` alone on a line between them makes one, ``explicit``).  Which lines
answer, and whether the question is a heading of the prose after it, is not sure, so it makes no card; when no
other rule reads the paragraph, a warning with the question's line says so rather than nothing.
"""

from __future__ import annotations

from quizzer.extract.blocks import Para
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.text import clean

__all__ = ["read"]

_MARKS = ("?", "？")


def read(walk: Walk, block: Para) -> bool:
    """Warn about the first line of ``block`` (no other rule read it) that asks a question with lines under it."""
    raw = block.inline.raw
    if "?" not in raw and "？" not in raw:
        return False  # asked of every paragraph no rule read: the mark looked for first
    lines = raw.strip("\n").split("\n")
    for index, text in enumerate(lines[:-1]):
        if text.rstrip().endswith(_MARKS) and any(rest.strip() for rest in lines[index + 1 :]):
            line = block.line + index
            walk.unless_read(line, _(
                "line {line}: '{question}' asks a question and the lines under it answer it; no card made from "
                "them (for a card, put '?' alone on a line between the question and its answer)"
            ).format(line=line, question=clean(text)))
            return True
    return False
