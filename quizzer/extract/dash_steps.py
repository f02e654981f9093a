"""Steps numbered ``1 - …`` on the lines of one paragraph (pure).

::

    On the admin page add:

    1 - `Team` owners
    2 - `Member` alice
    3 - press save and close the page

``1 - `` is no list marker in Markdown, so the numbered lines arrive as one paragraph; numbered 1, 2, 3 …
in order, each a few words, they are the steps of what the line above (or the heading) says to do.  A
lone ``1 - Make a key`` over a block is the first step of what the section does, not what the block's
line does: it is warned about and never read as the block's meaning.
"""

from __future__ import annotations

import re

from quizzer.extract.blocks import Para, split_lines
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.text import clean

__all__ = ["read"]

_DASH_STEP = re.compile(r"^\s*(?P<number>\d{1,2})\s+[-–—]\s+(?P<text>[^\s\d-].*)$")
_LONGEST = 120  # a step is a short line, not a paragraph of explanation


def read(walk: Walk, block: Para, procedure: str) -> bool:
    """Step notes of ``block``'s ``N - …`` lines under ``procedure``; False when it is not that shape."""
    if block.lists or block.quote:
        return False
    lines = [line for line in split_lines(block.inline) if line.plain.strip()]
    matches = [_DASH_STEP.match(line.plain) for line in lines]
    if not lines or not all(matches) or [int(m.group("number")) for m in matches if m] != list(range(1, len(lines) + 1)):
        return False
    texts = [clean(m.group("text")).rstrip(":：").strip() for m in matches if m]
    if any(not text or len(text) > _LONGEST for text in texts):
        return False
    walk.prose = None
    if len(texts) == 1:
        walk.warn(block.line, _(
            "line {line}: a step numbered 1 with no step 2 after it; neither a procedure nor what the block "
            "below does, no card made from it"
        ).format(line=block.line))
        return True
    for n, text in enumerate(texts):
        walk.add(
            Kind.STEP, term=f"{procedure}#{text}", front=f"{procedure} — step {n + 1}", back=text, command=None,
            line=block.line + n, position=n + 1, reason="line numbered `N - ` of a paragraph of steps",
        )
    return True
