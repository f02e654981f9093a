"""Values numbered in turn in a list: ``0``, ``1``, ``2`` and what each means (pure).

A setting's values are often listed under a lead-in, one number per item::

    - Two engines are supported:
        - `0`: pick one automatically
        - `1`: the old engine
        - `2`: the new engine

In notes about an editor a short code span first on an item is usually a key (``0`` moves to the start of
the line in vim), so each item would become a key card of the editor.  A careful reader sees that the numbers
run in turn on adjacent items: they are values of what the lead-in speaks of, each a term with its meaning,
the lead-in as context.  A number alone, with no neighbour one below or above it, is left to the other
readings (``- `0`: start of the line`` stays a key), and so are numbers with no lead-in ending in a colon above
them, or whose meaning names their number (``- `2`: go to window 2``: keys of a multiplexer).
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.model import Kind
from quizzer.extract.sentences import ends_in_colon
from quizzer.extract.walk import Walk
from quizzer.text import clean

__all__ = ["read"]

_ITEM = lazyre.pattern(r"^(?P<indent>\s*)[-*+]\s+`?(?P<number>\d{1,3})`?\s*[:：]")
_LEAD_MARK = lazyre.pattern(r"^\s*(?:[-*+]|\d+[.)])\s+")
_FOOTNOTE_REF = lazyre.pattern(r"\[\^[^\]\s]+\]")
_LONGEST_RUN = 20  # lines looked at above an item for its lead-in


def _item(text: str | None) -> tuple[str, int] | None:
    """(indentation, number) of a ``- `N`: …`` item line, else None."""
    match = _ITEM.match(text) if text else None
    return (match.group("indent"), int(match.group("number"))) if match else None


def read(walk: Walk, term: str, meaning: str, line: int) -> bool:
    """A concept for ``term`` (a number) when an adjacent item holds the number before or after it."""
    if not term.isdigit() or len(term) > 3:
        return False
    here = _item(walk.written(line))
    if here is None or here[1] != int(term):
        return False
    indent, number = here
    above, below = _item(walk.written(line - 1)), _item(walk.written(line + 1))
    if not (above == (indent, number - 1) or below == (indent, number + 1)):
        return False
    if re.search(rf"(?<!\w){number}(?!\w)", meaning):
        return False  # "`2`: go to window 2": what the key does to the thing of that number, a key after all
    lead = _lead(walk, line, indent)
    if lead is None:
        return False  # no lead-in says what the numbers are values of
    walk.add(
        Kind.CONCEPT, term=f"{lead}#{term}", front=term, back=meaning, command=None,
        line=line, context=lead, reason="value numbered in turn in a list",
    )
    return True


def _lead(walk: Walk, line: int, indent: str) -> str | None:
    """The line above the run of numbered items, when it leads into them (it ends in a colon)."""
    for n in range(line - 1, max(line - _LONGEST_RUN, 0), -1):
        text = walk.written(n)
        item = _item(text)
        if item is not None and item[0] == indent:
            continue
        if text is None or not ends_in_colon(text):
            return None
        lead = clean(_FOOTNOTE_REF.sub("", _LEAD_MARK.sub("", text)).replace("`", "").rstrip(" :："))
        return lead or None
    return None
