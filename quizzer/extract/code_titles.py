"""A title that names its program in a code span, a dash, then what it does (pure):
``# `wipe` - erase a disk so its old contents cannot be read back``; or bare, then a colon, when the notes' code
blocks run it (``# at: 일회성 작업 등록`` over ``at now`` lines); or what it does, then the program in backticks or
quotes (``# How to shrink a PDF using `gs```; a program of sub-commands only with its sub-command, ``using "git
bundle"``).

It is the man page's NAME line written as the notes' title.  The program is the notes' own, whether or
not quizzer knows it, and the words after the dash are what it does: one command note on the title's
line.  Only a top-level heading is read so (a section's ``## `run` - …`` may be a sub-command of the
notes' program), only a name set in backticks (``# Git - the basics`` names a topic), and only words
that say what it does (a verb first), not a topic (``- cheat sheet``, ``- notes``, ``- one-liners I keep forgetting``).
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Heading
from quizzer.extract.knowledge import PROGRAMS, SUBCOMMANDS, is_label, is_label_phrase, says_doing, topic_words
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk

__all__ = ["program", "read"]

_TITLE = lazyre.pattern(r"^\s{0,3}#\s+`(?P<name>[a-z][\w.+-]*)`\s+[-–—]\s+(?P<meaning>[^`#]*[^\s`#])\s*#*\s*$")
# "# at: 일회성 작업 등록": the name bare, a colon, what it does (a program only when the notes' blocks run it)
_COLON_TITLE = lazyre.pattern(r"^\s{0,3}#\s+(?P<name>[a-z][\w.+-]*)\s*[:：]\s+(?P<meaning>[^`#:：]*[^\s`#:：])\s*#*\s*$")
# "# How to shrink a PDF using `gs`", '# How to pack a repository with "git bundle"': what it does, then the program in
# backticks or quotes (a program quizzer knows, or one the notes' blocks run)
_USING_TITLE = lazyre.pattern(
    r"^\s{0,3}#\s+how\s+to\s+(?P<meaning>[^`\"“”#]*[^\s`\"“”#])\s+(?:using|with|via)\s+(?:the\s+)?"
    r"[`\"“](?P<name>[a-z][\w.+-]*(?:\s[a-z][\w.+-]*)?)[`\"”](?:\s+(?:command|tool))?\s*[.?]?\s*#*\s*$",
    re.IGNORECASE,
)
_TOPIC = lazyre.pattern(rf"^(?:the\s+|a\s+|some\s+)?(?:basic\s+|useful\s+|common\s+)?(?:{topic_words()})\s*[:：]?$", re.IGNORECASE)
# "- a cheat sheet", "- my notes", "- quick reference": what the page is, not what the program does
_PAGE = lazyre.pattern(r"(?:cheat\s?sheets?|sheet|notes|tips|basics|tutorial|guide|overview|cookbook|reference|primer)\W*$", re.IGNORECASE)


def _runs(walk: Walk, name: str) -> bool:
    """Does a line of the notes' code blocks run ``name`` (``at now``, ``$ sudo at 14:30``)?"""
    runs = re.compile(rf"(?:\$\s+)?(?:sudo\s+)?{re.escape(name)}(?:\s|$)")
    fenced = False
    for line in walk.source:
        text = line.strip()
        if text.startswith(("```", "~~~")):
            fenced = not fenced
        elif fenced and runs.match(text):
            return True
    return False


def _match(walk: Walk, block: Heading) -> re.Match[str] | None:
    if block.level != 1:
        return None
    written = walk.written(block.line)
    match = _TITLE.match(written) if written is not None else None
    if match is None and written is not None and (colon := _COLON_TITLE.match(written)) is not None:
        match = colon if _runs(walk, colon.group("name")) else None  # "# at: 일회성 작업 등록" over `at now` lines
    if match is None and written is not None and (using := _USING_TITLE.match(written)) is not None:
        words = using.group("name").split()
        # "# How to … using `gs`"; "# How to list containers with `docker`" is one of docker's sub-commands' task,
        # which the title does not name
        alone_of_many = len(words) == 1 and words[0] in SUBCOMMANDS
        match = using if (words[0] in PROGRAMS or _runs(walk, words[0])) and not alone_of_many else None
    if match is None:
        return None
    meaning = match.group("meaning")
    if (
        len(meaning.split()) < 2 or is_label(meaning) or is_label_phrase(meaning)
        or _TOPIC.match(meaning) or len(meaning.split()) <= 4 and _PAGE.search(meaning) or not says_doing(meaning)
    ):  # "- one-liners I keep forgetting", "- what I learned moving 2 TB": the page's topic, not what it does
        return None
    return match


def program(walk: Walk, block: Heading) -> str | None:
    """The program such a title names, None for any other heading."""
    match = _match(walk, block)
    return None if match is None else match.group("name")


def read(walk: Walk, block: Heading) -> bool:
    """The note of such a title; False for any other heading."""
    match = _match(walk, block)
    if match is None:
        return False
    name = match.group("name")
    walk.set_command(name)
    walk.add(
        Kind.COMMAND, term=name, front=name, back=match.group("meaning"), command=name, line=block.line,
        answers=(name,),
        reason="title: the program, a colon, what it does" if match.re.pattern == _COLON_TITLE.pattern
        else "title: how to do something using a program" if match.re.pattern == _USING_TITLE.pattern
        else "title: the program in backticks, a dash, what it does",
    )
    return True
