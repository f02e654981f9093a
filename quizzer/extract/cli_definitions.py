"""```xxd` is a command-line utility that creates a hex dump …``: a name in code defined as a command-line program
by what it does (pure).

"`less` is a pager." says what a word is, a concept (``rules._term``); a sentence that calls the name a
command-line utility, tool or program and goes on with "that" or "which" and a verb says what running it does: a
command note whose back is that clause, up to its sentence's end.  When the notes open with such a sentence (no heading, no note before it)
and name no program of their own, the name is the program they are about: an option table further down, with no
title naming the program, lists its options.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.terms import Term
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.shell import parse_invocation

__all__ = ["REASON", "read"]

REASON = "sentence: the command … does"  # as "The `xxd` command is a utility that …" (narrative)

# "a command-line utility that creates …", "a CLI tool which lists …", "a small terminal program that …"
_CLI_PROGRAM = lazyre.pattern(
    r"^an?\s+(?:[\w-]+\s+){0,2}?(?:command[- ]line|CLI|terminal|shell)\s+(?:utility|tool|program|application|app)"
    r"\s+(?:that|which)\s+(?P<does>[a-z]\w*s\b.*)$",
    re.IGNORECASE,
)
# where the clause's sentence ends and another begins ("… before upload. I use it nightly.")
_NEXT_SENTENCE = lazyre.pattern(r"(?<=[a-z0-9)\"'`])[.!?](?=\s+[A-Z])")


def read(walk: Walk, term: Term, rest: str, line: int) -> bool:
    """``term`` (in code) "is" ``rest``: a command note when ``rest`` calls it a command-line program that does
    something; False for any other definition."""
    match = _CLI_PROGRAM.match(rest)
    if term.style != "code" or match is None:
        return False
    invocation = parse_invocation(term.term)
    if invocation is None or invocation.line != invocation.command or " " in invocation.command:
        return False  # "`git log` is a …": a line, not a program's name
    if walk.program is None and not walk.sections and not walk.notes:
        walk.tool = invocation.command  # the notes open by saying what their program does
    does = match.group("does")
    if (end := _NEXT_SENTENCE.search(does)) is not None:  # the sentences after it say something else
        walk.warn(line, _("line {line}: '{text}' says something of another thing than what '{command}' does; not read")
                  .format(line=line, text=does[end.end():].strip(), command=invocation.command))
        does = does[: end.end()]
    walk.add_command(invocation, does, line, reason=REASON)
    return True
