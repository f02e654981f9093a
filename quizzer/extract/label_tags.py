"""A Korean label over a block that ends in the command's own word: ``파일 백업 out`` over ``tool db out f.txt`` (pure).

Authors tag a short Korean label with the word of the line that picks the mode (``백업 out``, ``복원 in``,
``목록 list``).  The word is the front's, not the meaning's: the card's back is the Korean words before it.
Only a label of one line with Korean in it, whose last word is a lower-case English word written in the line
under it (as a word or the end of one: ``out`` of ``queryout``); anything else is left as written.
"""

from __future__ import annotations

import re

from quizzer.shell import tokenize
from quizzer.text import has_hangul

__all__ = ["without_tag"]

_TAG = re.compile(r"^(?P<label>\S.*\S)\s+(?P<tag>[a-z]{2,12})$")


def without_tag(label: str, line: str) -> str:
    """``label`` without a last English word that the command ``line`` writes; ``label`` itself otherwise."""
    match = _TAG.match(label.strip()) if "\n" not in label.strip() else None
    if match is None or not has_hangul(match.group("label")) or has_hangul(match.group("tag")):
        return label
    words = [token for token in tokenize(line)[1:] if not token.startswith(("-", "/"))]
    tag = match.group("tag")
    if not any(word == tag or word.endswith(tag) for word in words):
        return label
    return match.group("label")
