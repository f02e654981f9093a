"""A heading naming one action for each of the two or three lines under it, in order (pure).

    ## 활성화 및 시작
    ~~~
    sudo systemctl enable app
    sudo systemctl start app
    ~~~

The heading says what the lines do together, one action each: each line's card carries its own action
(``활성화`` for the enable line), the whole heading told beside it; the whole heading on each card would teach that
enable also starts.  Read so only with evidence that the actions line up: as many actions as lines, all
of one program, and each action names a word of its own line and of no other (``knowledge.ACTION_WORDS_KO``:
활성화 → enable, 시작 → start; an English action is the word itself).  Otherwise the heading stays what the lines
do together, and no line gets a card of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizzer.extract.knowledge import ACTION_WORDS_KO
from quizzer.shell import Invocation, tokenize

__all__ = ["actions", "lined_up"]

# "활성화 및 시작", "중지, 삭제", "Enable and start": actions joined by 및 / 와 / 과 / , / and / &
_JOINS = re.compile(r"\s*,\s*|\s+(?:및|그리고|and|&)\s+|(?<=\S)(?:와|과)\s+", re.IGNORECASE)
_ACTION = re.compile(r"[A-Za-z]+|\S+")


def _words(action: str) -> frozenset[str]:
    known = ACTION_WORDS_KO.get(action)
    if known is not None:
        return known
    return frozenset({action.casefold()}) if action.isascii() and action.isalpha() else frozenset()


def actions(heading: str) -> list[str]:
    """The actions ``heading`` names, in order (``활성화 및 시작`` → 활성화, 시작)."""
    return _JOINS.split(heading.strip())


def lined_up(heading: str, invocations: Sequence[Invocation]) -> bool:
    """Does each action ``heading`` names do the line in its place, and no other line?"""
    actions = _JOINS.split(heading.strip())
    if not 2 <= len(actions) == len(invocations) <= 3 or not all(_ACTION.fullmatch(a) for a in actions):
        return False
    if len({invocation.command.split()[0] for invocation in invocations}) != 1:
        return False
    tokens = [{token.casefold() for token in tokenize(invocation.line)} for invocation in invocations]
    for place, action in enumerate(actions):
        words = _words(action)
        if not words & tokens[place] or any(words & other for n, other in enumerate(tokens) if n != place):
            return False
    return True
