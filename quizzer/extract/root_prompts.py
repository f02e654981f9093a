"""A label item, then the command typed at a root prompt on the next line, outside any code block (pure).

    1. 마지막 부팅 후 로그 보기
    # journalctl -b

    2. 특정 기간별 로그 보기
    # journalctl --since "1 hour ago"
    # journalctl --since "2 days ago"

Notes copied from a terminal keep the root prompt ``#``; written outside a fence, markdown reads
``# journalctl -b`` as a level-1 heading right under the item.  A careful reader sees a command line and
the item above it as what it does: one note per command line, each with that item's words (a label over
two lines gives both of them the label).  Only a short purpose phrase counts as the label (not a sentence,
a lead-in or another command), and only a line that reads as a command: a known program, or one given
flags or a path.  The same item with the command on its own next line and no prompt
(``10. UID 로 검색`` / ``journalctl _UID=108``) reads the same.

A ``# command`` heading that no such item stands over is left to the heading rules.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.facts import Fact, needs
from quizzer.extract.blocks import Heading, Para
from quizzer.extract.knowledge import PROGRAMS, is_label
from quizzer.extract.sentences import is_sentence
from quizzer.extract.walk import Walk
from quizzer.shell import Invocation, looks_like_command, parse_invocation
from quizzer.text import clean, strip_numbering

__all__ = ["heading", "label"]

_REASON = "item, then its command after a root prompt '#' on the next line"
# "# journalctl -b": one '#', a space, then the line typed (an ATX heading of level 1 as markdown reads it)
_ROOT_LINE = lazyre.pattern(r"^#[ \t]+(?P<typed>[^#\s].*?)\s*$")
_WORDY = lazyre.pattern(r"[^\W\d_]{2,}")


def _typed(text: str) -> Invocation | None:
    """The command of a line typed at a prompt, when it reads as one: a known program, or flags or a path."""
    if not looks_like_command(text):
        return None
    invocation = parse_invocation(text)
    if invocation is None:
        return None
    program = invocation.command.split()[0]
    rest = text.split()[1:]
    if rest and invocation.concrete == program:
        return None  # "journalctl _UID=108": all it is about would be the program, the note of another line
    if program in PROGRAMS or invocation.flags or any(word.startswith(("/", "~/", "./")) for word in rest):
        return invocation
    return None


def _purpose(text: str) -> str | None:
    """A short phrase saying what the command does (``오늘 날짜 로그 보기``)."""
    text = clean(strip_numbering(text)).rstrip(":：").strip()
    if not text or len(text) > 60 or is_sentence(text) or is_label(text) or not _WORDY.search(text):
        return None
    if looks_like_command(text):
        return None  # another command line (maybe of a program quizzer does not know), not what it does
    return text


@needs(Fact.NO_QUOTE, Fact.FIRST)
def label(walk: Walk, block: Para) -> bool:
    """Read a numbered or bulleted item whose next line is ``# command`` (kept until that heading is read),
    or whose own second line is a command line; False if it is neither."""
    raw = block.inline.raw
    if block.quote or not block.first or raw.count("\n") > 1:
        return False
    lines = raw.split("\n")
    if len(lines) == 2:
        if "`" in (walk.written(block.line + 1) or "`"):
            return False  # "합계 출력 \\" / "`awk …`": a command in code on the next line, the rules for code read it
        invocation = _typed(lines[1].strip())
        purpose = _purpose(lines[0])
        if invocation is None or purpose is None or _ROOT_LINE.match(lines[1].strip()):
            return False
        walk.add_command(invocation, purpose, block.line, reason="item, then its command on the item's next line")
        walk.prose = None
        return True
    following = walk.written(block.line + 1)
    root = _ROOT_LINE.match(following or "")
    if root is None or _typed(root.group("typed")) is None:
        return False
    purpose = _purpose(lines[0])
    if purpose is None:
        return False
    walk.root_label = (purpose, block.line, walk.block)
    walk.prose = None
    return True


def heading(walk: Walk, block: Heading) -> bool:
    """Read a level-1 heading that is the command typed at a root prompt under a label item (or under
    another such line); False for any other heading."""
    pending, walk.root_label = walk.root_label, None
    if pending is None or block.level != 1 or pending[2] != walk.block - 1:
        return False
    root = _ROOT_LINE.match(walk.written(block.line) or "")
    invocation = _typed(root.group("typed")) if root else None
    if invocation is None:
        return False
    purpose, line, _block = pending
    walk.add_command(invocation, purpose, line, reason=_REASON)
    walk.root_label = (purpose, line, walk.block)
    return True
