"""An item naming a setting with its default in parentheses, the first item nested under it saying what it is (pure).

    - swap (default: 0)
      - 메모리가 모자랄 때 디스크를 빌려 쓰는 기능
      - `swap=1G`처럼 크기를 적는다
    - autoReload (기본값: false)
      - 파일이 바뀌면 다시 읽어 들이는 설정

Notes on a config file list the settings worth knowing, each named with its default after it, then a few items
under it: what it is first, then how to write it, caveats and advice.  The default in parentheses says the name is
a setting's, not a label or a heading of remarks; a careful reader makes one concept of each: the setting → the
first nested item (when it says what a thing is: :func:`quizzer.extract.heading_terms.says_what`), its default as
the card's context.  The other nested items are left to the other readings.  Only a name of one word (bare or in
code: no sentence, no command line) and a first nested item of one line.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.facts import Fact, needs
from quizzer.extract.heading_terms import says_what
from quizzer.extract.model import Kind
from quizzer.extract.nested_item import depth, nested_items, nested_under
from quizzer.extract.walk import Walk

__all__ = ["REASON", "read"]

REASON = "item naming a setting with its default, the first item nested under it"

# "swap (default: 0)", "`autoReload` (기본값: false)", "timeout (디폴트 30)": a name, then its default in parentheses
_NAMED = lazyre.pattern(
    r"^`?(?P<name>[A-Za-z_][\w.-]*)`?\s*\((?P<default>(?:default|기본값?|디폴트)\s*(?:[:：=]\s*|\s)[^()]+)\)\s*$",
    re.IGNORECASE,
)


@needs(Fact.LISTED, Fact.CLOSE_PAREN)
def read(walk: Walk, block: Para) -> bool:
    """The concept of such an item and the first item nested under it; False (nothing done) when not that shape."""
    if not block.lists or block.inline.raw[-1:] != ")":
        return False  # (most paragraphs: no item, or no parenthesis closing the line)
    found = nested_under(walk, block)
    named = _NAMED.match(found[0].group("text").strip()) if found is not None else None
    if found is None or named is None:
        return False
    nested = nested_items(walk, block.line, depth(found[0]))
    if not nested:
        return False  # the first nested item goes on over more lines: not one meaning
    line, text = nested[0]
    meaning = says_what(text)
    if meaning is None:
        return False
    name = named.group("name")
    walk.add(Kind.CONCEPT, term=name, front=name, back=meaning, command=None, line=line, answers=(name,),
             context=named.group("default").strip(), reason=REASON)
    walk.nested_line = line
    return True
