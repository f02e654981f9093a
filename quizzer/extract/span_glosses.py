"""A command line alone in backticks, then the short paragraph under it saying what it does (pure).

::

    `backup-tool prune [--keep N]`

    오래된 백업을 지웁니다.

Reference notes written as a blog post put each sub-command's usage line as a paragraph of its own and what it
does as the next paragraph.  The two read so only when:

- the line is one code span and nothing else, outside any list or quote (a list item's second paragraph is
  :mod:`item_glosses`'), running a program quizzer knows or the notes' own (their title's);
- no paragraph sits right above the line (one that does says what it does, over it), and a heading right above
  it names the line's program ("# module 사용법" is a topic; "## Check the daemon" is the line's meaning);
- the paragraph under it is one sentence of a few words, no code, ending as a sentence does (a few words with no
  stop, "Delete Item", title what comes next), plainly stating what is done: an English verb first ("Shows …"),
  a Korean statement of doing (no condition, possibility, negation or past tense);
- the sentence does not warn or advise, ask, or point on ("다음과 같이 …", "as follows").

An elaboration, an example label and a fence may follow.  The sentence is the command note's meaning.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizzer import lazyre
from quizzer.extract.blocks import Block, Heading, Para
from quizzer.extract.item_glosses import ADVICE
from quizzer.extract.knowledge import says_doing, states_doing_ko
from quizzer.extract.own_programs import names, owns
from quizzer.extract.sentences import ends_in_colon
from quizzer.extract.signals import code_alone
from quizzer.extract.walk import Walk
from quizzer.shell import looks_like_command, parse_invocation, program_run, strip_prompt, tokenize
from quizzer.text import clean, has_hangul

__all__ = ["REASON", "read"]

REASON = "command line alone in code, the paragraph under it saying what it does"

_LONGEST_GLOSS = 16  # words
_SENTENCE_END = lazyre.pattern(r"[.!?。](?=\s|$)")
# "다음과 같이 …", "아래처럼 …", "as follows", "the following": it points at what comes next, says nothing itself
_POINTS_ON = lazyre.pattern(r"다음과|아래와|아래처럼|다음처럼|as\s+follows|the\s+following|below", re.IGNORECASE)


def _states_doing(sentence: str) -> bool:
    """``Shows every stash you saved.``, ``모듈을 로드합니다.``: a plain statement of what the line does (an English verb
    first, knowledge.says_doing; a Korean statement of doing, knowledge.states_doing_ko)."""
    return states_doing_ko(sentence) if has_hangul(sentence) else says_doing(sentence)


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
    spanned = code_alone(block)
    if spanned is None:
        return False
    typed = strip_prompt(spanned)
    program = program_run(tokenize(typed)) if looks_like_command(typed) else ""
    if not program or not owns(walk, program):
        return False
    meaning = clean(gloss.text)
    ends = _SENTENCE_END.findall(meaning)
    if (
        not meaning or len(ends) != 1 or not _SENTENCE_END.search(meaning[-1:])
        or len(meaning.split()) > _LONGEST_GLOSS or ADVICE.search(meaning) or _POINTS_ON.search(meaning)
        or ends_in_colon(meaning)
    ):
        return False  # several sentences, a question, a warning, or a lead-in: more than a gloss
    if not _states_doing(meaning):
        return False  # "If it says inactive, …", "Nothing is running yet …", "처음에는 … 안 나올 수 있다.": no gloss
    above = blocks[n - 1] if n > 0 else None
    if isinstance(above, Heading) and not names(above.text.lower(), program):
        return False  # "## Check the daemon" / "## Running containers" over the line: the heading says what it does
        # (one naming the program, "# module 사용법", is a topic: it says nothing of this line)
    invocation = parse_invocation(typed)
    if invocation is None:
        return False
    walk.add_command(invocation, meaning, gloss.line, reason=REASON)
    walk.prose = None
    return True
