"""A term, then its definition quoted under it (pure).

    [CTEs](https://example.com/cte) are:

    > Named result sets that one query can refer to

The sentence names the term and ends in ``is:`` / ``are:`` / ``means:`` (or says a source defines it so: "…에서는
supervisor를 이렇게 정의하고 있다.", "The manual defines a daemon as follows:"); the quote right after it is what the
term is: a concept note, its first sentence the definition.  Only a paragraph of that one short line is read so,
and only when the very next block is a quote.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.knowledge import is_label
from quizzer.extract.model import Kind
from quizzer.extract.sentences import sentence_ends
from quizzer.extract.walk import Walk
from quizzer.text import clean

__all__ = ["lead", "read"]

_LEAD = lazyre.pattern(r"(?P<term>[^\s:：][^:：\n]{0,40}?)\s+(?:is|are|means)\s*[:：]")
# "X 문서에서는 supervisor를 이렇게 정의하고 있다.", "The manual defines a daemon as follows:": a source's definition of
# the term, quoted under the sentence
_DEFINES = lazyre.pattern(
    r"(?:^|\s)(?P<term>[^\s:：]{1,40}?)(?:을|를)\s*(?:이렇게|다음과\s*같이|아래와\s*같이)\s*정의(?:하고\s*있다|한다|했다|합니다|하고\s*있습니다)\s*[.:：]?"
    r"|\bdefines\s+(?P<english>[^\s:：][^:：\n]{0,40}?)\s+(?:like\s+this|as\s+follows|thus)\s*[.:：]",
    re.IGNORECASE,
)
_REASON = "term, then its definition quoted under it"


def lead(walk: Walk, block: Para) -> None:
    """``[CTEs](…) are:`` alone in its paragraph: remember the term for a quote right below (the paragraph is
    read on by the other rules: over a code block it is what the block does)."""
    if block.lists or block.quote or not block.inline.one_line:
        return
    text = block.text.strip()
    match, defines = _said(text)
    if defines is not None and defines.end() < len(text.rstrip()):
        defines = None  # the sentence goes on after it: not a pointer at the quote
    if match is None and defines is None:
        return
    found = match or defines
    assert found is not None
    term = clean(found.group("term") or found.group("english") if defines else found.group("term"))
    if defines is not None and defines.group("english"):
        term = re.sub(r"^(?:a|an|the)\s+", "", term, flags=re.IGNORECASE)  # "defines a daemon as follows:"
    if not is_label(term) and term.casefold() not in ("it", "this", "that", "the result", "the output"):
        walk.quoted_term = (walk.block, term)


def _said(text: str) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """``X is:``, the whole line; else a source's definition in it ("… 정의하고 있다.", "defines X as follows:")."""
    # (each pattern needs what a test of a character or two finds first, where the patterns try every place:
    # _LEAD ends in a colon, _DEFINES holds "정의" or "defines", whose "def" no other letter matches in any case)
    match = _LEAD.fullmatch(text) if text.endswith((":", "：")) else None
    defines = _DEFINES.search(text) if match is None and ("정의" in text or "def" in text.casefold()) else None
    return match, defines


def read(walk: Walk, block: Para) -> bool:
    """The quote right under ``X is:``: X and its definition; False if the block is not that quote."""
    term, walk.quoted_term = walk.quoted_term, None
    if term is None or not block.quote or block.lists or term[0] != walk.block - 1:
        return False
    text = clean(block.text).strip("“”\"'「」")  # "> “… 프로그램”": the source's words, quoted as such
    ends = sentence_ends(text, full_stops_only=True)
    definition = text[: ends[0].start()] if ends else text
    if not definition:
        return False
    walk.add(Kind.CONCEPT, term=term[1], front=term[1], back=definition, command=None, line=block.line, reason=_REASON)
    return True
