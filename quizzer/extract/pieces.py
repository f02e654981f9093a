"""Cutting a prepared document where markdown parses the same apart as together (pure).

markdown-it keeps every token of a document alive until the parse ends: about
190 MB for a 100k-card notes file.  Parsed a piece at a time, only one piece's
tokens are alive at once, and the blocks are the same.  That holds only where
nothing open carries over, so a piece may start only at a top-level ATX heading
(``#`` in the first column) after a blank line: a paragraph, list, quote,
table, indented code or an HTML block that ends at a blank line has ended
there.  What could still be open is ruled out conservatively:

- a fenced code block: top-level fences are followed; a fence line indented
  one to three spaces (maybe a list item's, maybe not) stops the cutting;
- an HTML block that runs past blank lines (``<!--``, ``<pre>`` …): a line
  starting with ``<`` stops the cutting;
- link reference definitions (``[id]: url``) count for the whole document: a
  document with ``]:`` anywhere is not cut at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizzer import lazyre

__all__ = ["PIECE_LINES", "pieces"]

#: Lines a piece has at least (all of a document that cannot be cut further).  A re-import with one
#: line edited reads its piece again (``quizzer.extract.incremental``): 500 lines of the 100k-card
#: file are about 0.05 s of CPU, where 2,000 were 0.2 s; more pieces cost the first import no more
#: (benchmarks/HISTORY.md, s-speed9).
PIECE_LINES = 500

# the lines that matter for cutting: a heading, a fence line, an HTML start; searched in "\n" + text, where a
# match starts at the line break before the line, at the line's own place in the text (a pattern that starts with
# a line break skips to each one, where "^" with MULTILINE tries every character: a third of the time)
_LINE_OF_NOTE = lazyre.pattern(r"\n(?: {0,3}(?:`{3,}|~{3,}|<)|#{1,6}(?:[ \t]|$))", re.MULTILINE)
_FENCE = lazyre.pattern(r"( {0,3})(`{3,}|~{3,})(.*)")
_HEADING = lazyre.pattern(r" {0,3}#{1,6}(?:[ \t]|$)")


def _line_above(text: str, at: int) -> str:
    """The last line before offset ``at`` (the start of a line) that is not blank; "" when there is none."""
    end = at
    while end > 0 and text[end - 1] in " \t\n\r":
        end -= 1
    return text[text.rfind("\n", 0, end) + 1 : end]


def pieces(text: str, lines: int = PIECE_LINES) -> Iterator[tuple[int, str]]:
    """``(lines before it, piece)`` for each piece of ``text``, in order; the
    pieces joined are ``text``."""
    start = start_line = 0
    counted_to = counted = 0  # lines before position counted_to
    fence: tuple[str, int] | None = None  # the open top-level fence: its character and length
    matches = _LINE_OF_NOTE.finditer("\n" + text) if "]:" not in text and text.count("\n") >= 2 * lines else ()
    for match in matches:
        at = match.start()
        end = text.find("\n", at)
        line = text[at : end if end >= 0 else len(text)]
        fenced = _FENCE.fullmatch(line)
        if fence is not None:
            if fenced and fenced.group(2)[0] == fence[0] and len(fenced.group(2)) >= fence[1] and not fenced.group(3).strip(" \t"):
                fence = None
            continue
        if fenced and not (fenced.group(2)[0] == "`" and "`" in fenced.group(3)):
            if fenced.group(1):
                break  # indented: cannot tell a list item's fence from the document's without parsing
            fence = (fenced.group(2)[0], len(fenced.group(2)))
            continue
        if not line.startswith("#"):
            break  # an HTML block may start here and run past blank lines
        if at == 0 or text[text.rfind("\n", 0, at - 1) + 1 : at - 1].strip(" \t"):
            continue  # a heading right under a line: cut only after a blank line
        if _HEADING.match(_line_above(text, at)):
            continue  # a heading right under another (blank lines between): a run of bare headings stays whole
        counted += text.count("\n", counted_to, at)
        counted_to = at
        if counted - start_line >= lines:
            yield start_line, text[start:at]
            start, start_line = at, counted
    yield start_line, text[start:]
