"""A heading naming a term, and the one bullet under it saying what it is (pure).

``## executable jar`` then ``- dependencies not included``; ``# sourceSets`` then ``- NOTE: only needed
if …``: English cheat sheets title a section with the term and gloss it in a single short bullet
before the example.  One concept: the heading → the bullet.  Only when the heading is a name of one to
three words (not a topic such as ``Installation`` or ``Examples``, not a label) and the bullet is the
only item of its list, a short phrase that is not a command line.  Korean headings are read by the
Korean rules.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.facts import Fact, needs
from quizzer.extract.blocks import Para
from quizzer.extract.knowledge import IMPERATIVES, PROGRAMS, is_label, is_label_phrase, topic_words
from quizzer.extract.model import Kind
from quizzer.extract.terms import strip_markers
from quizzer.extract.walk import Walk
from quizzer.text import HANGUL

__all__ = ["read", "read_paragraph"]

_NAME = lazyre.pattern(r"[A-Za-z][\w.+-]*(?: [A-Za-z][\w.+-]*){0,2}")
# what a section is about doing, not a thing it names
_TOPIC = lazyre.pattern(rf"\b(?:{topic_words()})\b", re.IGNORECASE)
_HANGUL = lazyre.pattern(f"[{HANGUL}]")
_LIST_LINE = lazyre.pattern(r"^\s*(?:[-*+]|\d+[.)])\s")
_LEADING_LABEL = lazyre.pattern(r"^(?:note|nb|tip|important)\s*[:!-]\s*", re.IGNORECASE)


def _alone(walk: Walk, block: Para) -> bool:
    """The item is the only one of its list, with nothing nested under it."""
    after = block.line + block.inline.raw.strip().count("\n")  # 0-based index of the line after the item
    following = next((text for text in walk.source[after : after + 4] if text.strip()), "")
    return not _LIST_LINE.match(following)


@needs(Fact.TOP, Fact.BULLET, Fact.NO_QUOTE, Fact.FIRST, Fact.ONE_LINE, Fact.NO_CODE, Fact.NO_STRONG)
def read(walk: Walk, block: Para) -> bool:
    """The concept of a term heading and its one bullet; False when not that style."""
    if not (walk.prose_heading and walk.prose and walk.heading_block == walk.block - 1):
        return False
    heading = walk.prose.strip()
    if (
        len(block.lists) != 1 or block.lists[-1].ordered or block.quote or not block.first
        or not _NAME.fullmatch(heading) or _TOPIC.search(heading) or is_label(heading) or is_label_phrase(heading)
        or heading.lower() in PROGRAMS
    ):
        return False
    text = _LEADING_LABEL.sub("", strip_markers(block.text).strip())
    words = text.split()
    if (
        not 2 <= len(words) <= 15 or _HANGUL.search(text) or ":" in text or "：" in text  # "- **ls**: list files": a term of its own
        or any(span.kind != "text" for span in block.inline.spans) or not block.inline.one_line
        or words[0] in PROGRAMS | {walk.program, walk.fenced_program} or is_label(text)  # "- git stash pop": a command
        or not words[0][:1].isalpha()  # "- [] holds a set of characters": a sign and its meaning
        or words[0].lower() in IMPERATIVES  # "- find the items that …": a task the block below does
        or not _alone(walk, block)
    ):
        return False
    walk.add(Kind.CONCEPT, term=heading, front=heading, back=text, command=None, line=block.line,
             reason="heading naming a term, its one bullet")
    walk.prose = None
    walk.prose_heading = False
    return True


# "Defines a pattern which …", "Specifies the …", "Runs before …": a paragraph opening with what the term does
# "Runs before the commit …", "Fires after a merge": what it does, and when; "Pass a URL …", "Focus the …",
# "This …" end in an s but are no verb of the third person
_DOES = lazyre.pattern(
    r"^(?P<sentence>[A-Z][a-z]+s(?<!ss)(?<!us)(?<!is)\s+(?:an?|the|one|each|all|any|before|after|when|whenever|once)\s+"
    r"[^.!?]*\w)[.!]?(?:\s|$)"
)


@needs(Fact.UNLISTED, Fact.NO_QUOTE)
def read_paragraph(walk: Walk, block: Para) -> bool:
    """``## regular expression`` then ``Defines a pattern which …``: the term and what it does."""
    if block.lists or block.quote or not (walk.prose_heading and walk.prose and walk.heading_block == walk.block - 1):
        return False
    heading = walk.prose.strip()
    if (
        not _NAME.fullmatch(heading) or _TOPIC.search(heading) or is_label(heading) or is_label_phrase(heading)
        or heading.lower() in PROGRAMS or heading.split()[0].lower() in PROGRAMS | {walk.program, walk.fenced_program}
    ):
        return False
    match = _DOES.match(block.inline.raw.strip().replace("\n", " "))
    program = _runs_below(walk, heading) if match is not None else None
    if program is not None:
        # "## create" / "Creates a resource" over "oc create -f x.yaml": the sub-command, read with its line;
        # the options listed in the section are that sub-command's
        walk.set_command(f"{program} {heading}")
        return False
    if match is None or _HANGUL.search(match.group("sentence")) or len(match.group("sentence").split()) > 25:
        return False
    walk.add(Kind.CONCEPT, term=heading, front=heading, back=match.group("sentence"), command=None, line=block.line,
             reason="heading naming a term, a paragraph saying what it does")
    walk.prose = None
    walk.prose_heading = False
    return True


def _runs_below(walk: Walk, heading: str) -> str | None:
    """The program of the code block right below when it runs ``<program> <heading> …``: the heading
    names its sub-command; else None."""
    if walk.next_code_line is None:
        return None
    words = (walk.written(walk.next_code_line + 1) or "").split()
    if words[:1] == ["$"]:
        words = words[1:]
    if words[:1] == ["sudo"]:
        words = words[1:]
    return words[0] if len(words) > 1 and words[1] == heading else None
