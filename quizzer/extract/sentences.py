"""Where a sentence of notes text ends (pure).

    Run a script. Use `-A` to allow all permissions.

A sentence ends at the white space after ``.``, ``!`` or ``?``.  Readers that keep a sentence about
something else out of a card cut the text there; where the next sentence must open as an English one
does (a capital, a code span, a quote, a parenthesis: ``capital_next``), a mark inside a sentence
(``e.g. a file``, ``v1.2 and up``) is no end.
"""

from __future__ import annotations

import re

__all__ = ["split_sentences"]

_END = re.compile(r"(?<=[.!?])\s+")
_END_BEFORE_CAPITAL = re.compile(r"(?<=[.!?])\s+(?=[A-Z`\"'(])")


def split_sentences(text: str, *, capital_next: bool = False) -> list[str]:
    """``text`` cut at each end of a sentence, the white space there dropped: at least one piece (``[""]`` for
    ``""``).  White space ending no sentence stays on its piece; text stripped first gives stripped, non-empty
    sentences."""
    return (_END_BEFORE_CAPITAL if capital_next else _END).split(text)
