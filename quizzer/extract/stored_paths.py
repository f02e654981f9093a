"""A sentence saying where something is kept: the thing and its path (pure).

    Autoloaded plugins are stored in `~/.local/share/app/start/{name}`.
    The user's settings live in `~/.config/app/settings.toml`.

What is kept there is the term and the path its definition: a concept note.  Only a paragraph of that one
sentence is read so: a subject of a few words (no code in it), a verb of keeping (``is stored``, ``are kept``,
``lives``, ``is located``, ``is saved``, ``is installed``), an optional ``in`` / ``at`` / ``under``, and one code
span holding a path (``~/…``, ``/…``, ``./…``), the sentence ending there.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.facts import Fact, needs
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.text import clean

__all__ = ["read"]

_KEPT = lazyre.pattern(
    r"(?P<subject>[A-Za-z][\w'-]*(?:\s+[\w'-]+){0,5}?)\s+(?:(?:is|are)\s+(?:stored|kept|located|saved|installed|placed)|"
    r"lives?|sits?)(?:\s+(?:in|at|under|into))?\s*$",
    re.IGNORECASE,
)
_PATH = lazyre.pattern(r"(?:~|\.{1,2})?/\S*")
# "The backup I took …", "Everything we downloaded last week": the writer's story, a thing of theirs, not a term
_STORY = lazyre.pattern(r"\b(?:i|me|my|we|us|our|yesterday|today|last\s+(?:week|month|year|time|night))\b", re.IGNORECASE)
_END = lazyre.pattern(r"\s*[.。]?\s*$")
_REASON = "sentence: where something is kept, and its path"
_SAID_BEFORE = frozenset(
    "it this that they these those which everything all something nothing one the file the config the files".split(" ")
    + ["the file", "the config", "the files"]
)


@needs(Fact.UNLISTED, Fact.NO_QUOTE, Fact.TEXT_FIRST, Fact.CODE, Fact.ONE_LINE)
def read(walk: Walk, block: Para) -> bool:
    """``Autoloaded plugins are stored in `~/.app/start`.``: the thing and its path; False if not that sentence."""
    spans = block.inline.spans
    if block.lists or block.quote:
        return False
    if len(spans) not in (2, 3) or spans[0].kind != "text" or spans[1].kind != "code" or "\n" in block.inline.raw.strip():
        return False
    if len(spans) == 3 and (spans[2].kind != "text" or not _END.fullmatch(spans[2].text)):
        return False
    kept = _KEPT.fullmatch(spans[0].text.strip())
    path = spans[1].text.strip()
    if kept is None or not _PATH.fullmatch(path) or path.count("/") < 2:
        return False
    subject = clean(kept.group("subject"))
    if subject.casefold() in _SAID_BEFORE or _STORY.search(subject):
        # "It is stored in …", "Everything is installed in …": the thing is said elsewhere, or is no term;
        # "The photos we copied yesterday …": the writer's story
        return False
    walk.add(Kind.CONCEPT, term=subject, front=subject, back=path, command=None, line=block.line, reason=_REASON)
    return True
