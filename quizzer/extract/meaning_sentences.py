"""A sentence that says what a term means in so many words (pure).

    > `drwx------` 뜻은 즉 주인만 읽고 쓰고 들어갈 수 있다는 것
    `~/.ssh`의 의미는 사용자별 SSH 설정 폴더

Notes explain a sign, a value or a word they just showed with ``X 뜻은 …`` / ``X의 의미는 …`` ("X's meaning is
…"): a careful reader makes one concept, X → what follows (``즉`` "that is" left off).  Only a paragraph of one
line whose subject is one word or a code span, not a word that points back (``이``, ``그``: "this", "that").
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.text import clean

__all__ = ["REASON", "read"]

REASON = "sentence saying what a term means (X 뜻은 …)"

_MEANS = lazyre.pattern(
    r"(?P<term>`[^`\n]{1,40}`|[^\s`]{1,40}?)\s*(?:의\s*)?(?:뜻|의미)(?:은|는)\s+(?:즉\s*,?\s*)?(?P<meaning>\S.*?)\s*[.。]?"
)
_POINTS_BACK = frozenset({"이", "그", "저", "이것", "그것", "저것", "이건", "그건", "이게", "그게", "위", "아래", "다음"})


def read(walk: Walk, block: Para) -> bool:
    """The concept of a one-line ``X 뜻은 …`` paragraph; False (nothing done) when not that shape."""
    raw = block.inline.raw
    if block.lists or ("뜻" not in raw and "의미" not in raw) or "\n" in raw.strip():
        return False  # asked of every paragraph no rule read: the words looked for first
    match = _MEANS.fullmatch(raw.strip())
    if match is None:
        return False
    term = match.group("term").strip("`").strip()
    meaning = clean(match.group("meaning"))
    if not term or term in _POINTS_BACK or len(meaning.split()) < 2:
        return False
    walk.add(Kind.CONCEPT, term=term, front=term, back=meaning, command=None, line=block.line, answers=(term,),
             reason=REASON)
    return True
