"""A list item that names an option, and the items nested under it saying what it does.

    * -r 옵션
      * 하위 폴더까지 함께 지운다
      * 예) rm -r old/
    - `--dry-run` 옵션
      - 바꿀 것을 보여 주기만 한다

A careful reader makes one option note: the option → the first nested item (the items after it are remarks,
examples or pictures, left to other rules).  The option belongs to the command the section is about
(``Walk.command``); where that is unknown the walk warns, as for any option.  The first nested item must say
what the option does: not a command line, not a label.  The card's line is that item's.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.knowledge import is_label
from quizzer.extract.nested_item import ITEM, nested_under
from quizzer.extract.terms import option_spellings, strip_markers
from quizzer.extract.walk import Walk
from quizzer.shell import looks_like_command
from quizzer.text import clean

__all__ = ["read"]

_REASON = "item naming an option, the first item nested under it"
# "-d 옵션", "`--force` 옵션", "the -n option", "--all flag"
_NAMED = lazyre.pattern(
    r"^(?:the\s+)?`?(?P<option>--?[A-Za-z0-9][\w-]*)`?\s+(?:옵션|플래그|option|flag)\s*[.:：]?$", re.IGNORECASE
)


def read(walk: Walk, block: Para, depth: int) -> bool:
    """The option note of an item naming an option over nested items; False (nothing done) when not that shape."""
    named = _NAMED.match(clean(strip_markers(block.text)))
    if named is None:
        return False
    found = nested_under(walk, block)
    if found is None:
        return False
    _here, nested, line = found
    after = walk.written(line + 1)
    if after is not None and after.strip() and ITEM.match(after) is None:
        return False  # the nested item goes on over more lines
    meaning = clean(strip_markers(nested.group("text")))
    spellings = option_spellings(named.group("option"), bare_ok=False)
    if not spellings or not meaning or looks_like_command(meaning) or is_label(meaning.split()[0]) or meaning.startswith("!["):
        return False
    walk.add_option(spellings, meaning, walk.command(depth), line, reason=_REASON)
    return True
