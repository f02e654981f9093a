"""A run of bare headings ``term - what it is``: a glossary written as headings (pure).

    ### 용어
    #### Kernel - 운영체제의 핵심
    #### Shell - 명령을 해석하는 프로그램

Each heading is a word, a spaced dash and what the word means, with nothing under it (the next block
is a heading no deeper); beside it at the same level stands another heading of that very shape, so
the headings are a list of terms, not a section titled ``Part - subtitle``.  Each gives a concept
note of the term.  A term that names a program (``ls - 목록``) is left to the rules of commands.
"""

from __future__ import annotations

from collections.abc import Sequence

from quizzer import lazyre
from quizzer.extract import key_pairs
from quizzer.extract.blocks import Block, Heading
from quizzer.extract.knowledge import PROGRAMS, is_label
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.text import clean, strip_numbering

__all__ = ["read"]

_SHAPE = lazyre.pattern(r"(?P<term>[^\W\d_][\w.+#]*)\s+[-–]\s+(?P<meaning>\S.*)")
_WORDY = lazyre.pattern(r"[^\W\d_]{2,}")
_REASON = "a run of bare headings `term - what it is`"


def _term(blocks: Sequence[Block], index: int) -> tuple[str, str] | None:
    """The term and meaning of the heading at ``index`` when it is a bare ``term - meaning`` heading."""
    if not 0 <= index < len(blocks):
        return None
    block = blocks[index]
    if not isinstance(block, Heading):
        return None
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    if following is not None and not (isinstance(following, Heading) and following.level <= block.level):
        return None  # text under it: a section, not a term
    match = _SHAPE.fullmatch(clean(strip_numbering(block.text)))
    if match is None:
        return None
    term, meaning = match.group("term"), match.group("meaning")
    if term.casefold() in PROGRAMS or not _WORDY.search(meaning) or is_label(meaning) or key_pairs.is_key(meaning):
        return None
    if term[-1].isdigit():
        return None  # "Week1 - Git basics", "Part2 - …": numbered parts of an outline, not terms
    return term, meaning


def _beside(blocks: Sequence[Block], index: int, step: int) -> bool:
    """The heading next to the one at ``index`` (``step`` before or after) is a bare term heading of its level."""
    other = index + step
    if not (0 <= other < len(blocks) and isinstance(blocks[other], Heading)):
        return False
    here, there = blocks[index], blocks[other]
    return isinstance(here, Heading) and isinstance(there, Heading) and there.level == here.level and _term(blocks, other) is not None


def read(walk: Walk, blocks: Sequence[Block], index: int) -> bool:
    """The concept note of the heading at ``index``; False when it is no term of a run of them."""
    found = _term(blocks, index)
    if found is None or not (_beside(blocks, index, -1) or _beside(blocks, index, 1)):
        return False
    term, meaning = found
    heading = blocks[index]
    assert isinstance(heading, Heading)
    walk.add(Kind.CONCEPT, term=term, front=term, back=meaning, command=None, line=heading.line, reason=_REASON)
    walk.heading_term = None
    return True
