"""``* Apache configuration file`` / ``/etc/apache2/httpd.conf``: a label item, the path it names under it (pure).

Notes on a server or an app list where things live: an item naming the thing, then the path alone on the
next line, as the item's own next line or in a quote right under it::

    * Configuration file
    /etc/nginx/nginx.conf
    * Serves files from
    > /usr/share/nginx/html

Each is one concept: the label → the path.  The label is a few words (no sentence, no code, not a lead-in
of a list), the path one token that names a file or folder.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.facts import Fact, needs
from quizzer.extract.blocks import Para
from quizzer.extract.knowledge import is_label
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk

__all__ = ["REASON", "read_item", "read_quote"]

REASON = "label item, the path it names under it"

_PATH = lazyre.pattern(r"~?/[\w.@+-]+(?:/[\w.@+-]*)*")
_LONGEST_LABEL = 6  # words


def _label(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= _LONGEST_LABEL and not text.rstrip().endswith((".", "。", "다")) and not is_label(text)


@needs(Fact.TOP, Fact.NO_QUOTE, Fact.FIRST, Fact.NO_CODE)
def read_item(walk: Walk, block: Para) -> bool:
    """``* Configuration file`` / ``/etc/x.conf`` in one item: the concept; False for any other item."""
    if len(block.lists) != 1 or block.quote or not block.first or block.inline.has_code:
        return False
    lines = [line.strip() for line in block.inline.raw.split("\n")]
    if len(lines) != 2 or not _label(lines[0]) or not _PATH.fullmatch(lines[1]):
        return False
    walk.add(Kind.CONCEPT, term=lines[0], front=lines[0], back=lines[1], command=None, line=block.line + 1,
             reason=REASON)
    walk.prose = None
    return True


@needs(Fact.QUOTE, Fact.UNLISTED)
def read_quote(walk: Walk, block: Para) -> bool:
    """``> /usr/share/nginx/html`` right under a one-line label item: the concept; False otherwise."""
    above = walk.item_prose
    if not block.quote or block.lists or above is None or above[0] != walk.block - 1 or above[3] != 1:
        return False
    path = block.inline.raw.strip()
    if "\n" in path or not _PATH.fullmatch(path) or not _label(above[2]):
        return False
    walk.item_prose = None
    walk.add(Kind.CONCEPT, term=above[2], front=above[2], back=path, command=None, line=block.line, reason=REASON)
    walk.prose = None
    return True
