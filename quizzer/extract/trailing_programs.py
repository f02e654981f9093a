"""A heading that says what a program does, then names it (pure): ``## 파일 내용에서 검색 grep``.

Korean notes put the verb last, and some titles follow suit with the program's name after what it does
(``### 특수문자들을 단순한 문자로만 인식 fgrep``, ``## 디렉토리 내에서 검색 명령어 find``).  The words before the
name are what the program does: one command note on the heading's line, and the section is about that program
(its options below are its own).

Evidence is needed: the heading's own words hold Hangul and are not a topic (``설치``, ``옵션``), and the lines
right under it (before the first blank line) give the program's usage line, its name then a placeholder
(``find [경로] [조건]``, ``* grep [옵션] [패턴] [파일이름]``).  When the first of those lines is a bullet of words
saying what the program does (``- 파일 내용에서 특정 내용만 찾을때 사용``), that bullet is the description, read
as under any heading naming a program; the heading's words are then only its title.  A quoted link between the
heading and those lines (``> [참고 자료](https://…)``, where the notes come from) is passed over.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.knowledge import is_label, is_label_phrase, topic_words
from quizzer.extract.signals import usage_words
from quizzer.extract.walk import LeadIn, Walk
from quizzer.shell import Invocation, is_placeholder, looks_like_command
from quizzer.text import HANGUL

__all__ = ["read"]

REASON = "heading: what it does, then the program's name, over its usage line"
_HEADING = lazyre.pattern(
    rf"^(?P<gloss>.*?[{HANGUL}].*?)(?:\s+(?:명령어|명령|command))?\s+(?P<program>[a-z][a-z0-9_.+-]*)$", re.IGNORECASE
)
_TOPIC = lazyre.pattern(rf"(?:{topic_words()})\s*[:：]?$", re.IGNORECASE)
_BULLET = lazyre.pattern(rf"^\s*[-*+]\s+(?P<text>[^`\n]*[{HANGUL}][^`\n]*)$")
# "> [참고 자료](https://…)": a quoted line that is one link and nothing else
_QUOTED_LINK = lazyre.pattern(r"^\s*>\s*(?:\[[^\]]*\]\([^)]*\)|<[a-z]+://[^>]*>|https?://\S+)\s*$")


def read(walk: Walk, text: str, line: int) -> bool:
    """The note of ``## what it does program`` (``text``, the heading's words, at ``line``); False when the
    heading is not that style."""
    match = _HEADING.match(text.strip())
    if match is None or not text.rstrip()[-1:].isalnum():
        return False
    gloss, program = match.group("gloss").strip(), match.group("program")
    if (
        looks_like_command(gloss) or is_label(gloss) or is_label_phrase(gloss) or _TOPIC.search(gloss)
        or not _usage_below(walk, line, program)
    ):
        return False
    invocation = Invocation(program, (), program)
    walk.set_command(program)
    below = line + 1
    while _QUOTED_LINK.match(walk.written(below) or ""):
        below += 1  # "> [참고 자료](…)": where the notes were taken from, between the heading and its bullet
    first = _BULLET.match(walk.written(below) or "")
    if first is not None and not _usage_line(first.group("text"), program):
        # "- 파일 내용에서 특정 내용만 찾을때 사용": the bullet under the heading says what it does
        walk.lead_in = LeadIn(program, walk.block, True, invocation=invocation, single=True)
        return True
    walk.add_command(invocation, gloss, line, reason=REASON)
    return True


def _usage_below(walk: Walk, line: int, program: str) -> bool:
    """A line right under the heading (before a blank line) is ``program`` then a placeholder."""
    below = line + 1
    while (written := walk.written(below)) is not None and written.strip() and below <= line + 4:
        if _usage_line(written, program):
            return True
        below += 1
    return False


def _usage_line(text: str, program: str) -> bool:
    """``text`` is a usage line of ``program``, a placeholder first after its name (``* grep [옵션] [패턴]``)."""
    words = usage_words(text)
    return len(words) > 1 and words[0] == program and is_placeholder(words[1])
