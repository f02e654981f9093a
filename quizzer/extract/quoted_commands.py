"""A command set alone in a quote, in bold or italics, right under a heading that says what it does (pure).

    ### 통계와 함께 보기

    > **_git log --stat_**

Lecture notes put each use of a program under a heading that says what it does, the command line itself in a
quote set in bold (or italics, or both) standing for a title, and a pasted run of it below.  The heading is what
the line does: one command note at the heading's line, and the section is about that command (the options a list
below explains are its own).

When a bullet right under the quote says what the line does in words of its own (``- 최근 커밋을 원하는 갯수만큼
볼 수 있다.``), that bullet is the description, read as any text over a code block is; the heading is then only
its title.  A bullet that leads into a list (``… 다음과 같다.``, ``…:``) or opens with a code span (a remark on a
part of the line) is no such description.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.facts import Fact, needs
from quizzer.extract.knowledge import PROGRAMS
from quizzer.extract.sentences import lead_in_end
from quizzer.extract.walk import Walk
from quizzer.shell import looks_like_command, parse_invocation
from quizzer.text import HANGUL, clean, strip_numbering

__all__ = ["read"]

REASON = "heading saying what it does, the command in bold alone in a quote under it"
_QUOTED = lazyre.pattern(r"^\s{0,3}>\s*[*_]{1,3}(?P<command>[^*_\n`][^\n]*?)[*_]{1,3}\s*$")
_GLOSS_BULLET = lazyre.pattern(rf"^\s{{0,3}}[-*+]\s+(?!`)(?P<text>[^\n]*[{HANGUL}][^\n]*)$")


@needs(Fact.QUOTE, Fact.UNLISTED)
def read(walk: Walk, block: Para) -> bool:
    """The note of a quote holding only a command in bold (``block``) right under a heading; False when not."""
    if not block.quote or block.lists or not walk.sections or walk.heading_block != walk.block - 1:
        return False
    match = _QUOTED.match(walk.written(block.line) or "")
    command = clean(match.group("command")) if match is not None else ""
    invocation = parse_invocation(command) if command and looks_like_command(command) else None
    if invocation is None or not invocation.flags or invocation.command.split()[0] not in PROGRAMS:
        return False  # "> **git is great**": words; a line with its options is one to run
    walk.set_command(invocation.command)
    walk.prose = None  # the heading is said of this line, not of the pasted run below it
    if _glossed_below(walk, block.line):
        return True  # "- 최근 커밋을 원하는 갯수만큼 볼 수 있다.": the bullet says it, over the block
    heading = strip_numbering(walk.sections[-1].text).strip()
    walk.add_command(invocation, heading, walk.heading_line, reason=REASON)
    return True


def _glossed_below(walk: Walk, line: int) -> bool:
    """The first line after the quote (past blank lines) is a bullet of words saying what the line does."""
    below = line + 1
    while (written := walk.written(below)) is not None and not written.strip():
        below += 1
    bullet = _GLOSS_BULLET.match(written or "")
    return bullet is not None and lead_in_end(bullet.group("text")) is None
