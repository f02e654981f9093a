"""Values of a placeholder listed under a bullet that names it alone (pure).

::

    - `<mode>`
      - r: 읽기만
      - rw: 읽기와 쓰기

A bullet that is one placeholder in a code span and nothing else (``<mode>``, ``[권한]``, ``MODE``) heads a list of
the values the placeholder takes, each ``value: meaning``: a concept note apiece of the program the section is
about, with the placeholder as its context (``r`` → "읽기만", for ``<mode>``).  Without a program named for the
section the values are of nothing sure: a warning, no card.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.model import Kind
from quizzer.extract.terms import Term
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.shell import is_placeholder
from quizzer.text import clean

__all__ = ["REASON", "read"]

REASON = "value of a placeholder, under a bullet naming the placeholder alone"

_ITEM = lazyre.pattern(r"^(?P<indent>\s*)[-*+]\s+(?P<text>.*?)\s*$")
_LONE_SPAN = lazyre.pattern(r"`(?P<name>[^`\s][^`]*)`")
_VALUE = lazyre.pattern(r"[A-Za-z0-9]{1,4}")  # "F", "RX", "rw", "644": a code, not a word of prose
_LOOK_BACK = 40  # lines: a list of values is short


def read(walk: Walk, term: Term, line: int, depth: int) -> bool:
    """``F: 모든 권한`` nested under ``- `[권한]` ``: a concept note of the section's program; False otherwise."""
    if depth < 2 or term.style != "plain" or not _VALUE.fullmatch(term.term):
        return False
    name = _parent_placeholder(walk, line)
    if name is None:
        return False
    program = walk.command(depth)
    if program is None:
        walk.warn(line, _(
            "line {line}: '{value}' is a value of {placeholder}, but the notes name no program it is of; no card made"
        ).format(line=line, value=term.term, placeholder=name))
        return True
    walk.add(Kind.CONCEPT, term=term.term, front=term.term, back=term.description, command=program, line=line,
             answers=(clean(term.term),), context=name, reason=REASON)
    return True


def _parent_placeholder(walk: Walk, line: int) -> str | None:
    """The placeholder the item at ``line`` is nested under, when its parent bullet is that code span alone."""
    mine = _ITEM.match(walk.written(line) or "")
    if mine is None:
        return None
    for n in range(line - 1, max(0, line - _LOOK_BACK), -1):
        text = walk.written(n) or ""
        if not text.strip():
            continue
        item = _ITEM.match(text)
        if item is None or len(item.group("indent")) >= len(mine.group("indent")):
            if item is None and len(text) - len(text.lstrip()) < len(mine.group("indent")):
                return None  # a line of prose further out: no parent bullet
            continue
        span = _LONE_SPAN.fullmatch(item.group("text"))
        return span.group("name") if span is not None and is_placeholder(span.group("name")) else None
    return None
