"""Text of another format written into markdown so that markdown reads it as it was written (pure).

A man page's roff source (:mod:`quizzer.extract.roff`) and a program's help in its docstring
(:mod:`quizzer.extract.usage_docstrings`) are plain text: ``__init__``, ``*.txt or *.md`` and ``[these](files)`` mean
those characters.  Rewritten into markdown as they are, markdown reads them as its own marks (an
emphasis, a link, an HTML tag) and the card loses them.  :func:`literal` puts a backslash before each character
markdown would read as a mark there; markdown shows the character, the backslash gone.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.knowledge import HTML_ELEMENTS

__all__ = ["literal", "literal_line"]

# a mark wherever it stands: a backslash, a code span's backtick, emphasis ("*", an "_" not between two letters or
# digits: "pg_dump" keeps its own), the bracket opening a link or image ("[these](files)"; "[OPTIONS]" links
# nowhere), an HTML element's tag ("<b>", "</b>"; a placeholder, "<dir>", is read as written), an entity ("&amp;")
_INLINE_MARK = lazyre.pattern(
    r"[\\`*]|(?<![^\W_])_|_(?![^\W_])|\[(?=[^\]]*\][(\[])|&(?=#?\w+;)"
    rf"|<(?=/?(?:{'|'.join(sorted(HTML_ELEMENTS, key=lambda name: (-len(name), name)))})[\s/>])",
    re.IGNORECASE,
)
# a mark at a line's start: a heading, a quote, a list item ("- x", "+ x", "1. x"), a setext underline, a table row
_BLOCK_MARK = lazyre.pattern(r"^([ \t]*)(?:([#>+=|-])|(\d{1,9})([.)]))")


def literal(text: str, *, keep: str = "") -> str:
    """``text`` with a backslash before each character markdown would read as a mark inside a line, but those in
    ``keep``: marks the text's own format means as markdown does (rST's ``*emphasis*``)."""
    return _INLINE_MARK.sub(lambda mark: mark.group(0) if mark.group(0) in keep else "\\" + mark.group(0), text)


def literal_line(text: str) -> str:
    """``text``, a line of its own, escaped as :func:`literal` and at its start (``# 1``, ``- x``, ``1. x``)."""
    escaped = literal(text)
    block = _BLOCK_MARK.match(escaped)
    if block is None:
        return escaped
    if block.group(2) is not None:
        return f"{block.group(1)}\\{escaped[block.end(1):]}"
    return f"{block.group(1)}{block.group(3)}\\{escaped[block.end(3):]}"
