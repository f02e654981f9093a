"""A key alone in backticks, its sentence going on in the next paragraph after a particle (pure).

    `(ctrl+b) + ?`

    로 단축키 목록을 볼 수 있다.

The author wrote the keys as a paragraph of their own and went on with the sentence under it: ``로`` (with these
keys) and what they do.  In notes whose editor or multiplexer is known (``walk.key_program``), the keys as written
(a chord among them: a modifier, then ``+`` or ``-``) are a key of that program, and the rest of the sentence, the
particle left off, what they do.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.facts import Fact, needs
from quizzer.extract.walk import Walk
from quizzer.text import clean

__all__ = ["REASON", "read"]

REASON = "keys alone in backticks, the sentence going on after a particle in the next paragraph"

# "로 단축키를 볼 수 있다.", "으로 창을 나눈다.": the instrumental particle, then the rest of the sentence
_GOES_ON = lazyre.pattern(r"^(?:으로|로)\s+(?P<rest>\S.*[가-힣].*)$")
_KEYS_ALONE = lazyre.pattern(r"^\s*`(?P<keys>[^`\n]{1,40})`\s*$")
_CHORD = lazyre.pattern(r"(?:ctrl|control|alt|shift|cmd|command|meta|option)\s*[-+]\s*\S", re.IGNORECASE)


@needs(Fact.UNLISTED, Fact.NO_QUOTE, Fact.ONE_LINE)
def read(walk: Walk, block: Para) -> bool:
    """The key note of the keys above ``block`` when ``block`` goes on their sentence; False otherwise."""
    if block.lists or block.quote:
        return False
    going = _GOES_ON.match(clean(block.inline.raw)) if block.inline.one_line else None
    if going is None or (walk.written(block.line - 1) or "").strip():
        return False
    keys = _KEYS_ALONE.match(walk.written(block.line - 2) or "")
    if keys is None or not _CHORD.search(keys.group("keys")) or walk.key_program() is None:
        return False
    return walk.add_key(keys.group("keys").strip(), going.group("rest"), block.line, reason=REASON)
