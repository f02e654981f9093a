"""An option written with the word its letter stands for: ``| `-l`(listen) | 연결 가능한 상태 |`` (pure).

Notes on a program's options often put beside a short option, in parentheses, the English word it is named after
(``-l`` for listen, ``-n`` for number port, ``-t`` for tcp).  The option is the code span; the words are a mnemonic,
no part of what is typed and no description.  They count as the option's word only when they spell it: their first
letter is the option's, and its other letters follow in order (``-n (number port)``); ``-G (macOS)`` says where the
option works, not what it is named after, and is left to the other readings.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Inline

__all__ = ["spelled", "split"]

_SHORT = lazyre.pattern(r"-[A-Za-z][A-Za-z0-9]*")
_WORDS = lazyre.pattern(r"\(\s*([A-Za-z]+(?:\s+[A-Za-z]+){0,3})\s*\)")


def split(cell: Inline) -> tuple[str, str] | None:
    """(the option, the words it stands for) of a cell that is one code span holding a short option and, after
    it, those words in parentheses; None for any other cell."""
    spans = [span for span in cell.spans if span.text.strip()]
    if len(spans) != 2 or spans[0].kind != "code" or spans[1].kind != "text":
        return None
    option = spans[0].text.strip()
    words = _WORDS.fullmatch(spans[1].text.strip())
    if _SHORT.fullmatch(option) is None or words is None or not spelled(option[1:], words.group(1)):
        return None
    return option, re.sub(r"\s+", " ", words.group(1))


def spelled(letters: str, words: str) -> bool:
    """``words`` start with the first of ``letters`` and hold the others after it, in order (case aside): the one
    test of a mnemonic, for an option's letter here and for a command's name (:func:`quizzer.extract.openers.spells_out`)."""
    letters, words = letters.casefold(), words.casefold()
    if words[0] != letters[0]:
        return False
    at = 0
    for letter in letters[1:]:
        at = words.find(letter, at + 1)
        if at < 0:
            return False
    return True
