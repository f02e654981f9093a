"""The values an option takes, listed under a sentence naming the option (pure).

    The `-f` filter option accepts the following values:

    - `network` - network-related events, such as `accept`. These are hard to read.
    - `filesys` filesystem events - some of them include the full path.

Each item is a value of that option: ``-f network`` → "network-related events, such as accept", an option note
of the section's command, not a program named ``network`` nor a term of no command.  Only a sentence ending in
a colon that names one option in code and says it takes values ("accepts the following values:", "can be one
of:", "Values for `-f`:") starts such a list; only items opening with one word in code, right under it (or
under the item before), are its values.  The meaning is the item's first sentence, up to a " - " that starts
the author's aside ("… - I think this one is the most useful").
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.facts import Fact, needs
from quizzer.extract.walk import Walk
from quizzer.text import clean

__all__ = ["lead", "read"]

_REASON = "a value of the option the sentence above names, listed under it"
_OPTION = r"`(?P<{}>--?[A-Za-z][\w-]*)`"
_LEAD = lazyre.pattern(
    rf"^(?:the\s+)?{_OPTION.format('option')}\s+(?:[\w-]+\s+)?(?:option|flag|argument)?\s*"
    r"(?:accepts|takes|supports|can\s+(?:be|take)|may\s+(?:be|take)|is\s+one\s+of)"
    r"(?:\s+(?:one\s+of|any\s+of))?(?:\s+(?:the|these))?(?:\s+following)?(?:\s+values?)?\s*[:：]$"
    rf"|^(?:the\s+)?(?:possible\s+|valid\s+|accepted\s+)?values?\s+(?:for|of)\s+(?:the\s+)?{_OPTION.format('named')}"
    r"(?:\s+(?:option|flag))?(?:\s+are)?\s*[:：]$",
    re.IGNORECASE,
)
_ITEM = lazyre.pattern(r"^`(?P<value>[a-z][a-z0-9_]*(?:-[a-z0-9_]+)*)`\s*(?:[-–—:：]\s+)?(?P<meaning>[^\s`-].*)$", re.DOTALL)
_ASIDE = lazyre.pattern(r"\s[-–—]\s")  # "events … - I think …": the author's aside after the meaning
_SENTENCE_END = lazyre.pattern(r"(?<=[^\s.])\.(?:\s|$)")


def lead(walk: Walk, block: Para) -> None:
    """Remember ``block`` as the sentence over an option's values when it is one (read on either way)."""
    if block.lists or block.quote or not block.inline.one_line:
        return
    match = _LEAD.match(block.inline.marked.strip())
    if match is not None:
        walk.option_values = (walk.block, match.group("option") or match.group("named"))


@needs(Fact.TOP, Fact.BULLET, Fact.CODE_FIRST)
def read(walk: Walk, block: Para) -> bool:
    """An item right under such a sentence (or under the item before it): an option note; False when not."""
    above = walk.option_values
    if above is None or walk.block != above[0] + 1:
        return False
    if len(block.lists) != 1 or block.lists[0].ordered:
        walk.option_values = None
        return False
    match = _ITEM.match(block.inline.marked.strip())
    if match is None:
        walk.option_values = None
        return False
    meaning = clean(match.group("meaning").replace("`", ""))
    meaning = _ASIDE.split(meaning, maxsplit=1)[0]
    end = _SENTENCE_END.search(meaning)
    meaning = meaning[: end.start()] if end else meaning
    option = above[1]
    walk.option_values = (walk.block, option)
    walk.add_option([f"{option} {match.group('value')}"], meaning.strip(), _owner(walk), block.line,
                    reason=_REASON, written=match.group("value"))
    return True


def _owner(walk: Walk) -> str | None:
    """The command the values' option belongs to: the notes' program when a heading above names it ("## More
    fs_usage" in notes about fs_usage), else the section's own command, else the command options here belong to
    (:meth:`Walk.command`)."""
    program = walk.program
    if program is not None and any(program in section.text.split() for section in walk.sections):
        return program  # before the section's command: "## More tcpdump" does not name the pager more
    return walk.section_command() or walk.command()
