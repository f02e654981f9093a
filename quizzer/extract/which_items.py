"""An item naming a term and saying what it is in a clause with "which" (pure).

``- A resource plugin, which is the binary the engine runs to manage a resource.``, ``- An SDK which provides
bindings for each type of resource.``: the item is one sentence, an article and a short term (three words at
most), then ``which is …`` (what the term is) or ``which <verb>s …`` (what it does).  A careful reader makes
one concept: the term → the clause (``the binary …``, ``provides bindings …``).  A sentence that goes on after
the clause (a comma in it), a term of more words, or a clause that is no definition (``which is why …``) is left to the
other readings.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.facts import Fact, needs
from quizzer.extract.blocks import Para
from quizzer.extract.model import Kind
from quizzer.extract.terms import strip_markers
from quizzer.extract.walk import Walk
from quizzer.text import clean

__all__ = ["REASON", "read"]

REASON = "item: a term, which is …"

_WHICH = lazyre.pattern(
    r"^(?:an?|the)\s+(?P<term>[A-Za-z][\w.+-]*(?:\s[A-Za-z][\w.+-]*){0,2}),?\s+which\s+"
    r"(?:(?:is|are)\s+(?P<what>(?:an?|the)\s+[^.;!?,]+)|(?P<does>(?!is\b|are\b|was\b|means\b)[a-z]+s\s+[^.;!?,]+))\.?$",
    re.IGNORECASE,
)


@needs(Fact.LISTED, Fact.ONE_LINE, Fact.WHICH)
def read(walk: Walk, block: Para) -> bool:
    """The concept of ``block`` when it is such an item; False otherwise."""
    if not block.lists or not block.inline.one_line or " which " not in block.text:
        return False
    match = _WHICH.match(clean(strip_markers(block.text)))
    if match is None:
        return False
    term = match.group("term")
    back = match.group("what") or match.group("does")
    if len(back.split()) < 3:
        return False
    walk.add(Kind.CONCEPT, term=term, front=term, back=back, command=None, line=block.line, reason=REASON)
    return True
