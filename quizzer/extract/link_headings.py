"""``## Homebrew - The Missing Package Manager for macOS`` over nothing but links to it (pure).

Bookmark-style notes title each section with a name and what it is, then list where to find it
(``* https://brew.sh/``, ``> https://…``).  The heading is the only place the notes say what the name is:
one concept note, the name → the words after the dash.  Only when the section, up to the next heading,
holds addresses and nothing else (no code block for the heading to describe, no text of its own), and
the name is one (``Homebrew``, ``macFUSE``: a capital letter in it), not a program's sub-command or a
word of the notes' story.
"""

from __future__ import annotations

from collections.abc import Sequence

from quizzer import lazyre
from quizzer.extract.blocks import Block, Heading, Para
from quizzer.extract.knowledge import PROGRAMS
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk

__all__ = ["REASON", "read"]

REASON = "heading `Name - what it is` over links only"

_ADDRESS = lazyre.pattern(r"<?[a-z][a-z0-9+.-]*://\S+>?")
_NAMED = lazyre.pattern(r"^(?P<name>\S+(?:\s\S+)?)\s+[-\u2013]\s+(?P<what>\S.*?)\s*$")


def read(walk: Walk, block: Heading, blocks: Sequence[Block], start: int) -> bool:
    """The concept note of ``block`` when it is ``Name - description`` and its section is links only."""
    named = _NAMED.match(block.text.strip())
    if named is None:
        return False
    name, description = named.group("name"), named.group("what")
    if not any(ch.isupper() for ch in name) or name.lower() in PROGRAMS:
        return False
    section = []
    for later in blocks[start:]:
        if isinstance(later, Heading):
            break
        section.append(later)
    if not section or not all(isinstance(b, Para) and _ADDRESS.fullmatch(b.text.strip()) for b in section):
        return False
    walk.heading_term = None
    walk.add(Kind.CONCEPT, term=name, front=name, back=description, command=None, line=block.line, reason=REASON)
    return True
