"""Text of several sentences over a code block of several command lines (pure).

    기존 vi로는 플러그인이 안 되니 vim을 설치한다. 그리고 플러그인을 받을 때 git을 쓰므로 git도 설치.
    ```sh
    dnf install vim-enhanced -y
    dnf install git -y
    ```

Given to every line as it stands, each card would hold what the text says of the other line too.  A
careful reader gives each line the sentence that names what sets it apart from the other lines (``vim``,
``git``); when the sentences do not each name one line, which sentence says what each line does is not
sure: a warning, no card.  Text of one sentence is left as it is (it speaks for all the lines together).
"""

from __future__ import annotations

from collections.abc import Sequence

from quizzer import lazyre
from quizzer.extract.sentences import split_sentences
from quizzer.shell import Invocation, tokenize

__all__ = ["pair"]

_WORD = lazyre.pattern(r"[A-Za-z][A-Za-z0-9_+]*")


_NUMBERING = lazyre.pattern(r"^\s*\d{1,3}[.)]\s+")  # "5. feature branch push": a step's number, not a sentence


def _sentences(prose: str) -> list[str]:
    prose = _NUMBERING.sub("", prose)
    return [part.strip() for part in split_sentences(prose.replace("\n", " ")) if part.strip()]


def _marks(line: str, others: Sequence[str]) -> set[str]:
    """The words of ``line`` no other line has, and their first parts (``vim-enhanced`` → ``vim``)."""
    theirs = {token for other in others for token in tokenize(other)}
    marks: set[str] = set()
    for token in tokenize(line):
        if token in theirs or token.startswith("-"):
            continue
        for word in _WORD.findall(token):
            if len(word) >= 2:
                marks.add(word.lower())
                break
    return marks


def pair(prose: str, invocations: Sequence[Invocation]) -> list[str] | None:
    """Each line's sentence (in the lines' order); None when the text is one sentence or no sentence names
    what sets a line apart (it speaks for them all); an empty list when sentences tell the lines apart but
    not one sentence to each line."""
    sentences = _sentences(prose)
    if len(sentences) < 2 or len(invocations) < 2:
        return None
    lines = [invocation.line for invocation in invocations]
    namings = []
    for n, line in enumerate(lines):
        marks = _marks(line, lines[:n] + lines[n + 1 :])
        namings.append([s for s in sentences if {w.lower() for w in _WORD.findall(s)} & marks])
    if not any(namings):
        return None  # no sentence tells the lines apart: the text speaks for them all
    chosen = [naming[0] for naming in namings if len(naming) == 1]
    if len(chosen) != len(lines) or len(set(chosen)) != len(chosen):
        return []
    return chosen
