"""Text that is data, not notes (pure: text in, a verdict out).

``/etc/passwd``, ``/etc/shadow``, ``/etc/group`` and their kind are lines of fields separated by
colons (``root:x:0:0:root:/root:/bin/bash``).  Read as notes, a ``front:::back`` or a
``term: definition`` reading takes some of their lines and makes cards of a system's accounts.
A line of such a file is a record: four or more fields, the first a single word, no colon
followed by a space (a definition or a sentence has one), and no ``:::`` between two texts (an
Obsidian card, ``front:::back``; a record's empty last fields end it with ``:::``).

A markdown file (``.md``, ``.markdown``) or a text with markdown structure (a heading, a fence, a
list item) is notes whatever its lines hold: a note about ``/etc/passwd`` quotes some of its lines.
"""

from __future__ import annotations

import re

__all__ = ["colon_records"]

_CARD = re.compile(r"[^:]:::[^:]")  # Obsidian's front:::back, text on both sides
_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
#: a heading, a fence or a list item (bullet or numbered), as CommonMark starts them
_STRUCTURE = re.compile(r"^ {0,3}(?:#{1,6}(?:[ \t]|$)|```|~~~|[-*+][ \t]|\d{1,9}[.)][ \t])", re.MULTILINE)


def _record(line: str) -> bool:
    fields = line.split(":")
    return (len(fields) >= 4 and bool(fields[0]) and not any(ch.isspace() for ch in fields[0])
            and ": " not in line and _CARD.search(line) is None)


def colon_records(text: str, *, suffix: str) -> bool:
    """Whether ``text`` (of a file whose name ends in ``suffix``, '' for none) is a data file, not
    notes: not markdown, and most (more than half) of its lines that are not blank are records of
    colon-separated fields, as in ``/etc/passwd``."""
    if suffix.lower() in _MARKDOWN_SUFFIXES or _STRUCTURE.search(text):
        return False
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return 2 * sum(1 for line in lines if _record(line)) > len(lines)
