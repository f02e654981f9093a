"""A sentence over a code block that only points at it, under a heading that says what the block does (pure).

    ### list build containers too

    Podman keeps them apart from the others. Here's how to list them:

    ```
    podman ps --all --storage
    ```

Blog posts and personal notes name the task in a heading, tell a little of why, and end the paragraph with a
sentence that points at the block: ``Here's how:``, ``Here's how to do it:``, ``Just do it like this:``,
``Like so:``.  That sentence says nothing of what the line does (``Here's how`` is no answer); its words refer back
to the heading, which still says it.  A careful reader takes the heading, as when nothing stood between it and the
block.  Only the paragraph's last sentence is asked, and only a pointer whose ``to …`` names no task of its own
(``to list them``, ``to do it``: a pronoun; ``Here's how to restore a snapshot:`` says the task itself and is read as
any text above).  With no heading right above the paragraph the pointer says nothing: a warning, no card.
A sentence telling the case the block is for and pointing at it (``…하려는 경우 아래 방법을 사용한다.``) gives way to
the heading right above it too (:func:`case_heading`); under none, it is read as any text above.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.knowledge import says_doing
from quizzer.extract.sentences import split_sentences
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.text import strip_numbering

__all__ = ["case_heading", "heading_over", "pointer", "points_only"]

# "Here's how:", "Here is how to list them:", "So, just do it like this:", "You can do that like so:", "As follows:"
_POINTER = lazyre.pattern(
    r"(?:(?:so|and|now|then|just|simply)\s*,?\s+)*"
    r"(?:here(?:'s|’s|\s+is)\s+how(?:\s+(?:you|we|I)\s+(?:can|could|do|did))?"
    r"(?:\s+to\s+[a-z]+(?:\s+(?:it|them|this|that|these|those|one|so))?)?"
    r"|(?:(?:you|we)\s+(?:can\s+)?)?(?:(?:just|simply)\s+)?(?:(?:do|run)\s+(?:it|this|that|them)\s+)?"
    r"(?:like\s+(?:this|so)|as\s+follows))"
    r"\s*[:：]",
    re.IGNORECASE,
)
# "서브모듈을 쓰지 않으려는 경우 아래 방법을 사용한다.", "If you no longer need it, use the following:", "After
# changing the config, set this.": the case the block is for, then a pointer at it; when to use the lines, not what
# they do
_CASE_POINTER = lazyre.pattern(
    r"\S.*(?:경우|때)(?:에는|에|엔)?\s*,?\s*(?:아래|다음)의?\s*(?:방법|명령어?|커맨드|코드)(?:을|를)?\s*"
    r"(?:사용|이용|실행|입력)(?:한다|합니다|하면\s*된다|하면\s*됩니다|하세요|하자)\s*[.:：]?"
    r"|(?:if|when|after|once)\s+[^,]+,\s*(?:just\s+)?(?:use|run|set|type|enter)\s+(?:the\s+following|this|these)"
    r"(?:\s+(?:commands?|lines?|method|steps?))?\s*[:：.]",
    re.IGNORECASE,
)
# "… to list them:" must point back: a verb then a pronoun (or nothing after "to"): checked on the words after "to"
_TO_WHAT = lazyre.pattern(r"\bto\s+(?P<verb>[a-z]+)(?:\s+(?P<object>\w+))?\s*[:：]$", re.IGNORECASE)
_BACK = frozenset({"it", "them", "this", "that", "these", "those", "one", "so"})


def _sentences(prose: str) -> list[str]:
    """The sentences of the last line of ``prose``, the pointer (if any) the last of them."""
    return split_sentences(prose.strip().rsplit("\n", 1)[-1].strip())


def _last_sentence(prose: str) -> str:
    return _sentences(prose)[-1]


def points_only(prose: str) -> bool:
    """Is the last sentence of ``prose`` a pointer at the block and nothing else (``Here's how to list them:``)?"""
    last = _last_sentence(prose)
    if _POINTER.fullmatch(last) is None:
        return False
    to = _TO_WHAT.search(last)
    return to is None or to.group("object") is not None and to.group("object").casefold() in _BACK


def pointer(prose: str) -> str | None:
    """The last sentence of ``prose`` when it only points at the block (:func:`points_only`), else None."""
    return _last_sentence(prose) if points_only(prose) else None


# the sentence before the pointer telling a task of its own ("First, you need to install the dependencies. Here's
# how:", "Before tagging, make sure the tree is clean."): the pointer points at that task, not at the heading's
_OWN_TASK = lazyre.pattern(r"\b(?:need\s+to|needs\s+to|have\s+to|has\s+to|must|make\s+sure|first)\b", re.IGNORECASE)


def _points_elsewhere(prose: str, heading: str) -> bool:
    """Does the pointer ending ``prose`` point at another task than ``heading``'s: its own verb (``to check it``) one
    the heading does not say (``do`` stands for any), or the sentence before it telling a task of its own?"""
    sentences = _sentences(prose)
    to = _TO_WHAT.search(sentences[-1])
    verb = to.group("verb").casefold() if to is not None else "do"
    if verb != "do" and verb not in heading.casefold().split():
        return True
    return len(sentences) > 1 and _OWN_TASK.search(sentences[-2]) is not None


def heading_over(walk: Walk, line: int, prose: str) -> str | None:
    """The heading that says what the block at ``line`` does, ``prose`` (the paragraph right above it) only pointing
    at the block (:func:`points_only`); None, warned, when no heading saying a task stands right above the paragraph,
    or the pointer points at another task than the heading's (:func:`_points_elsewhere`)."""
    heading = strip_numbering(walk.sections[-1].text).strip() if walk.sections else ""
    if walk.heading_block == walk.block - 2 and heading and says_doing(heading):
        if not _points_elsewhere(prose, heading):
            return heading
        walk.unless_read(line, _(
            "line {line}: the text above only points at the block ('{pointer}'), at another task than the heading "
            "right above names; no card made from it"
        ).format(line=line, pointer=_last_sentence(prose)))
        return None
    walk.unless_read(line, _(
        "line {line}: the text above only points at the block ('{pointer}'), and no heading right above it says what "
        "it does; no card made from it"
    ).format(line=line, pointer=_last_sentence(prose)))
    return None


def case_heading(walk: Walk, prose: str) -> str | None:
    """The heading right above ``prose`` when ``prose`` is one sentence telling the case the block is for and pointing
    at it (``서브모듈을 쓰지 않으려는 경우 아래 방법을 사용한다.`` under ``## 서브모듈 초기화``): the heading says what the
    lines do, the sentence when to run them.  None under no heading saying a task: then the case, often what one wants
    done (``…갱신하려는 경우``), is read as any text above."""
    sentences = _sentences(prose)
    if len(sentences) != 1 or "\n" in prose.strip() or _CASE_POINTER.fullmatch(sentences[0]) is None:
        return None
    heading = strip_numbering(walk.sections[-1].text).strip() if walk.sections else ""
    return heading if walk.heading_block == walk.block - 2 and heading and says_doing(heading) else None
