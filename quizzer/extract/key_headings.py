"""Keys listed as ``#`` comment lines under a heading that names their program (pure).

A shell snippet file saved as markdown turns every ``#`` comment into a heading::

    # Supported SSH escape sequences (first press Enter):
    #   ~.  - terminate session
    #   ~B  - send a BREAK to the remote system

The first names the program and leads into a list (it ends in a colon); each heading after it
is a key (one character, or a short token with a sign in it; never a word or a flag), a dash, and what the key
does: a command note of that program per key.  The run ends at the first heading of another
shape.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.knowledge import PROGRAMS
from quizzer.extract.model import Kind
from quizzer.extract.sentences import ends_in_colon
from quizzer.extract.walk import Walk

__all__ = ["read"]

# "~.", "^]", "q!", "z": a sign and a character or two, or one character alone (never a word or a flag)
_KEY_LINE = lazyre.pattern(r"(?P<key>[^\s\w-]\S{0,2}|\w[^\s\w]\S?|\w)\s+-\s+(?P<meaning>\S.*)")
_WORDS = lazyre.pattern(r"[A-Za-z][\w-]*")


def read(walk: Walk, text: str, line: int) -> bool:
    """Read heading ``text``: a lead-in naming a program (remembered), or a key of the run under it."""
    owner = walk.key_run
    match = _KEY_LINE.fullmatch(text.strip())
    if match and owner is not None and owner[0] == walk.block - 1:
        walk.key_run = (walk.block, owner[1])
        walk.add(
            Kind.COMMAND, term=match.group("key"), front=match.group("key"), back=match.group("meaning"),
            command=owner[1], line=line, answers=(match.group("key"),), reason="key listed under a heading naming its program",
        )
        return True
    walk.key_run = None
    if ends_in_colon(text):
        named = {word.lower() for word in _WORDS.findall(text) if word.lower() in PROGRAMS}
        if len(named) == 1:
            walk.key_run = (walk.block, named.pop())
    return False
