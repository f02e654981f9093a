"""A paragraph that is a man page's ``NAME`` line, quoted in notes: the program, a dash, what it does (pure).

Notes often open with the first line of the program's manual, copied as it reads::

    **top** -- display and update sorted information about processes

The dash (one, as GNU writes it, or two, as BSD does) is no option and the words after it no arguments: the line
is the program's name and what it does, not a command line to type.  Read so only when the name is a program the
notes know (or the one they are about) and what follows is words alone (three or more, no option, no path, no
sign of the shell), in English: a Korean gloss after a dash is read by the rules of term and description.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.blocks import Para
from quizzer.extract.knowledge import PROGRAMS
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.text import clean

__all__ = ["read"]

# "top -- display and update sorted information about processes": a name, a dash or two, words
_REASON = "a manual's NAME line quoted as a paragraph"
_NAME_LINE = lazyre.pattern(r"(?P<name>[a-z][\w.+-]*) +(?:--|-|–|—) +(?P<what>[A-Za-z][A-Za-z' ,()]*[A-Za-z)])\.?")


def read(walk: Walk, block: Para) -> bool:
    """A card for the program a one-line paragraph names before a dash, and what the words after it say it does;
    False when the paragraph is no such line."""
    if block.lists or block.quote or "\n" in block.inline.raw or not block.inline.spans:
        return False
    if block.inline.spans[0].kind not in ("strong", "code", "text"):
        return False
    match = _NAME_LINE.fullmatch(clean(block.text).strip())
    if match is None:
        return False
    name, what = match.group("name"), match.group("what")
    if name not in PROGRAMS and name != walk.tool or len(what.split()) < 3:
        return False
    walk.add(Kind.COMMAND, term=name, front=name, back=what, command=name, line=block.line, reason=_REASON)
    return True
