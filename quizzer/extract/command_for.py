"""A gloss-first item naming the command for it: ``- 파일 소유권: `chown` 명령어`` (pure).

Notes that sum up which command does what sometimes write the task or topic first and, after the colon, the
command followed by the word for one ("명령어", "명령", "커맨드", "command"): the command → the words before the
colon.  Only a right side that is one program quizzer knows (or the notes' own) and that word, nothing else: a
command line with arguments there (``목록: `ls -la` 명령어``) says more than which program does it, and stays a doubt.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.knowledge import COMMAND_NOUN_KO, PROGRAMS, cmd_tool
from quizzer.extract.terms import Term
from quizzer.extract.walk import Walk
from quizzer.shell import parse_invocation
from quizzer.text import has_hangul

__all__ = ["REASON", "read"]

REASON = "what it is for, then the command for it (… : `x` 명령어)"

_COMMAND_WORD = lazyre.pattern(rf"^(?P<program>[\w.-]+)\s*(?:{COMMAND_NOUN_KO}|command)$", re.IGNORECASE)


def read(walk: Walk, term: Term, line: int) -> bool:
    """``파일 소유권: chown 명령어`` (``term``, its words before the colon Korean) → chown's note; False otherwise."""
    match = _COMMAND_WORD.match(term.description) if term.style == "plain" and has_hangul(term.term) else None
    if match is None:
        return False
    name = match.group("program")
    program = cmd_tool(name) or name  # "`ICACLS` 명령어": cmd's, any case
    invocation = parse_invocation(program) if program in PROGRAMS or program == walk.program else None
    if invocation is None:
        return False
    walk.add_command(invocation, term.term, line, reason=REASON)
    return True
