"""A list of numbered values, each named on its item's first line, what it means on the lines after (pure).

Notes on levels, codes and modes list them so::

    * 0 - off (the default)<br/>
    전원을 끈 상태를 의미. 아무 것도 동작하지 않음.

    * 1 - standby<br/>
    대기 상태. 버튼을 누르면 켜짐.

The item's first line is the value (a number or one letter) and its name, broken off by a hard line break
(``<br>``, a trailing backslash or two spaces); the lines after it say what the value means.  Each item is one
concept: ``0 - off`` (a remark in brackets after the name left off) → the lines under it.  A second such item in
the list is the evidence that the list is of this shape: an item alone is left to the other readings.  An item
whose name says what to do and whose lines tell how (``* 1 - Install the package<br/>`` / ``Run the installer …``)
is a numbered step, not a value: warned, left to the other readings.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Para, split_lines
from quizzer.extract.facts import Fact, needs
from quizzer.extract.knowledge import IMPERATIVES, says_doing
from quizzer.extract.sentences import split_sentences
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.shell import looks_like_command
from quizzer.text import clean, has_hangul

__all__ = ["REASON", "read"]

REASON = "numbered value and its name on an item's first line, its meaning on the lines after"

# "* 3 - Full multiuser mode (text only)<br/>": a bullet, the value, a dash, the name, a hard break
_FIRST = lazyre.pattern(
    r"^(?P<indent>\s*)[-*+]\s+(?P<value>\d{1,3}|[A-Za-z])\s+[-–]\s+(?P<name>[^<>`\n]*?[^\s<>`\\])"
    r"(?:\s*<br\s*/?>|\\|(?<=\S)  )\s*$",
    re.IGNORECASE,
)
_RULE = lazyre.pattern(r"^\s*(?:[-*_]\s*){3,}$")  # "------": a thematic break ends the list
_REMARK = lazyre.pattern(r"\s*\([^()]*\)\s*$")  # "(DO NOT set this)": a remark on the value, not its name
_LONGEST_NAME = 8  # words
_LONGEST_MEANING = 300  # characters


@needs(Fact.LISTED, Fact.TOP, Fact.BULLET, Fact.FIRST, Fact.NO_QUOTE, Fact.BREAK)
def read(walk: Walk, block: Para) -> bool:
    """The concept note of ``block`` when it is such an item in such a list; False otherwise."""
    first = _FIRST.match(walk.written(block.line) or "")
    if first is None:
        return False
    name = _REMARK.sub("", first.group("name")).strip()
    if not name or len(name.split()) > _LONGEST_NAME or name.endswith((".", ":", "：")):
        return False
    lines = [line.plain for line in split_lines(block.inline)][1:]
    meaning = clean(" ".join(line for line in lines if line))
    if not meaning or len(meaning) > _LONGEST_MEANING or not meaning[0].isalnum() or not has_hangul(meaning) and looks_like_command(meaning):
        return False
    if not _has_sibling(walk, block.line, first.group("indent")):
        return False
    if (says_doing(name) or _VERB_PHRASE.match(name)) and _instructs(meaning):
        # "* 1 - Install the package<br/>" / "Run the installer …": a numbered step, what to do then how
        walk.unless_read(block.line, _(
            "line {line}: '{value} - {name}' reads as a numbered step saying what to do, not a value and its name; no "
            "card made from it"
        ).format(line=block.line, value=first.group("value"), name=name))
        return False
    term = f"{first.group('value')} - {name}"
    walk.add(Kind.CONCEPT, term=term, front=term, back=meaning, command=None, line=block.line + 1, reason=REASON)
    return True


# "Configure the tool": a word, then an article or a pronoun: a verb and its object (no value is named so)
_VERB_PHRASE = lazyre.pattern(r"[A-Za-z]+\s+(?:the|a|an|your|this|that|these|those|it|them)\b", re.IGNORECASE)
# "Run the installer …", "설치 프로그램을 실행하세요.": the lines under the name tell what to do
_INSTRUCTION_KO = lazyre.pattern(r"(?:세요|십시오|하라|해라)\s*[.!]?$")


def _instructs(meaning: str) -> bool:
    """Whether the first sentence of ``meaning`` tells what to do: an English imperative (``Run the installer …``)
    or a Korean request (``…실행하세요.``)."""
    first = split_sentences(meaning)[0]
    if has_hangul(first):
        return _INSTRUCTION_KO.search(first) is not None
    return first.split()[0].casefold() in IMPERATIVES


def _has_sibling(walk: Walk, line: int, indent: str) -> bool:
    """Another item of the same shape in the list around ``line`` (up to a heading, a rule or a line at a smaller
    indent)."""
    for step in (-1, 1):
        n = line + step
        while (text := walk.written(n)) is not None:
            if text.lstrip().startswith("#") or _RULE.match(text) or text.strip() and len(text) - len(text.lstrip()) < len(indent):
                break
            sibling = _FIRST.match(text)
            if sibling is not None and sibling.group("indent") == indent:
                return True
            n += step
    return False
