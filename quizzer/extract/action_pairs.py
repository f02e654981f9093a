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

from quizzer import lazyre
from quizzer.extract.knowledge import ACTION_WORDS_KO, FETCH_DOES, FETCH_WORDS
from quizzer.shell import Invocation, tokenize

__all__ = ["actions", "fetched_for", "lined_up"]

# "활성화 및 시작", "중지, 삭제", "Enable and start": actions joined by 및 / 와 / 과 / , / and / &
_JOINS = lazyre.pattern(r"\s*,\s*|\s+(?:및|그리고|and|&)\s+|(?<=\S)(?:와|과)\s+", re.IGNORECASE)
_ACTION = lazyre.pattern(r"[A-Za-z]+|\S+")


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


# "적용해보자", "적용하자", "활성화해 보자": a Korean action noun, then 하다 said as what to do next ("let's …")
_NEXT_ACTION_KO = lazyre.pattern(
    "^(" + "|".join(sorted(ACTION_WORDS_KO, key=len, reverse=True)) + r")(?:해\s?보자|하자)[.!]?$"
)


def fetched_for(prose: str, invocations: Sequence[Invocation]) -> bool:
    """``… solarized 컬러 스킴을 적용해보자`` over ``git clone …/solarized.git``: the text says to do next an action
    (apply, enable, start …) the lines do not do; they only fetch a copy (``knowledge.FETCH_WORDS``) that a later
    step applies.  (A clone may install or create the copy: ``플러그인 설치``, ``저장소 복사본 생성`` over it are
    what it does; a statement, ``… 변경 사항을 적용``, is not read so.)"""
    if not invocations or not all(
        len(invocation.command.split()) == 2 and invocation.command.split()[1] in FETCH_WORDS for invocation in invocations
    ):
        return False
    words = prose.strip().split("\n")[-1].split()
    said = _NEXT_ACTION_KO.match(words[-1]) if words else None
    if said is None and len(words) >= 2:  # "적용해 보자": the last two words
        said = _NEXT_ACTION_KO.match(" ".join(words[-2:]))
    return said is not None and not ACTION_WORDS_KO[said.group(1)] & (FETCH_WORDS | FETCH_DOES)
