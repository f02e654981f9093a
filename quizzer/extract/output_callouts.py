"""A callout that holds what a command printed (pure): ``> [!quote]- Output example: `$ app list```.

Obsidian notes fold a command's pasted output into a callout titled so (``> [!example] Output``,
``> [!note]- Result``), often with the writer's reading of it under the output (``OK ... so these
packages provide it:`` over ``- `pkgname` - what the package is``).  What stands in it is what one run
printed, not a fact to learn: none of its lines is read, nor is its title the description of the code
block above it.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.walk import Walk

__all__ = ["inside"]

# "> [!quote]- Output example: …", "> [!example] Output", "> [!info]+ Sample output", "> [!note] 출력 결과"; not
# "> [!warning] Output redirection overwrites" or "> [!tip] Result codes", titles that go on
_TITLE = lazyre.pattern(
    r"^\s{0,3}>\s*\[![A-Za-z-]+\][-+]?\s*(?:[*_]{1,2})?(?:sample\s+|example\s+)?(?:output|result|출력(?:\s*결과)?|실행\s*결과)"
    # the title is that word alone, or what ran after a colon: not "Output redirection …", "Result codes"
    r"(?:\s+example)?(?:[*_]{1,2})?\s*(?:[:：].*)?$",
    re.IGNORECASE,
)
_QUOTED = lazyre.pattern(r"^\s{0,3}>")


def inside(walk: Walk, line: int) -> bool:
    """Line ``line`` stands in a blockquote that opens with a callout titled as a command's output."""
    written = walk.written(line)
    if written is None or not _QUOTED.match(written):
        return False
    while line > 1:
        above = walk.written(line - 1)
        if above is None or not _QUOTED.match(above):
            break
        line -= 1
    return _TITLE.match(walk.written(line) or "") is not None
