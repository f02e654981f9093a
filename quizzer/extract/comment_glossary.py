"""A run of ``# TERM : meaning`` comment lines inside a code block, over no line of its own (pure).

Notes that keep everything in one fence define their terms in comments::

    # ?(pat) : zero or one time
    # *(pat) : zero or more times
    # +(pat) : one or more times

Three such lines in a row, with a blank line (or the block's edge) above and under the run, gloss no
command line: they are a glossary, one concept each.  A comment right above a command line is that line's,
and one right under it (``git clean -nx`` / ``# n: dry run``) tells its letters, read elsewhere.  Only terms
written in code signs (``?(pat)``, ``\\d``) are read so: "# Purpose: …", "# 1단계: …" in a header or a list of
steps name fields and steps; a script (``#!``) is never read so.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.blocks import Code
from quizzer.extract.decide import Doubt, term_doubt
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.text import has_hangul

__all__ = ["read"]

# "# ?(패턴) : 0번 또는 1번", "# -rw : read and write": one word (up to 20 signs), " : " or ": ", then words
_ROW = lazyre.pattern(r"^\s*#\s*(?P<term>[^\s#:]{1,20})\s*:\s+(?P<meaning>\S.*?)\s*$")
_RUN = 3
# a sign no word is written with ("?(패턴)", "\\d", "-a", "*.log"): the term is code, not a header field's name
_CODE_SIGN = lazyre.pattern(r"[^\w\s]")


def _defines(term: str, meaning: str) -> bool:
    """A term and its meaning: no label or clause; a meaning of words ("0번 이상", "1번", "one or more") is one, one
    bare word or number ("admin", "8080") a value."""
    if term.startswith("-"):
        return False  # "# -l : long listing": an option, of a command line (flag_comments reads it), no term
    if not _CODE_SIGN.search(term):
        return False  # "Purpose", "용도", "1단계": a header field or a step's label, not a pattern or a sign
    if " " not in meaning and not has_hangul(meaning):
        return False  # "# host: db.local", "# user: admin": a setting's value, one word
    doubt = term_doubt(term, meaning)
    return doubt is None or doubt == Doubt.VALUE and any(sign.isalpha() for sign in meaning)


def read(walk: Walk, block: Code) -> None:
    """Add a concept for each row of every glossary run in ``block`` (it reads nothing else of the block)."""
    lines = list(block.lines)
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and _ROW.match(lines[end][1]):
            end += 1
        apart = (end == len(lines) or not lines[end][1].strip()) and (index == 0 or not lines[index - 1][1].strip())
        if end - index >= _RUN and apart:
            rows = [(n, _ROW.match(text)) for n, text in lines[index:end]]
            if all(m is not None and _defines(m.group("term"), m.group("meaning")) for _, m in rows):
                for n, m in rows:
                    assert m is not None
                    walk.add(Kind.CONCEPT, term=m.group("term"), front=m.group("term"), back=m.group("meaning"),
                             command=None, line=n, reason="`WORD: meaning` line in a code block")
        index = max(end, index + 1)
