"""An option alone under a heading that says what it is for (pure).

    ## 출력 없이 검사만 하는 옵션
    > --dry-run

The heading names an option by its use, in Korean words, and ends in ``옵션``/``option`` (not a program's
name: ``## npm install 옵션`` says whose options follow); the paragraph (or quote, never a list item) right
under it holds nothing but the option (with its value, maybe): an option note of the section's command
whose meaning is the heading without that last word, at the heading's line.  No command named: warned.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.facts import Fact, needs
from quizzer.extract.knowledge import PROGRAMS
from quizzer.extract.walk import Walk
from quizzer.shell import looks_like_command
from quizzer.text import clean, strip_numbering

__all__ = ["read"]

_OPTION = lazyre.pattern(r"(?P<flag>--?[A-Za-z][\w-]*)(?:[ =][A-Za-z0-9_./:,+\"'*%=][^\s\uac00-\ud7a3]*)?")
_USE = lazyre.pattern(r"(?P<use>\S.*?\S)\s*(?:옵션|options?)\s*[:：]?", re.IGNORECASE)
_HANGUL = lazyre.pattern(r"[\uac00-\ud7a3]{2,}")
_REASON = "heading saying what an option is for, the option alone under it"


def _owner(walk: Walk, use: str) -> bool:
    """``npm install 옵션``: the heading names whose options follow, not what one is for."""
    first = use.split()[0].casefold()
    return looks_like_command(use) or first in PROGRAMS or first == walk.program


@needs(Fact.UNLISTED, Fact.ONE_LINE)
def read(walk: Walk, block: Para) -> bool:
    """The option note of the paragraph ``block``; False when it is not an option alone under such a heading."""
    if block.lists or not block.inline.one_line or not walk.sections or walk.heading_block != walk.block - 1:
        return False  # an item ("* -d 옵션" under "#### TIP option"): a list of options, other rules read it
    option = _OPTION.fullmatch(clean(block.inline.raw.strip("` ")))
    use = _USE.fullmatch(strip_numbering(walk.sections[-1].text).strip())
    if option is None or use is None or not _HANGUL.search(use.group("use")) or _owner(walk, use.group("use")):
        return False
    walk.add_option([option.group(0)], use.group("use"), walk.command(), walk.heading_line, reason=_REASON)
    return True
