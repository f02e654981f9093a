"""A Korean label over a block that ends in the command's own word: ``파일 백업 out`` over ``tool db out f.txt`` (pure).

Authors tag a short Korean label with the word of the line that picks the mode (``백업 out``, ``복원 in``,
``목록 list``).  The word is the front's, not the meaning's: the card's back is the Korean words before it.
Only a label of one line with Korean in it, whose last word is a lower-case English word the line under it
writes as its mode word (as a word or the end of one: ``out`` of ``queryout``); anything else is left as written.
"""

from __future__ import annotations

import itertools

from quizzer import lazyre
from quizzer.shell import tokenize
from quizzer.text import has_hangul

__all__ = ["without_tag"]

_TAG = lazyre.pattern(r"^(?P<label>\S.*\S)\s+(?P<tag>[a-z]{2,12})$")


def without_tag(label: str, line: str) -> str:
    """``label`` without a last English word that is the mode word of the command ``line``; ``label`` itself
    otherwise."""
    match = _TAG.match(label.strip()) if "\n" not in label.strip() else None
    if match is None or not has_hangul(match.group("label")) or has_hangul(match.group("tag")):
        return label
    return match.group("label") if _mode_word(match.group("tag"), tokenize(line)[1:]) else label


def _mode_word(tag: str, arguments: tuple[str, ...]) -> bool:
    """``tag`` is (or ends) one of the program's leading arguments (those before its first flag) that picks what
    the line does with what follows: the first (``tool list``) or one with an argument after it (``tool db out
    f.txt``).  A flag's value (``-o json``) or the last value after a setting's name (``config
    init.defaultBranch main``) is what the line is about, the meaning's own word."""
    leading = list(itertools.takewhile(lambda token: not token.startswith("-"), arguments))
    return any(
        (word == tag or word.endswith(tag)) and (n == 0 or n + 1 < len(leading))
        for n, word in enumerate(leading)
        if not word.startswith("/")
    )
