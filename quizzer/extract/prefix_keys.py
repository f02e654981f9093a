"""A key the notes name as their program's prefix or leader (pure).

    - `fn a` is the current prefix (if skhd is active)
    - `,` is my leader key

In notes about a program with keys (tmux, vim), a key in a code span that the text after it calls the prefix (or
the leader) is what the notes' other keys are pressed after: a concept of that program, the key its front and the
word the notes use (``prefix``) an accepted answer.  How the key is spelt does not matter (``fn a`` is no chord
quizzer knows): the sentence says it is a key.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.gate import PREFIX_KEY
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk

__all__ = ["REASON", "read"]

REASON = PREFIX_KEY

# "is the current prefix", "is my leader key", "is now the prefix": the key is the one the others follow
_IS_PREFIX = lazyre.pattern(
    r"^is\s+(?:now\s+)?(?:the|my|our)\s+(?:(?:current|new|default|own)\s+)?(?P<word>prefix|leader)(?:\s+key)?\b",
    re.IGNORECASE,
)


def read(walk: Walk, key: str, description: str, line: int, *, program: str) -> bool:
    """The concept of ``key`` (a code span's text) when ``description`` calls it ``program``'s prefix or leader;
    False otherwise."""
    said = _IS_PREFIX.match(description.strip())
    if said is None or not key.strip() or len(key) > 20:
        return False
    word = said.group("word").casefold()
    walk.add(Kind.CONCEPT, term=key, front=key, back=description.strip(), command=program, line=line,
             answers=(key, word), reason=REASON)
    return True
