"""IPython's magic commands glossed in a list (pure).

Notes about IPython or Jupyter gloss the magics typed in a cell::

    - `%timeit f(10)` : 함수 한 번 실행에 걸리는 시간
    - `%%writefile hello.py` : 셀의 내용을 파일로 저장

A term that starts with ``%`` or ``%%`` and a name is a command typed in a cell (the notebook's, no
program of the shell), not a term to define: a command note whose answers are the line as written
and the magic's name alone.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk

__all__ = ["read"]

_MAGIC = lazyre.pattern(r"(%{1,2}[A-Za-z]\w*)(?:\s+\S.*)?")
_WORDY = lazyre.pattern(r"[^\W\d_]{2,}")


def read(walk: Walk, term: str, description: str, line: int) -> bool:
    """``%timeit f(10)`` → what it does; False when ``term`` is no magic."""
    magic = _MAGIC.fullmatch(term.strip())
    if magic is None or not _WORDY.search(description):
        return False
    walk.add(Kind.COMMAND, term=term, front=term, back=description, command=None, line=line,
             answers=tuple(dict.fromkeys((term.strip(), magic.group(1)))), reason="magic command typed in a cell, then what it does")
    return True
