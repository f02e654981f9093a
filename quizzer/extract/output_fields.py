"""Bullets after a run and its output, each glossing a field of what the run printed (pure).

    ```
    $ time make
    real    0m2.003s
    user    0m1.501s
    sys     0m0.302s
    ```

    - `real`: 시작부터 끝까지 걸린 시간
    - `user`: 사용자 모드에서 쓴 CPU 시간

Each bullet names a word of the output (the word a printed line opens with, or a column of the printed header
row: ``PID``, ``TTY``), not of the typed line, and says what it is.  Read as what the command does, the bullets
would join several facts about its output on one card; each is a concept of its own, the typed line its context.
Only when every bullet (two or more) is such a gloss; else the bullets are left to the other readers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizzer import lazyre
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.shell import Invocation, tokenize

__all__ = ["read"]

_REASON = "bullets after a run, each a field of what it printed"
# "real: …", "PID - …": one word, then a colon or a spaced dash, then what it is
_FIELD_GLOSS = lazyre.pattern(r"(?P<field>[^\s:：]{1,30})\s*(?:[:：]|\s[-–—])\s+(?P<gloss>\S.*)", re.DOTALL)


def read(walk: Walk, invocation: Invocation, bullets: Sequence[tuple[int, str]], printed: str) -> bool:
    """One concept note per bullet glossing a field of ``printed``; False (nothing made) when the bullets are not
    all such glosses."""
    lines = [line.split() for line in printed.split("\n") if line.strip()]
    if len(bullets) < 2 or not lines:
        return False
    fields = {words[0] for words in lines} | set(lines[0])  # what lines open with, and the header row's columns
    typed = set(tokenize(invocation.line))
    glosses = [(line, _FIELD_GLOSS.fullmatch(text.strip())) for line, text in bullets]
    if not all(
        gloss is not None and gloss.group("field") in fields and gloss.group("field") not in typed
        for _, gloss in glosses
    ):
        return False
    for line, gloss in glosses:
        assert gloss is not None
        term = gloss.group("field")
        walk.add(
            Kind.CONCEPT, term=term, front=term, back=gloss.group("gloss"), command=None, line=line,
            context=invocation.line, reason=_REASON,
        )
    return True
