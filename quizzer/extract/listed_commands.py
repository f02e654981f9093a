"""An item naming one of the commands its heading lists (pure).

    ## 기본 명령어
    ### copy, move
    - 파일 복사
    - move : 파일 이동

A heading that is nothing but two names or more, lowercase words split by commas, in notes about
commands (a heading above says 명령어 or commands, or one of the names is a known program), lists
the commands its section explains: an item ``name : what it does`` naming one of them is a command
note of that name, not a term defined.
"""

from __future__ import annotations

import re

from quizzer.extract.knowledge import PROGRAMS
from quizzer.extract.walk import Walk
from quizzer.shell import Invocation
from quizzer.text import strip_numbering

__all__ = ["read"]

_NAMES = re.compile(r"[a-z][\w-]*(?:\s*,\s*[a-z][\w-]*)+")
_COMMANDS = re.compile(r"명령어|명령|commands?\b", re.IGNORECASE)
_REASON = "item naming one of the commands its heading lists"


def read(walk: Walk, term: str, description: str, line: int) -> bool:
    """The command note of ``term : description`` when the heading lists ``term``; False when not that."""
    if not walk.sections:
        return False
    heading = strip_numbering(walk.sections[-1].text).strip()
    if not _NAMES.fullmatch(heading):
        return False
    names = [name.strip() for name in heading.split(",")]
    if term not in names:
        return False
    if not (any(_COMMANDS.search(section.text) for section in walk.sections[:-1]) or set(names) & PROGRAMS):
        return False
    walk.add_command(Invocation(term, (), term), description, line, reason=_REASON)
    return True
