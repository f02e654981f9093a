"""A command line alone in backticks, then the short paragraph under it saying what it does (pure).

::

    `backup-tool prune [--keep N]`

    오래된 백업을 지웁니다.

Reference notes written as a blog post put each sub-command's usage line as a paragraph of its own, one code
span and nothing else, and what it does as the next paragraph, one sentence with no code in it, ending as a sentence does (an
elaboration, an example label and a fence may follow; a few words with no stop, "Delete Item", are the title of
what comes next).  No paragraph sits right above the line (one that does says what it does, over it).  The sentence is the command note's meaning.  The line
must run a program quizzer knows or the notes' own (their title's); the paragraphs sit outside any list or
quote (a list item's second paragraph is :mod:`item_glosses`'); a sentence that warns or advises, asks, or
points on ("다음과 같이 …", "as follows") is no gloss.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizzer.extract.blocks import Block, Heading, Para
from quizzer.extract.item_glosses import ADVICE
from quizzer.extract.knowledge import PROGRAMS
from quizzer.extract.walk import Walk
from quizzer.shell import AS_ROOT, looks_like_command, parse_invocation, strip_prompt, tokenize
from quizzer.text import clean

__all__ = ["REASON", "read"]

REASON = "command line alone in code, the paragraph under it saying what it does"

_LONGEST_GLOSS = 16  # words
_SENTENCE_END = re.compile(r"[.!?。](?=\s|$)")
# "다음과 같이 …", "아래처럼 …", "as follows", "the following": it points at what comes next, says nothing itself
_POINTS_ON = re.compile(r"다음과|아래와|아래처럼|다음처럼|as\s+follows|the\s+following|below", re.IGNORECASE)
_TITLE_WORD = re.compile(r"[a-z][\w.+-]*")


def _owned(program: str, walk: Walk, blocks: Sequence[Block]) -> bool:
    """A program quizzer knows, or the notes' own: the one their title (front matter's or first heading's) names."""
    if program in PROGRAMS or program == walk.program:
        return True
    title = walk.titled or next((b.text for b in blocks if isinstance(b, Heading) and b.level == 1), None)
    return title is not None and program in _TITLE_WORD.findall(title)


def read(walk: Walk, blocks: Sequence[Block], n: int, glossed: set[int]) -> bool:
    """The command note of ``blocks[n]`` (a paragraph of one code span) glossed by ``blocks[n + 1]``; False when
    the two are not that shape.  ``glossed``: the paragraphs already read as glosses of lines above them."""
    block = blocks[n]
    gloss = blocks[n + 1] if n + 1 < len(blocks) else None
    if not isinstance(block, Para) or not isinstance(gloss, Para) or block.lists or block.quote:
        return False
    if n > 0 and isinstance(blocks[n - 1], Para) and n - 1 not in glossed:
        return False  # "Scan the table" / "`aws dynamodb scan …`" / "Get an item": the text above says what it does
    if gloss.lists or gloss.quote or gloss.inline.has_code or "\n" in gloss.inline.raw.strip():
        return False
    spans = [span for span in block.inline.spans if span.text.strip()]
    if len(spans) != 1 or spans[0].kind != "code":
        return False
    typed = strip_prompt(spans[0].text.strip())
    tokens = tokenize(typed) if looks_like_command(typed) else []
    program = tokens[1] if len(tokens) > 1 and tokens[0] in AS_ROOT else tokens[0] if tokens else ""
    if not program or not _owned(program, walk, blocks):
        return False
    meaning = clean(gloss.text)
    ends = _SENTENCE_END.findall(meaning)
    if (
        not meaning or len(ends) != 1 or not _SENTENCE_END.search(meaning[-1:])
        or len(meaning.split()) > _LONGEST_GLOSS or ADVICE.search(meaning) or _POINTS_ON.search(meaning)
        or meaning.rstrip().endswith((":", "："))
    ):
        return False  # several sentences, a question, a warning, or a lead-in: more than a gloss
    invocation = parse_invocation(typed)
    if invocation is None:
        return False
    walk.add_command(invocation, meaning, gloss.line, reason=REASON)
    walk.prose = None
    return True
