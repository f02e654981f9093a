"""A later sentence of a description that tells about a flag the block does not use (pure).

``Run a script in your project. Use `-A` to allow all permissions.`` over ``deno run src/index.ts``: the
first sentence says what the line does; the second is about a flag the line does not pass, a fact of its
own whose command (the program, or one of its sub-commands?) the notes leave open.  The description keeps
the sentences before it; the flag's sentence is warned, never joined to the line's card.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizzer.i18n import _
from quizzer.shell import Invocation, split_flags
from quizzer.extract.walk import Walk

__all__ = ["cut"]

_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z`\"'(])")
_FLAG = re.compile(r"(?<![\w-])(--?[A-Za-z][\w-]*)")


def cut(walk: Walk, prose: str, invocations: Sequence[Invocation], line: int) -> str:
    """``prose`` up to its first sentence after the first about a flag none of ``invocations`` uses."""
    if "\n" in prose or not _SENTENCE_BREAK.search(prose):
        return prose
    sentences = _SENTENCE_BREAK.split(prose)
    used = {part for invocation in invocations for flag in invocation.flags for part in (flag, *split_flags(flag))}
    used |= {flag.split("=", 1)[0] for flag in used}
    kept = sentences[:1]  # a first sentence naming a flag ("--amend 하면 … --force가 필요") may still say it
    for sentence in sentences[1:]:
        named = _FLAG.findall(sentence)
        if named and not any(flag in used for flag in named):
            walk.unless_read(line, _(
                "line {line}: '{sentence}' is about an option the line below does not use; not joined to what the "
                "line does, no card made from it"
            ).format(line=line, sentence=sentence))
            # the sentences after it go on about that option
            break
        kept.append(sentence)
    return " ".join(kept)
