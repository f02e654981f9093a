"""A program's ``--help`` pasted in a code block, listing its sub-commands under a ``… commands:`` label (pure).

Programs with sub-commands print, when run bare or with ``-help``, a usage line naming the program and a place
for the sub-command, then the sub-commands grouped under labels, each a name, a wide gap and what it does::

    Usage: mytool [-v] <command> [args]

    Main commands:
        build          Compiles the project
        clean          Removes what build wrote

    Other commands:
        self-update    Fetches the newest release

Each row is a command note of the sub-command (``mytool build`` → ``Compiles the project``), at the row's line; a
description wrapped onto the next line, indented to the column the descriptions start at, goes on the same card.
The usage line (``Usage:`` then the program, then ``<command>``, ``[command]``, ``COMMAND`` or ``<subcommand>``)
is the program's syntax.  Only rows under a label saying ``commands:`` are read; a row of another shape there (a
name with an alias, ``build, b``; a line starting in the description column with no row above it) is warned and
makes no card, as are the rows of the help's other labelled groups (``Options:``): which of them are what is not
said in this style.  A block with no such usage line, or no row under a ``commands:`` label, is not this style.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Code
from quizzer.extract.helpblock import USAGE
from quizzer.extract.knowledge import HELP_BLOCK_FENCE_INFOS
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.shell import Invocation
from quizzer.text import clean

__all__ = ["REASON", "read"]

REASON = "sub-command row of a program's help"

_USAGE = lazyre.pattern(r"^usage:\s+(?P<usage>\S.*?)\s*$", re.IGNORECASE)
# where the usage line takes the sub-command: "<command>", "[command]", "COMMAND", "<subcommand>"
_PLACE = lazyre.pattern(r"(?:^|\s)(?:<(?:sub-?)?command>|\[(?:sub-?)?command\]|(?:SUB-?)?COMMAND)(?=\s|$)", re.IGNORECASE)
# a group's label at the margin: "Commands:", "Common commands:", "All other commands:", "Management Commands:"
_COMMANDS_LABEL = lazyre.pattern(r"^(?:[A-Za-z][\w-]*\s+){0,3}(?:sub-?)?commands\s*:$", re.IGNORECASE)
_LABEL = lazyre.pattern(r"^[A-Za-z][\w -]{0,40}:$")  # any other group's label: "Options:", "Global flags:"
# a sub-command's row: the name (lower case, digits, dots and dashes: "force-unlock", "0.12upgrade"), two spaces or
# more, what it does
_ROW = lazyre.pattern(r"^(?P<indent>[ \t]+)(?P<name>[a-z0-9][a-z0-9._-]*)(?P<gap>[ \t]{2,})(?P<does>[A-Za-z(].*?)\s*$")
_PRINTED = HELP_BLOCK_FENCE_INFOS | {"output"}  # (what a run printed)


def read(walk: Walk, block: Code) -> bool:
    """Every sub-command row of a help block as a command note of the program; False when not that style."""
    if block.language not in _PRINTED:
        return False
    rows = [(n, text.rstrip()) for n, text in block.lines if text.strip()]
    if not rows:
        return False
    usage = _USAGE.match(rows[0][1].strip())
    if usage is None or USAGE.match(usage.group("usage")) is None or _PLACE.search(usage.group("usage")) is None:
        return False
    program = usage.group("usage").split()[0]
    found: list[tuple[int, str, list[str]]] = []  # (line, name, the description's lines)
    unread: list[int] = []
    column = 0  # where the open row's description starts
    in_commands: bool | None = None  # under a "… commands:" label (True), under another label (False), under none
    for n, text in rows[1:]:
        if text[:1] not in " \t":
            in_commands = True if _COMMANDS_LABEL.match(text) else False if _LABEL.match(text) else None
            column = 0
            continue
        if in_commands is None:
            continue  # the help's own prose, indented: not a fact
        row = _ROW.match(text)
        if not in_commands:
            if row is not None or text.lstrip()[:1] == "-":
                unread.append(n)
            continue
        if row is not None:
            found.append((n, row.group("name"), [row.group("does")]))
            column = len(row.group("indent")) + len(row.group("name")) + len(row.group("gap"))
            continue
        if column and len(text) - len(text.lstrip()) == column and found:
            found[-1][2].append(text.strip())  # the description above, wrapped
            continue
        unread.append(n)
        column = 0
    if not found:
        return False
    walk.syntax(usage.group("usage"), rows[0][0], reason="usage line in a code block")
    for line, name, does in found:
        command = f"{program} {name}"
        walk.add_command(Invocation(command, (), command), clean(" ".join(does)), line, reason=REASON)
    for line in unread:
        walk.warn(line, _(
            "line {line}: a line of the help that is no sub-command's row under a 'commands:' label; not read"
        ).format(line=line))
    return True
