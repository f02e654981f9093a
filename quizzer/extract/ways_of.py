"""Ways of doing one task, numbered under a lead-in that points back at the task (pure).

    You can filter the log to only show merge commits.

    You can do this in a couple of ways:
    1) Start the viewer with the -m flag e.g. `gitview -m`
    2) From within the viewer, press `<c-m>`

The lead-in's "this" is the sentence right above it ("You can <task>."), and each item is one way to do that
task, not a step after the one before: the item's key (after "press") or its command line does the task.
Only a one-sentence "You can …" paragraph right above a one-line lead-in saying "do this in N ways" (two,
three, a couple of, several …) starts such a list; only an item with exactly one code span, a key pressed or a
command line of a program quizzer knows, makes a card (what the item says around it is its context).  Any
other item is warned about and makes none, as is one saying what its key or line does on its own (``Press `a` to
stage all files instead``, ``Run `git add -p` if you want to pick hunks``): not sure to be the task above.
"""

from __future__ import annotations

import re

from quizzer import i18n
from quizzer import lazyre
from quizzer.extract import key_pairs
from quizzer.extract.blocks import Para
from quizzer.extract.knowledge import PROGRAMS
from quizzer.extract.walk import Walk
from quizzer.shell import parse_invocation
from quizzer.text import clean

__all__ = ["lead", "read"]

_REASON = "a way to do the task the sentence above the list's lead-in says"
# "You can filter the log to only show merge commits.": the task, one sentence
_TASK = lazyre.pattern(r"^you\s+(?:can|could|may)\s+(?P<task>[a-z][^.!?:]*?)\.?$", re.IGNORECASE)
# "You can do this in a couple of ways:", "There are two ways to do this:"
_COUNT = r"(?:two|three|four|a\s+couple\s+of|a\s+few|several|multiple|various|\d+)"
_LEAD = lazyre.pattern(
    rf"^(?:you\s+can\s+do\s+(?:this|that|it)\s+in\s+{_COUNT}\s+(?:different\s+)?ways"
    rf"|there\s+are\s+{_COUNT}\s+(?:different\s+)?ways\s+to\s+do\s+(?:this|that|it))\s*[:：]$",
    re.IGNORECASE,
)
_CODE = lazyre.pattern(r"`([^`]+)`")
_PRESS = lazyre.pattern(r"\b(?:press|hit|type)\s*$", re.IGNORECASE)
# after the span, what it does on its own: "… `a` to stage all files instead", "… `git add -p` if you want to pick
# hunks" ("to do it", "to do this" point back at the task; "the file you want to filter by" is no purpose)
_OWN_PURPOSE = lazyre.pattern(
    r"^\s*to\s+(?!do\s+(?:it|this|that)\b)[a-z]|\binstead\b|\bif\s+you\s+(?:want|need|wish)\b", re.IGNORECASE
)


def lead(walk: Walk, block: Para) -> None:
    """Remember the task when ``block`` is a lead-in pointing back at the sentence right above it."""
    if block.lists or block.quote or not block.inline.one_line or not _LEAD.match(block.text.strip()):
        return
    above = walk.prose if walk.prose_block == walk.block - 1 and walk.prose and "\n" not in walk.prose else None
    task = _TASK.match(above.strip()) if above else None
    if task is not None:
        walk.ways = (walk.block, clean(task.group("task")))


def read(walk: Walk, block: Para) -> bool:
    """A numbered item right under such a lead-in (or under the item before): a card of its way; False when the
    block is no such item."""
    above = walk.ways
    if above is None or walk.block != above[0] + 1:
        return False
    if len(block.lists) != 1 or not block.lists[0].ordered:
        walk.ways = None
        return False
    walk.ways = (walk.block, above[1])
    marked = block.inline.marked.strip()
    spans = _CODE.findall(marked)
    if len(spans) == 1 and _OWN_PURPOSE.search(marked[marked.index(f"`{spans[0]}`") + len(spans[0]) + 2:]):
        walk.warn(block.line, i18n._(
            "line {line}: the item says what '{span}' does on its own, which may not be the task above; no card made "
            "from it"
        ).format(line=block.line, span=spans[0]))
        return True
    way = _way(walk, block, marked, spans[0]) if len(spans) == 1 else False
    if not way:
        walk.warn(block.line, i18n._(
            "line {line}: a way to do the task above, but not one key or command line alone; no card made from it"
        ).format(line=block.line))
    return True


def _way(walk: Walk, block: Para, marked: str, span: str) -> bool:
    """The card of the item's one code span: a key when the item says to press it, else a command line of a
    program quizzer knows; False when it is neither."""
    task, context = walk.ways[1] if walk.ways else "", clean(block.text)
    before = marked[: marked.index(f"`{span}`")]
    if _PRESS.search(before) and key_pairs.is_key(span):
        return walk.add_key(span, task, block.line, reason=_REASON, context=context)
    invocation = parse_invocation(span)
    if invocation is None or invocation.command.split()[0] not in PROGRAMS or " " not in span:
        return False
    walk.add_command(invocation, task, block.line, context=context, reason=_REASON)
    return True
