"""A flag alone in an item under a heading its own name spells (pure).

    # Escape Analysis
    - "-XX:+DoEscapeAnalysis" (default: true)

    ## Code Cache Size
    - `-XX:ReservedCodeCacheSize=N`

Notes on tuning a program put a topic in a heading and, among the items under it, the flag that turns the topic on
or sizes it, with a remark on its default.  The heading is what the flag is for only when the flag's own name spells
it: the heading's words (inflection aside: ``Inlining``, ``-XX:+Inline``) make up the end of the name, after at most
words that turn the topic on or size it (``Do``, ``Use``, ``Enable``, ``Max``, ``Initial``, ``Reserved``:
knowledge.SETTING_WORDS).  ``-XX:+PrintCompilation`` under ``# Compilation`` prints, it is not the topic: no card.
A careful reader makes an option card of each flag of the item (a remark in brackets left out); a flag turned off
(``-XX:-Inline``) is not the topic, nor is a flag beside one that spells it whose own name does not (warned); an
item that says more than the flags is left to the other rules.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.knowledge import SETTING_WORDS, option_family_program
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.text import clean, strip_numbering

__all__ = ["REASON", "read"]

REASON = "flag alone in an item under the heading its name spells"

_REMARK = lazyre.pattern(r"\s*\([^()]*\)\s*\.?\s*$")  # "( default : true )."
_FLAG = lazyre.pattern(r"[\"'`]?(?P<flag>--?[A-Za-z][\w:+.-]*?)(?:=[^\s\"'`]+)?[\"'`]?")
_JOINS = lazyre.pattern(r"\s*(?:&|,|\band\b)\s*")
_CAMEL = lazyre.pattern(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
_HEADING = lazyre.pattern(r"[A-Za-z][A-Za-z ()-]*")
_SUFFIXES = ("ing", "ion", "es", "s", "e")


def _stem(word: str) -> str:
    word = word.casefold()
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


_SETTING = frozenset(_stem(word) for word in SETTING_WORDS)


def _name_words(flag: str) -> list[str] | None:
    """The words of a flag's name (``-XX:+DoEscapeAnalysis`` → do, escape, analysis); None when it is turned off."""
    name = flag.lstrip("-")
    if ":" in name:
        name = name.rsplit(":", 1)[1]
    if name.startswith("-"):
        return None  # "-XX:-Inline": the topic turned off
    return [_stem(word) for part in re.split(r"[-_+.]", name) for word in _CAMEL.findall(part)]


def spells(flag: str, heading: str) -> bool:
    """Does the name of ``flag`` spell ``heading`` (its words at the end, only setting words before them)?"""
    words = _name_words(flag)
    wanted = [_stem(word) for word in re.findall(r"[A-Za-z]+", heading)]
    if not words or not wanted or len(words) < len(wanted) or words[len(words) - len(wanted):] != wanted:
        return False
    return all(word in _SETTING for word in words[: len(words) - len(wanted)])


def read(walk: Walk, block: Para) -> bool:
    """Option notes of the flags of the item ``block``; False when it is not flags alone spelling the heading."""
    if len(block.lists) != 1 or block.quote or not block.first or not walk.sections or not block.inline.one_line:
        return False
    heading = strip_numbering(walk.sections[-1].text).strip()
    if not _HEADING.fullmatch(heading) or len(heading.split()) > 4:
        return False
    text = _REMARK.sub("", clean(block.inline.marked)).strip().rstrip(".")
    parts = _JOINS.split(text)
    found = [_FLAG.fullmatch(part) for part in parts]
    if not parts or any(match is None for match in found):
        return False
    flags = [(match.group("flag"), match.group(0).strip("\"'`")) for match in found if match is not None]
    if not any(spells(flag, heading) for flag, _written in flags):
        return False
    for flag, written in flags:
        if not spells(flag, heading):
            # "-XX:InitailCodeCacheSize" beside "-XX:ReservedCodeCacheSize" under "Code Cache Size": its name does
            # not spell the heading, whatever the item says of both
            walk.warn(block.line, _(
                "line {line}: the name of {flag} does not spell the heading '{heading}', so the heading is not sure to "
                "be what it is for; no card made from it"
            ).format(line=block.line, flag=flag, heading=heading))
            continue
        command = walk.command() or option_family_program(flag)
        walk.add_option([flag], heading, command, block.line, reason=REASON, written=written)
    return True
