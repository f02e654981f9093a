"""A label over a legend of marks and their meanings: ``flags: % = OSR , s = synchronized , ! = has handler`` (pure).

A ``term: description`` line whose whole description is marks each set equal to a meaning, with commas between,
is not one term and one definition: the label (``flags``) names what the marks are, each ``mark = meaning`` is
a fact of its own. A careful reader makes one card per mark, the label beside its answer as context. Only when
every part is such a pair, the mark a short token with no space and the meaning in words (``read=4, write=2``
sets names to numbers: values, left to the other readings).
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.text import clean

__all__ = ["REASON", "read"]

REASON = "mark and its meaning in a legend after a label"
_PAIR = lazyre.pattern(r"^\s*(?P<mark>[^\s=,]{1,12})\s*=\s*(?P<meaning>[^=]*[^\W\d_][^=]*?)\s*$")


def read(walk: Walk, label: str, description: str, line: int) -> bool:
    """One concept per ``mark = meaning`` of ``description`` (context ``label``); False when it is not a legend."""
    if description.count("=") < 2 or description.count(",") < 1:
        return False
    pairs = [_PAIR.match(part) for part in description.split(",")]
    if not all(pairs):
        return False
    for pair in pairs:
        assert pair is not None
        walk.add(
            Kind.CONCEPT, term=pair.group("mark"), front=pair.group("mark"), back=clean(pair.group("meaning")),
            command=None, line=line, context=label, reason=REASON,
        )
    return True
