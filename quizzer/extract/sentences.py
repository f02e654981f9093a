"""Where a sentence of notes text ends (pure).

    Run a script. Use `-A` to allow all permissions.

A sentence ends at the white space after ``.``, ``!`` or ``?``.  Readers that keep a sentence about
something else out of a card cut the text there; where the next sentence must open as an English one
does (a capital, a code span, a quote, a parenthesis: ``capital_next``), a mark inside a sentence
(``e.g. a file``, ``v1.2 and up``) is no end.  Text that ends as a sentence does, or holds the end of
one, is a sentence and not a short phrase naming what to do (``오늘 날짜 로그 보기``).  A sentence ending in a
colon or in ``다음과 같다`` leads into what follows and says nothing of its own.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.knowledge import LIKE_WHAT_FOLLOWS_KO

__all__ = ["ends_in_colon", "is_sentence", "lead_in_end", "sentence_ends", "split_sentences"]

_END = lazyre.pattern(r"(?<=[.!?])\s+")
_END_BEFORE_CAPITAL = lazyre.pattern(r"(?<=[.!?])\s+(?=[A-Z`\"'(])")
# a mark not after white space or another dot ("...", "v1 ." end nothing), then the white space after it or the end
_MARK_ENDS = {stops: lazyre.pattern(rf"(?<=[^\s.])[{stops}](?:\s+|$)") for stops in (".。!?", ".。")}
# "… 다음과 같다.", "Use it for:", "… as follows:" and, where asked, "sed is good for": a list or a block follows
_LEAD_IN_END, _LEAD_IN_END_OR_FOR = (
    lazyre.pattern(
        rf"(?:(?:은|는|이|가)?\s*{LIKE_WHAT_FOLLOWS_KO}다\.?|\s*(?:as follows|following)?\s*[:：]{for_})\s*$", re.IGNORECASE
    )
    for for_ in ("", r"|\s+for")
)
# "…다.", "…요" (and "…음." with nominal), a mark at the end, or a mark and more after it: a sentence, not a phrase
_SENTENCE, _SENTENCE_OR_NOMINAL = (
    lazyre.pattern(rf"(?:{endings})\s*\.?\s*$|[.!?]\s*$|[.!?]\s+\S") for endings in ("다|요", "다|요|음"))


def split_sentences(text: str, *, capital_next: bool = False) -> list[str]:
    """``text`` cut at each end of a sentence, the white space there dropped: at least one piece (``[""]`` for
    ``""``).  White space ending no sentence stays on its piece; text stripped first gives stripped, non-empty
    sentences."""
    return (_END_BEFORE_CAPITAL if capital_next else _END).split(text)


def sentence_ends(text: str, *, full_stops_only: bool = False) -> list[re.Match[str]]:
    """Where each sentence of ``text`` ends, in order: a mark (``.``, ``。``, ``!``, ``?``; with ``full_stops_only`` the
    first two) after anything but white space or a dot, and the white space after it (none at the end of ``text``).
    A sentence runs from the end of the one before (``match.end()``) to its mark (``match.start()``: the mark left
    out) or past it."""
    return list(_MARK_ENDS[".。" if full_stops_only else ".。!?"].finditer(text))


def ends_in_colon(text: str) -> bool:
    """Whether ``text``, white space aside, ends in a colon (``:`` or the full-width ``：``): it leads into what
    follows (``Pack a folder:``, ``- First, turn off compression:``)."""
    return text.rstrip().endswith((":", "："))


def lead_in_end(text: str, *, ending_for: bool = False) -> re.Match[str] | None:
    """The end of ``text`` that makes it lead into what follows: a colon (``Usage:``, ``… as follows:``) or ``…은
    다음과 같다.``, and with ``ending_for`` a last word "for" (``sed is good for``); None when it ends otherwise.
    The pattern is tried only on text that ends as it must: it tries its alternatives at every character."""
    end = text.rstrip()
    if end.endswith(("같다", "같다.", ":", "：")) or ending_for and end[-3:].lower() == "for":
        return (_LEAD_IN_END_OR_FOR if ending_for else _LEAD_IN_END).search(text)
    return None


def is_sentence(text: str, *, nominal: bool = False) -> bool:
    """Whether ``text`` is a sentence or more, not a short phrase (``오늘 날짜 로그 보기``): it ends as a sentence does
    (``…다.``, ``…요``, ``.``, ``!``, ``?``) or one ends inside it.  With ``nominal``, an ending that makes the verb
    a noun (``…했음.``) ends one too."""
    return (_SENTENCE_OR_NOMINAL if nominal else _SENTENCE).search(text) is not None
