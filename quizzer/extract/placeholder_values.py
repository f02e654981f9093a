"""The values a placeholder of the line above may take, listed under it.

    ```
    tool COMMAND dataset
    ```
    Where `COMMAND` is one of:

    * `show-hosts` - Print the hosts seen
    * `show-ports` - Print the open ports

Each item is a sub-command of the line's program: ``tool show-hosts`` → "Print the hosts seen" (the words of
the line before the placeholder, then the item).  Only a sentence that says so ("where X is one of:",
"X can be one of the following:", "`X`는 다음 중 하나:") and names a placeholder written in the line
(``COMMAND``, ``<cmd>``, ``[action]``) starts such a list; only items that open with one word in code, right
after it, are its values.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.facts import Fact, needs
from quizzer.extract.blocks import Para
from quizzer.extract.terms import split_term, strip_markers
from quizzer.extract.walk import Walk
from quizzer.shell import is_placeholder, looks_like_command, parse_invocation, tokenize
from quizzer.text import clean

__all__ = ["lead_in", "read"]

_REASON = "a value of the placeholder of the line above, listed under it"
_ONE_OF = lazyre.pattern(
    r"^(?:where|here|and)?\s*`?(?P<name>[^`\s]+)`?\s+(?:is|can\s+be|must\s+be|may\s+be)\s+(?:one|any)\s+of"
    r"(?:\s+(?:the\s+)?(?:following|these|below))?\s*[:：]$"
    r"|^`?(?P<ko>[^`\s]+?)`?\s*(?:은|는|에는|자리에는)\s*(?:다음|아래)\s*중\s*하나[^.]*[:：]?$",
    re.IGNORECASE,
)
_VALUE = lazyre.pattern(r"[a-z][a-z0-9-]*")


def lead_in(walk: Walk, block: Para, lines: list[int]) -> bool:
    """"Where `COMMAND` is one of:" right under a block whose line (of ``lines``) holds that placeholder: the
    items below are its values (remembered on the walk); False when ``block`` is no such sentence."""
    match = _ONE_OF.match(clean(strip_markers(block.text)))
    if match is None or block.lists or block.quote:
        return False
    name = match.group("name") or match.group("ko")
    for line in lines:
        words = tokenize(walk.written(line) or "")
        if name in words and is_placeholder(name):
            before = " ".join(words[: words.index(name)])
            if before and looks_like_command(before) and parse_invocation(before) is not None:
                walk.one_of = (walk.block, before)
                return True
    return False


@needs(Fact.TOP, Fact.BULLET)
def read(walk: Walk, block: Para) -> bool:
    """An item right under such a sentence (or under the item before it): a sub-command note; False when not."""
    one_of = walk.one_of
    if one_of is None or len(block.lists) != 1 or block.lists[0].ordered or walk.block != one_of[0] + 1:
        return False
    term = split_term(block.inline)
    if term is None or term.style != "code" or not _VALUE.fullmatch(term.term) or not term.description.strip():
        walk.one_of = None
        return False
    invocation = parse_invocation(f"{one_of[1]} {term.term}")
    if invocation is None:
        walk.one_of = None
        return False
    walk.add_command(invocation, term.description, block.line, reason=_REASON)
    walk.one_of = (walk.block, one_of[1])
    return True
