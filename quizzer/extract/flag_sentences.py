"""Later sentences of the text above a block that are not what its line does (pure).

``Run a script in your project. Use `-A` to allow all permissions.`` over ``deno run src/index.ts``: the
first sentence says what the line does; the second is about a flag the line does not pass, a fact of its
own whose command (the program, or one of its sub-commands?) the notes leave open.  Likewise a sentence
that remarks on the one before it (``This command outputs a lot of lines - hit Ctrl+C to stop it.``).  The
description keeps the sentences before it; the rest is warned, never joined to the line's card.  A first sentence
that only points at the line (``Run this.``) says nothing of it: a "This runs …" sentence after it is what the line
does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizzer import lazyre
from quizzer.i18n import _
from quizzer.shell import Invocation, flags_named, passed_flags
from quizzer.extract.sentences import split_sentences
from quizzer.extract.walk import Walk

__all__ = ["cut", "leaves_out_flag"]

# "This command outputs …", "It prints …", "This also …": a sentence about the one before it
_REMARK = lazyre.pattern(r"^(?:this|it)(?:\s+(?:command|tool|program|line))?\s+(?!is\b|was\b)[a-z]+s\b", re.IGNORECASE)


# "Run this.", "Just try this:", "Type the following.": a sentence that only points at the line below, no meaning
_RUN_THIS = lazyre.pattern(
    r"(?:(?:just|simply|now|then)\s+)?(?:run|try|do|use|type|enter)\s+(?:this|that|the\s+following)"
    r"(?:\s+(?:command|line))?\s*[.:!]?",
    re.IGNORECASE,
)


def _used(invocations: Sequence[Invocation]) -> set[str]:
    return {flag for invocation in invocations for flag in passed_flags(invocation)}


# "Don't use -LLL", "without -v", "-v 옵션 없이": a flag the text says to leave out
_LEAVE_OUT = lazyre.pattern(
    r"\b(?:don't|do\s+not|without|omit|leave\s+out|never)\s+(?:use\s+|pass\s+|add\s+)?(?:the\s+)?(--?[A-Za-z][\w-]*)"
    r"|(--?[A-Za-z][\w-]*)\s*(?:옵션)?\s*(?:없이|빼고|말고)",
    re.IGNORECASE,
)


def leaves_out_flag(text: str, invocations: Sequence[Invocation]) -> bool:
    """Does ``text`` say to leave out a flag none of ``invocations`` uses (``# Don't use -LLL`` over a line
    without it)?  It speaks of how the line differs from another, not of what it does."""
    named = [a or b for a, b in _LEAVE_OUT.findall(text)]
    return bool(named) and not any(flag in _used(invocations) for flag in named)


def cut(walk: Walk, prose: str, invocations: Sequence[Invocation], line: int) -> str:
    """``prose`` up to its first sentence after the first about a flag none of ``invocations`` uses."""
    sentences = split_sentences(prose, capital_next=True)
    if "\n" in prose or len(sentences) < 2:
        return prose
    used = _used(invocations)
    kept = sentences[:1]  # a first sentence naming a flag ("--amend 하면 … --force가 필요") may still say it
    first = 1
    if _RUN_THIS.fullmatch(sentences[0]) and _REMARK.match(sentences[1]):
        # "Run this. This runs the login option to ensure …": the first sentence only points at the line, the one
        # after it says what the line does
        kept, first = sentences[1:2], 2
    for n, sentence in enumerate(sentences[first:], start=first):
        if _REMARK.match(sentence):
            # "This command outputs a lot of lines - hit Ctrl+C to stop it.": a remark on what the sentence
            # before says (its output, a key to press), not more of what the line does
            walk.unless_read(line, _(
                "line {line}: '{sentence}' remarks on the sentence before it; not part of what the line does"
            ).format(line=line, sentence=" ".join(sentences[n:])))
            break
        named = flags_named(sentence)
        if named and not any(flag in used for flag in named):
            walk.unless_read(line, _(
                "line {line}: '{sentence}' is about an option the line below does not use; not joined to what the "
                "line does, no card made from it"
            ).format(line=line, sentence=sentence))
            # the sentences after it go on about that option
            break
        kept.append(sentence)
    return " ".join(kept)
