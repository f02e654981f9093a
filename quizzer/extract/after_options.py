"""An item after a code block that names an option of the block's line and says what it does (pure).

    Search for packages:
    ```
    pkg search [--any] <words>
    ```
    - _`--any` option - lists packages that match one of the words._

The text above says what the line does; an item under the block that starts with one of the line's own
options (optional parts in brackets count), the word ``option`` or ``flag`` after it or not, then a dash or a
colon and the meaning, says what that option does there: an option card of the line's command.  Other items
are remarks on the block (left to the caller, which warns them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizzer import lazyre
from quizzer.extract.walk import Walk
from quizzer.shell import Invocation

__all__ = ["read"]

_ITEM = lazyre.pattern(
    r"^(?P<option>--?[A-Za-z][\w-]*)(?:\s+(?:option|flag|switch))?\s*(?:\s[-–—]|[:：])\s+(?P<meaning>\S.*\S)\s*$",
    re.IGNORECASE,
)


def read(walk: Walk, entries: Sequence[tuple[Invocation, int]], line: int, text: str) -> bool:
    """The option card of item ``text`` (on ``line``) after a block of ``entries``; False when not that shape."""
    match = _ITEM.match(text.strip())
    if match is None or len(match.group("meaning").split()) < 2:
        return False
    option = match.group("option")
    own = re.compile(rf"(?<![\w-]){re.escape(option)}(?![\w-])")
    for invocation, _ in entries:
        if own.search(invocation.line):
            walk.add_option([option], match.group("meaning"), invocation.command, line, reason="item after a block: an option of its line")
            return True
    return False
