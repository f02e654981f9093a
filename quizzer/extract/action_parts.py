"""A label naming one action for each line of the block under it (pure).

    Build, tag and push
    ```
    docker build -t app .
    docker tag app registry/app
    docker push registry/app
    ```

Cheat sheets put a short label of several actions, joined by commas and "and", over a block that does
them in order, one line each.  The label is no description of every line (a card carrying it whole
would join three facts); each line does its own share.  The shares are given out only with evidence
that they line up: as many actions as command lines, and at least half of the actions name a word of
their own line (``tag`` in ``docker tag …``) while none names a word of another line only.  A label of
several actions that does not line up so is warned about with its line: which share goes with which
line is not sure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizzer import lazyre
from quizzer.i18n import _
from quizzer.extract.knowledge import NAMING_NOTHING
from quizzer.extract.walk import Walk
from quizzer.shell import Invocation, tokenize

__all__ = ["parts", "read"]

_JOINS = lazyre.pattern(r"\s*,\s*(?:and\s+|then\s+|&\s+)?|\s+(?:and|then|&)\s+", re.IGNORECASE)
_PART = lazyre.pattern(r"[A-Za-z][a-z]*(?:\s+[A-Za-z][a-z]*){0,2}")  # an action of one to three plain words
_LONGEST = 60


def parts(label: str) -> list[str] | None:
    """The actions a short label names (``Change permissions, load and start`` → three), None when it
    is not such a label (one action, a sentence, a lead-in)."""
    text = label.strip().rstrip(".")
    if not text or len(text) > _LONGEST or "\n" in text or text.endswith((":", "：")):
        return None
    found = [part.strip() for part in _JOINS.split(text)]
    if len(found) < 2 or not all(_PART.fullmatch(part) for part in found):
        return None
    return found


def _words(invocation: Invocation) -> set[str]:
    """The words of a command line, paths cut to their last part (``/bin/launchctl`` → ``launchctl``)."""
    return {token.rstrip("/").rsplit("/", 1)[-1].casefold() for token in tokenize(invocation.line)}


def _named(part: str, words: set[str]) -> bool:
    return any(word.casefold() in words for word in part.split() if word.casefold() not in NAMING_NOTHING)


def read(walk: Walk, label: str, lines: Sequence[tuple[Invocation, int]], label_line: int) -> bool:
    """Give each line of ``lines`` its share of ``label``; False when the label names one action
    (another rule reads it).  True when read, as cards or as a warning."""
    actions = parts(label)
    if actions is None or len(lines) < 2:
        return False
    if len({invocation.line for invocation, _ in lines}) != len(lines):
        return False
    words = [_words(invocation) for invocation, _ in lines]
    own = sum(_named(action, words[n]) for n, action in enumerate(actions) if n < len(words))
    crossed = any(
        not _named(action, words[n]) and any(_named(action, other) for m, other in enumerate(words) if m != n)
        for n, action in enumerate(actions) if n < len(words)
    )
    if len(actions) != len(lines) or crossed or 2 * own < len(actions):
        walk.warn(label_line, _(
            "line {line}: '{label}' names {actions} actions for {lines} command lines below it, and which "
            "does which is not sure; no card made from it"
        ).format(line=label_line, label=label, actions=len(actions), lines=len(lines)))
        return True
    for action, (invocation, line) in zip(actions, lines):
        walk.add_command(invocation, action, line, reason="label naming one action for each line of the block below")
    return True
