"""A heading that names a program in backticks and says what it is for (pure): ``## `df` 디스크 정보``.

Korean wiki and TIL pages title a section with the command in a code span and a few words after it
(``## `ethtool` 네트워크 정보``, ``### `lsof` open files``); the section's code block then shows the
program at work.  The words are what the program is for: one command note on the heading's line.

Evidence is needed both ways: the code block that follows in the section (before any other heading)
runs that very program, and the words are not a topic (``설치``, ``설정``, ``사용법``, ``옵션``) that
says what the section does *with* the program rather than what the program does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizzer import lazyre
from quizzer.extract.blocks import Block, Code, Heading
from quizzer.extract.knowledge import is_label, is_label_phrase, topic_words
from quizzer.extract.walk import Walk
from quizzer.shell import Invocation, parse_invocation, strip_prompt

__all__ = ["read"]

_RAW = lazyre.pattern(r"^\s{0,3}#{1,6}\s+`(?P<command>[^`]+)`\s+(?P<gloss>[^`#]*[^\s`#])\s*#*\s*$")
# what a section does with the program, not what the program is for
_TOPIC = lazyre.pattern(rf"(?:{topic_words()})\s*[:：]?$", re.IGNORECASE)
_WORDS = lazyre.pattern(r"[\w/]+")


def read(walk: Walk, block: Heading, blocks: Sequence[Block], start: int) -> bool:
    """The note of ``## `program` what it is for`` (the blocks after it from ``start``); False when not that style."""
    written = walk.written(block.line)
    match = _RAW.match(written) if written is not None else None
    if match is None:
        return False
    gloss = match.group("gloss").strip()
    invocation = parse_invocation(match.group("command"))
    if (
        invocation is None or invocation.flags or not _WORDS.search(gloss)
        or is_label(gloss) or is_label_phrase(gloss) or _TOPIC.search(gloss)
    ):
        return False
    program = invocation.command.split()[0]
    if not _runs(blocks, start, program):
        return False
    walk.set_command(invocation.command)
    walk.add_command(
        Invocation(invocation.command, (), invocation.command), gloss, block.line,
        reason="heading: the program in backticks, then what it is for",
    )
    # the heading's words are the program's, not a description of the lines in the block under it
    walk.prose = None
    walk.prose_heading = False
    walk.lead_in = None
    return True


def _runs(blocks: Sequence[Block], start: int, program: str) -> bool:
    """The section's first code block (``blocks`` from ``start`` on) has a command line of ``program``."""
    for index in range(start, len(blocks)):
        block = blocks[index]
        if isinstance(block, Heading):
            return False
        if isinstance(block, Code):
            for _n, text in block.lines:
                invocation = parse_invocation(strip_prompt(text)) if text.strip() and not text.lstrip().startswith("#") else None
                if invocation is not None:
                    return invocation.command.split()[0] == program
            return False
    return False
