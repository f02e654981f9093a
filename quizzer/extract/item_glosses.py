"""``- `cargo fetch` `` / a blank line / ``  Fetch dependencies``: a command item glossed by its own next paragraph (pure).

Cheat sheets written as loose lists put a command line alone in backticks as an item's first paragraph and
what it does as the item's second, indented under it.  The second paragraph is the command note's meaning.
The first must be one code span and nothing else, a line of a program quizzer knows or the notes' own; the
gloss one short paragraph with no code in it, the item's last.  A word written with its optional rest in
brackets (``cargo b[uild]``, ``t[est]``) is the whole word; the short spelling is accepted too.  A paragraph
that warns or advises (``Never run this on …``, ``Note: …``, ``주의: …``, ``… 하지 마세요``) or asks is about
using the command, not what it does: no gloss.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizzer import lazyre
from quizzer.extract.blocks import Block, Para
from quizzer.extract.own_programs import knows
from quizzer.extract.signals import code_alone
from quizzer.extract.walk import Walk
from quizzer.shell import looks_like_command, parse_invocation, program_run, tokenize
from quizzer.text import clean

__all__ = ["ADVICE", "REASON", "read"]

REASON = "item of a command line alone, its next paragraph saying what it does"

_LONGEST_GLOSS = 12  # words: a gloss, not an essay on the command
ADVICE = lazyre.pattern(  # a warning or advice on using the command ("Never run this on …"), or a question
    r"^(?:never|avoid|be\s+careful|careful|beware|note|warning|caution|tip|important)\b|^(?:주의|경고)"
    r"|\b(?:don'?t|do\s+not|must\s+not|should\s+not)\b|마세요|말\s*것|안\s*됩니다|안\s*된다|\?\s*$",
    re.IGNORECASE,
)
_SHORTENED = lazyre.pattern(r"(?<![\w\[-])([a-z]+)\[([a-z]+)\](?![\w\]])")  # "b[uild]": "b", or all of "build"


def read(walk: Walk, block: Para, blocks: Sequence[Block], n: int) -> bool:
    """The command note of the item that ``block`` (``blocks[n]``) glosses; False when it is no such gloss."""
    if not block.lists or block.first or block.quote or block.inline.has_code or not block.inline.one_line:
        return False
    above = blocks[n - 1] if n > 0 else None
    if not isinstance(above, Para) or not above.first or above.lists != block.lists or above.quote:
        return False
    below = blocks[n + 1] if n + 1 < len(blocks) else None
    if isinstance(below, Para) and below.lists == block.lists and not below.first:
        return False  # a third paragraph: the item says more than a gloss
    written = code_alone(above)
    if written is None:
        return False
    line = _SHORTENED.sub(r"\1\2", written)
    program = program_run(tokenize(line))
    if not looks_like_command(line) or not knows(walk, program):
        return False
    invocation = parse_invocation(line)
    gloss = clean(block.text)
    if invocation is None or not gloss or len(gloss.split()) > _LONGEST_GLOSS or ADVICE.search(gloss):
        return False
    short = parse_invocation(_SHORTENED.sub(r"\1", written)) if line != written else None  # "cargo b"
    also = (short.concrete,) if short is not None else ()
    walk.add_command(invocation, gloss, block.line, also=also, reason=REASON)
    return True
