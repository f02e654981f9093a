"""A code block listing sub-commands, each with its options indented under it (pure).

    ```
    pkg search    find packages by name
      -q ........ print names only
      --json .... print JSON

    pkg install
      -y <n> .... answer yes n times
    ```

Personal cheat sheets copy the shape of a program's help: each command flush left (with what it does
after a run of spaces, or alone), then its options indented under it, each padded to its meaning with
spaces or a dot leader (``-p <pid> ..... show stats``); a meaning may wrap onto deeper lines.  Each
option is an option of the command above it, each glossed command a command note.  Every line must be
one of these (blank lines aside), and the commands must share their program, so a block of anything
else is left to the other readers.  A list of values written under an option (``fp : use frame
pointers``) is not part of its meaning: each value is a note of its own, the option with that value
(``--call-graph fp``), and the option's meaning ends before them.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.blocks import Code
from quizzer.extract.knowledge import HELP_TEXT_FENCE_INFOS
from quizzer.extract.walk import Walk
from quizzer.shell import Invocation
from quizzer.text import clean

__all__ = ["read"]

_HEAD = lazyre.pattern(r"^(?P<command>[a-z][\w.+-]*(?: [a-z][\w-]*){0,2})(?:[ \t]{2,}(?P<gloss>\S.*))?$")
# "  -p <pid> ..... what", "  --details . what", "  -M intel ... what", "  -K     what"
_ROW = lazyre.pattern(
    r"^(?P<indent>[ \t]+)(?P<written>(?P<flag>--?[A-Za-z0-9][\w-]*)(?:[ =](?!\.)(?:<[^>]+>|[^\s.][^\s]*))?)"
    r"(?:[ \t]+\.+[ \t]+|[ \t]{2,})(?P<meaning>\S.*)$"
)
_VALUE = lazyre.pattern(r"^\s*(?P<value>[\w.-]+)\s*:\s+(?P<meaning>\S.*)$")  # "fp   : use frame-pointer": a value of the option above


def _depth(text: str) -> int:
    return len(text) - len(text.lstrip())


def read(walk: Walk, block: Code) -> bool:
    """The commands and options of such a block; False when the block is not that style."""
    if block.language not in HELP_TEXT_FENCE_INFOS:
        return False
    heads: list[tuple[int, str, str | None]] = []
    rows: list[tuple[int, str, str, str, list[str]]] = []  # line, command, flag, written, meaning parts
    values: list[tuple[int, str, str, list[str]]] = []  # line, command, "--flag value", meaning parts
    leaders = 0
    row_depth = -1
    in_values = False
    for n, text in block.lines:
        text = text.rstrip()
        if not text.strip():
            continue
        if not text[0].isspace():
            head = _HEAD.match(text)
            if head is None:
                return False
            heads.append((n, head.group("command"), head.group("gloss")))
            in_values = False
            row_depth = -1
            continue
        if not heads:
            return False
        row = _ROW.match(text)
        if row is not None and (row_depth < 0 or _depth(text) <= row_depth):
            leaders += "." in text[row.end("written") : row.start("meaning")]
            rows.append((n, heads[-1][1], row.group("flag"), row.group("written"), [row.group("meaning")]))
            row_depth, in_values = _depth(text), False
            continue
        if row_depth < 0 or _depth(text) <= row_depth:
            return False  # neither an option nor the rest of one
        value = _VALUE.match(text)
        if value is not None:
            values.append((n, rows[-1][1], f"{rows[-1][2]} {value.group('value')}", [value.group("meaning")]))
            in_values = True
        elif in_values:
            values[-1][3].append(text.strip())  # the value's meaning wraps
        else:
            rows[-1][4].append(text.strip())
    if not rows or not leaders and len(heads) < 2 or len({command.split()[0] for _, command, _ in heads}) != 1:
        return False
    for n, command, gloss in heads:
        if gloss:  # the block names the sub-command: the word after the program, as its options are filed
            walk.add_command(Invocation(command, (), command), gloss, n, reason="command of a block of commands and their options")
    for n, command, flag, written, meaning in rows:
        walk.add_option([flag], clean(" ".join(meaning)), command, n,
                        reason="option under its command in a block of commands and their options", written=written)
    for n, command, spelling, meaning in values:  # "--call-graph fp": the option with that value
        walk.add_option([spelling], clean(" ".join(meaning)), command, n,
                        reason="option under its command in a block of commands and their options")
    return True
