"""A procedure told in prose (pure): ``먼저 …`` / ``이후 …`` / ``마지막으로 …``, each sentence over its code block.

Walkthroughs often number nothing: each step is a short paragraph that opens with a word of sequence
(first, then, finally) and the commands of that step follow in their own block.  A run of such
paragraphs, each right above a code block, that opens with a "first" word and either closes with a
"finally" word or has at least three steps, is one procedure: the sentences are its steps, in order.
Anything weaker (a lone "먼저", a "then" with no "first") is left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from quizzer import lazyre
from quizzer.extract.blocks import Block, Code, Heading, Para
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.shell import strip_prompt
from quizzer.text import clean, strip_numbering

__all__ = ["ProseStep", "find", "read"]

_FIRST = lazyre.pattern(r"^(?:먼저|우선|처음으로|첫\s?번째로|첫째로?|first(?:ly)?\b|to begin\b|to start\b)\s*,?\s*", re.IGNORECASE)
_THEN = lazyre.pattern(
    r"^(?:이후(?:에)?|그\s?후(?:에)?|그\s?다음(?:으로|에)?|그런\s?다음|다음으로|이어서|둘째로?|셋째로?|넷째로?"
    r"|두\s?번째로|세\s?번째로|네\s?번째로|then\b|next\b|after that\b|afterwards\b|second(?:ly)?\b|third(?:ly)?\b)\s*,?\s*",
    re.IGNORECASE,
)
_LAST = lazyre.pattern(r"^(?:마지막으로|끝으로|최종적으로|finally\b|lastly\b|last\b)\s*,?\s*", re.IGNORECASE)
_LONGEST = 200  # a step is a sentence, not a paragraph of explanation


@dataclass(frozen=True)
class ProseStep:
    procedure: str
    position: int
    text: str  # the sentence without its word of sequence


def _sentence(block: Block) -> str | None:
    if not isinstance(block, Para) or block.lists or block.quote or "\n" in block.text.strip():
        return None
    text = block.text.strip()
    return text if len(text) <= _LONGEST else None


def find(blocks: Sequence[Block], deck: str) -> dict[int, ProseStep]:
    """Block index → the step that paragraph states, for every prose procedure in ``blocks``."""
    found: dict[int, ProseStep] = {}
    heading = deck
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, Heading):
            heading = strip_numbering(block.text) or heading
        text = _sentence(block)
        if text is None or not _FIRST.match(text) or not isinstance(blocks[i + 1] if i + 1 < len(blocks) else None, Code):
            i += 1
            continue
        run = [(i, _FIRST.sub("", text, count=1))]
        closed = False
        j = i + 2
        while j + 1 < len(blocks) and isinstance(blocks[j + 1], Code):
            after = _sentence(blocks[j])
            if after is None:
                break
            last = _LAST.match(after)
            if not last and not _THEN.match(after):
                break
            run.append((j, (_LAST if last else _THEN).sub("", after, count=1)))
            j += 2
            if last:
                closed = True
                break
        if len(run) >= 2 and (closed or len(run) >= 3) and all(step for _, step in run):
            for position, (index, step) in enumerate(run, start=1):
                found[index] = ProseStep(heading, position, step)
            i = j
        else:
            i += 1
    return found


def read(walk: Walk, block: Para, step: ProseStep, code: Code) -> None:
    """The step, and the sentence (without its word of sequence) as the prose of the block under it."""
    lines = [strip_prompt(text).strip() for _, text in code.lines if text.strip()]
    walk.add(
        Kind.STEP,
        term=f"{step.procedure}#{clean(step.text)}",
        front=f"{step.procedure} — step {step.position}",
        back=step.text,
        command=None,
        line=block.line,
        position=step.position,
        context=" / ".join(lines[:3]) or None,
        reason="sentence opening with a word of sequence (먼저, 이후, 마지막으로), over its code block",
    )
    walk.prose = step.text
    walk.prose_block = walk.block
    walk.prose_heading = False
