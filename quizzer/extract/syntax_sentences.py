"""A sentence that gives a command's syntax after a colon (pure).

Introductions often state the usage line inside their prose rather than under a ``Usage:`` label::

    Rsync follows a simple syntax: rsync [options] SRC DEST.
    The general usage is: tar [flags] archive [files]

The part after the colon is the command's syntax: a syntax note of its program.  It reads so only when the
words before the colon end in "syntax" or "usage" (with "is" or "looks like" after it, or nothing), a few
words at most, and what follows is a usage line of a program the notes run (their title's, their code
blocks') holding a placeholder (``[options]``, ``<file>``, ``SRC``); a sentence that names a syntax in
words (``It has a simple syntax: words and flags.``) is no usage line.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.facts import Fact, needs
from quizzer.extract.walk import Walk
from quizzer.shell import is_placeholder, parse_invocation, tokenize

__all__ = ["read"]

# "HTTPie follows a simple syntax: http [flags] URL", "The general usage is: …": a few words, then the usage line
_SENTENCE = lazyre.pattern(
    r"(?:[^\s:：`]+\s+){0,6}(?:syntax|usage)(?:\s+(?:is|looks\s+like))?\s*[:：]\s*(?P<usage>[^\s:：].*?)\.?\s*",
    re.IGNORECASE,
)


@needs(Fact.UNLISTED, Fact.NO_QUOTE, Fact.ONE_LINE)
def read(walk: Walk, block: Para) -> bool:
    """Read ``block`` as a sentence giving a syntax; False (nothing done) when it is not one."""
    if block.lists or block.quote or "\n" in block.inline.raw.strip():
        return False
    match = _SENTENCE.fullmatch(block.text.strip())
    if match is None:
        return False
    usage = match.group("usage").strip("` ")
    words = usage.split()
    programs = {walk.program, walk.fenced_program} - {None}
    if not words or words[0] not in programs or parse_invocation(usage) is None:
        return False
    if not any(is_placeholder(token) for token in tokenize(usage)[1:]):
        return False
    walk.syntax(usage, block.line)
    return True
