"""Programs a title lists ahead of what the notes do with them: ``dd, head - 더미파일 생성하기`` (pure).

A blog post about a task often opens its title with the programs it uses, commas between, then a dash or a
colon and the task (``tar, gzip - 백업 묶기``, ``lsof / fuser: who holds a file``).  Those names are the notes'
own programs, known for them as the program of a one-program title is, though quizzer may not know them.
Only names written as programs are (lower case, no spaces), and only before the separator.
"""

from __future__ import annotations

import re
from functools import lru_cache

from quizzer import lazyre

__all__ = ["title_programs"]

_LEAD = lazyre.pattern(r"^\s*(?P<names>[^:：–—]+?)(?:\s+[-–—]|\s*[:：])\s+\S")
_NAME = lazyre.pattern(r"[a-z][a-z0-9_.+-]*")


@lru_cache(maxsize=256)
def title_programs(title: str | None) -> frozenset[str]:
    """The programs ``title`` lists before its dash or colon, when it lists two or more; empty otherwise."""
    lead = _LEAD.match(title or "")
    if lead is None:
        return frozenset()
    names = [name.strip() for name in re.split(r"\s*[,/&]\s*", lead.group("names"))]
    if len(names) < 2 or not all(_NAME.fullmatch(name) for name in names):
        return frozenset()
    return frozenset(names)
