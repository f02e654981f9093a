"""A command's ``--help`` pasted under the item that asks for it (pure).

``- `tool sub -h` `` then, in a block under it, what the program printed: its name (``tool-sub``), then
a sentence saying what it does (``Installs a script as an executable …``), then usages and options.  The
sentence is what ``tool sub`` does: one command note (the line without the help flag → the sentence).
The rest of the help (usages, options as the author cut them) is warned, not guessed at.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.blocks import Code
from quizzer.extract.knowledge import HELP_FLAGS
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.shell import Invocation, looks_like_command, parse_invocation, tokenize

__all__ = ["REASON", "read"]

REASON = "first sentence of the --help pasted under its command"

_ASKING_ITEM = lazyre.pattern(r"^\s*(?:[-*+]|\d+[.)])\s+`(?P<line>[^`]+)`\s*$")
_SENTENCE = lazyre.pattern(r"^[A-Z][a-z]+(?:\s+\S+){2,}[.]?$")


def read(walk: Walk, block: Code) -> bool:
    """The command note of a help block under ``- `tool sub -h```; False when the block is not one."""
    above = walk.written(block.line - 1)
    asking = _ASKING_ITEM.match(above) if above else None
    if asking is None:
        return False
    tokens = tokenize(asking.group("line"))
    if not tokens or tokens[-1] not in HELP_FLAGS or any(t in HELP_FLAGS for t in tokens[:-1]):
        return False
    line = " ".join(tokens[:-1])
    invocation = parse_invocation(line) if looks_like_command(line) else None
    if invocation is None or invocation.flags:
        return False
    rows = [(n, text.strip()) for n, text in block.lines if text.strip()]
    if len(rows) < 2:
        return False
    name = rows[0][1]
    if name.casefold() not in ("-".join(line.split()).casefold(), line.casefold()):
        return False  # the help starts with the program's name ("tool-sub"): else it is not a help we know
    said_line, said = rows[1]
    if not _SENTENCE.match(said):
        return False
    walk.add_command(Invocation(invocation.command, (), line, invocation.piped), said.rstrip("."), said_line,
                     reason=REASON)
    if len(rows) > 2:
        walk.unless_read(rows[2][0], _(
            "line {line}: the rest of the help of '{command}' pasted here (usages, options as cut) is not read"
        ).format(line=rows[2][0], command=line))
    return True
