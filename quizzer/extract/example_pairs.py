"""An example label over the example line and, on the next item, what it does (pure).

    - 예시
      - `chmod go+w notes.txt`
      - 그룹과 기타 사용자에게 쓰기 권한 부여

Korean notes give an example as a label item (``예시``, ``예``, ``Example``) over two nested items: the line in a code
span, then what it does, on an item of its own.  A careful reader pairs them: one command card, the line → the
second item, at the second item's line.  Only with exactly two nested items of one line each, the first a code span
and nothing else holding a command line (of a program quizzer knows or the notes are about, or passing a flag),
the second words that are no command line and no label (``주의: …``); a third item or a second line of code makes a
list of examples, left to the other readings.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract import own_programs
from quizzer.extract.blocks import Para
from quizzer.extract.facts import Fact, needs
from quizzer.extract.knowledge import EXAMPLE_WORDS, is_label
from quizzer.extract.nested_item import bullet_line, depth, nested_items
from quizzer.extract.terms import strip_markers
from quizzer.extract.walk import Walk
from quizzer.shell import looks_like_command, parse_invocation, strip_prompt
from quizzer.text import HANGUL, clean

__all__ = ["REASON", "read"]

REASON = "example label over the example line, the item after it saying what it does"

# "`chmod go+w notes.txt`": one code span and nothing else
_CODE_ALONE = lazyre.pattern(r"^`(?P<line>[^`]+)`$")
_WORDS = lazyre.pattern(rf"[{HANGUL}]|[A-Za-z]{{3,}}")
_LABELLED = lazyre.pattern(r"^[^:：]{1,15}[:：]")  # "주의: …", "Note: …": a remark under its label


@needs(Fact.LISTED, Fact.NO_CODE)
def read(walk: Walk, block: Para) -> bool:
    """The command note of the example pair under ``block``, when it is such a label item; False otherwise."""
    if not block.lists or block.inline.has_code:
        return False
    if clean(strip_markers(block.text)).rstrip(":：").strip().casefold() not in EXAMPLE_WORDS:
        return False
    item = bullet_line(walk, block)
    nested = nested_items(walk, block.line, depth(item)) if item is not None else None
    if nested is None or len(nested) != 2:
        return False
    (_, first), (line, second) = nested
    code = _CODE_ALONE.match(first.strip())
    typed = strip_prompt(code.group("line").strip()) if code is not None else ""
    invocation = parse_invocation(typed) if typed and looks_like_command(typed) else None
    if invocation is None or not own_programs.runs(walk, invocation):
        return False
    meaning = clean(strip_markers(second)).strip()
    if (
        not _WORDS.search(meaning.replace(" ", "")) or _runs(walk, meaning) or _LABELLED.match(meaning)
        or is_label(meaning) or _CODE_ALONE.match(second.strip())
    ):
        return False
    walk.add_command(invocation, meaning, line, reason=REASON)
    return True


def _runs(walk: Walk, text: str) -> bool:
    """``text`` is a command line (a program quizzer knows or the notes are about, or flags), not words ("makes the
    picture smaller" starts as a line would)."""
    invocation = parse_invocation(text) if looks_like_command(text) else None
    return invocation is not None and own_programs.runs(walk, invocation)
