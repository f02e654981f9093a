"""The blocks of the simplest markdown, read without markdown-it (pure).

Most of a long notes file is often nothing but headings and bullets of the form
``- **command**: what it does``.  For a text made only of such lines, the blocks
(headings; one paragraph a list item, in its list) are read here line by line,
about ten times faster than markdown-it's parse, and are the blocks markdown-it's
tokens give (``tests/test_extract_simple.py`` compares both on the corpus and on
random documents of tricky lines).  Anything else (a paragraph running on over
lines, a nested or numbered list, code, a quote, a table, HTML, an escape, an
entity, emphasis other than one leading bold span, a tab, trailing spaces …)
makes :func:`simple_blocks` answer None, and the text is parsed by markdown-it.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.blocks import PLAIN, STRONG_TEXT, Block, Heading, Inline, Para, Span, list_level, strong_closes
from quizzer.text import clean

__all__ = ["simple_blocks"]

_HEADING = lazyre.pattern(rf"(#{{1,6}}) ((?:(?!#){PLAIN})*[^\s#\\`*_\[\]<>&~|])")
_ITEM = lazyre.pattern(rf"([-+*]) (?:\*\*({STRONG_TEXT})\*\*)?({PLAIN}*)")
_PARAGRAPH = lazyre.pattern(rf"{PLAIN}+")
# what may not start an item's text or a paragraph: another block's marker
_BLOCK_START = lazyre.pattern(r"[-+*#>=\s]|\d{1,9}[.)](?:\s|$)")


def simple_blocks(text: str, offset: int) -> list[Block] | None:
    """The blocks of ``text`` (its first line is line ``offset + 1``) when every line is blank, a
    heading, a one-line bullet item or a one-line paragraph standing alone; None otherwise."""
    blocks: list[Block] = []
    lines = text.split("\n")
    marker = ""  # the bullet of the open list, "" when none is open
    number = 0  # items so far in the open list
    previous = ""  # the line before, "" when blank
    for n, line in enumerate(lines):
        if not line:
            previous = ""
            continue
        first = line[0]
        if line[-1].isspace():
            return None  # markdown strips it, or makes a line break of it
        if first == "#":
            match = _HEADING.fullmatch(line)
            if match is None:
                return None
            marker = ""
            blocks.append(Heading(len(match.group(1)), clean(match.group(2)), offset + n + 1))
        elif first in "-+*" and line[1:2] == " ":
            match = _ITEM.fullmatch(line)
            if match is None:
                return None
            strong, rest = match.group(2), match.group(3)
            spans: tuple[Span, ...]
            if strong is None:
                if not rest or _BLOCK_START.match(rest):
                    return None
                spans, raw = (Span("text", rest),), rest
            else:
                if not strong_closes(strong, rest):
                    return None  # "**-a)**x": no bold, in CommonMark; a symbol before "**": Unicode's business
                spans = (Span("strong", strong), Span("text", rest)) if rest else (Span("strong", strong),)
                raw = strong + rest
            if first != marker:
                marker, number = first, 0
            number += 1
            blocks.append(Para(_one_line(spans, raw), offset + n + 1, (list_level(False, number),), True, False))
        else:
            if previous or _BLOCK_START.match(line) or _PARAGRAPH.fullmatch(line) is None or line[-1] == " ":
                return None  # a paragraph's second line, or under a bullet: it runs on
            following = lines[n + 1] if n + 1 < len(lines) else ""
            if following and not (following[0] == "#" or following[0] in "-+*" and following[1:2] == " "):
                return None  # "---" or "===" under it makes it a heading; a line under it runs it on
            marker = ""
            blocks.append(Para(_one_line((Span("text", line),), line), offset + n + 1, (), True, False))
        previous = line
    return blocks


def _one_line(spans: tuple[Span, ...], raw: str) -> Inline:
    """The inline content of one line of text and at most a bold span, with the facts readers ask of
    it already known (``Inline.raw``, ``has_code``, ``one_line``: worked out here for free, not again
    for each of 50k items of a long list)."""
    inline = Inline(spans)
    facts = inline.__dict__  # where Inline's worked-out facts are kept (blocks._once)
    facts["raw"], facts["has_code"], facts["one_line"] = raw, False, True
    return inline
