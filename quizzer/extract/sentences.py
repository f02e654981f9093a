"""Where a sentence of notes text ends (pure).

    Run a script. Use `-A` to allow all permissions.

A sentence ends at the white space after ``.``, ``!`` or ``?``.  Readers that keep a sentence about
something else out of a card cut the text there; where the next sentence must open as an English one
does (a capital, a code span, a quote, a parenthesis: ``capital_next``), a mark inside a sentence
(``e.g. a file``, ``v1.2 and up``) is no end.  Text that ends as a sentence does, or holds the end of
one, is a sentence and not a short phrase naming what to do (``오늘 날짜 로그 보기``).
"""

from __future__ import annotations

import re

__all__ = ["is_sentence", "sentence_ends", "split_sentences"]

_END = re.compile(r"(?<=[.!?])\s+")
_END_BEFORE_CAPITAL = re.compile(r"(?<=[.!?])\s+(?=[A-Z`\"'(])")
# a mark not after white space or another dot ("...", "v1 ." end nothing), then the white space after it or the end
_MARK_ENDS = {stops: re.compile(rf"(?<=[^\s.])[{stops}](?:\s+|$)") for stops in (".。!?", ".。")}
# "…다.", "…요" (and "…음." with nominal), a mark at the end, or a mark and more after it: a sentence, not a phrase
_SENTENCE, _SENTENCE_OR_NOMINAL = (
    re.compile(rf"(?:{endings})\s*\.?\s*$|[.!?]\s*$|[.!?]\s+\S") for endings in ("다|요", "다|요|음"))


def split_sentences(text: str, *, capital_next: bool = False) -> list[str]:
    """``text`` cut at each end of a sentence, the white space there dropped: at least one piece (``[""]`` for
    ``""``).  White space ending no sentence stays on its piece; text stripped first gives stripped, non-empty
    sentences."""
    return (_END_BEFORE_CAPITAL if capital_next else _END).split(text)


def sentence_ends(text: str, *, full_stops_only: bool = False) -> list[re.Match[str]]:
    """Where each sentence of ``text`` ends, in order: a mark (``.``, ``。``, ``!``, ``?``; with ``full_stops_only`` the
    first two) after a letter, a digit or a closing mark, and the white space after it (none at the end of ``text``).
    A sentence runs from the end of the one before (``match.end()``) to its mark (``match.start()``: the mark left
    out) or past it."""
    return list(_MARK_ENDS[".。" if full_stops_only else ".。!?"].finditer(text))


def is_sentence(text: str, *, nominal: bool = False) -> bool:
    """Whether ``text`` is a sentence or more, not a short phrase (``오늘 날짜 로그 보기``): it ends as a sentence does
    (``…다.``, ``…요``, ``.``, ``!``, ``?``) or one ends inside it.  With ``nominal``, an ending that makes the verb
    a noun (``…했음.``) ends one too."""
    return (_SENTENCE_OR_NOMINAL if nominal else _SENTENCE).search(text) is not None
