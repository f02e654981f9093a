"""An item naming one of the commands its heading lists (pure).

    ## 기본 명령어
    ### copy, move
    - 파일 복사
    - move : 파일 이동

A heading that is nothing but two names or more, lowercase words split by commas, in notes about
commands (a heading above says 명령어 or commands, or one of the names is a known program), lists
the commands its section explains: an item ``name : what it does`` naming one of them is a command
note of that name, not a term defined.

A heading that says its section is the commands themselves (``## 포함된 명령어들``, ``## Commands``,
``## Included commands``), naming no program, lists them in its items instead::

    ## 포함된 명령어들
    - sponge: soak up standard input and write to a file
    - ts: timestamp standard input

(a package's programs, each a one-word name): ``name : what it does`` is a command note of that name.
Only in notes about no one program (in notes about git or brew, ``- add: …`` under "## 기본 명령어" is the
program's sub-command), and only of a lower-case word alone, no option and no key.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.knowledge import COMMAND_NOUN_KO, PROGRAMS
from quizzer.extract.walk import Walk
from quizzer.shell import Invocation
from quizzer.text import strip_numbering

__all__ = ["read"]

_NAMES = lazyre.pattern(r"[a-z][\w-]*(?:\s*,\s*[a-z][\w-]*)+")
_COMMANDS = lazyre.pattern(rf"{COMMAND_NOUN_KO}|commands?\b", re.IGNORECASE)
_REASON = "item naming one of the commands its heading lists"
_OWN_REASON = "item under a heading of commands, naming one"
# a word naming a program: lower case, digits and inner dashes, dots or underscores (never a flag or a path)
_PROGRAM_WORD = lazyre.pattern(r"[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*")
# "포함된 명령어들", "Commands", "Included commands", "명령어 목록": a heading saying its items are commands
_COMMANDS_HEADING = lazyre.pattern(
    rf"(?:(?:포함된|주요|기타)\s*)?{COMMAND_NOUN_KO}(?:들|\s*목록)?|(?:(?:included|available|other)\s+)?commands",
    re.IGNORECASE,
)


def read(walk: Walk, term: str, description: str, line: int) -> bool:
    """The command note of ``term : description`` when the heading lists ``term`` or says its items are
    commands; False when not that."""
    if not walk.sections:
        return False
    heading = strip_numbering(walk.sections[-1].text).strip()
    if _COMMANDS_HEADING.fullmatch(heading):
        return _own_item(walk, term, description, line)
    if not _NAMES.fullmatch(heading):
        return False
    names = [name.strip() for name in heading.split(",")]
    if term not in names:
        return False
    if not (any(_COMMANDS.search(section.text) for section in walk.sections[:-1]) or set(names) & PROGRAMS):
        return False
    walk.add_command(Invocation(term, (), term), description, line, reason=_REASON)
    return True


def _own_item(walk: Walk, term: str, description: str, line: int) -> bool:
    """``- ts: timestamp standard input`` under ``## 포함된 명령어들``: the command ``ts``."""
    if not _PROGRAM_WORD.fullmatch(term) or walk.program is not None or not description.strip():
        return False  # "## Commands" / "- install: …" in notes about brew: brew's sub-command, not a program
    if walk.key_program() is not None:
        return False  # "## 명령어" over "- dd: 줄 삭제" in notes about vim: keys of the editor, never programs
    walk.add_command(Invocation(term, (), term), description, line, reason=_OWN_REASON)
    return True
