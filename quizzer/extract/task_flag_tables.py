"""A summary table of options: a task's name, the option doing it, and why one would use it (pure).

    | Task             | Flag              | Why use it?                          |
    | ---------------- | ----------------- | ------------------------------------ |
    | **Keep going**   | `-k`              | Useful when one target fails.        |
    | **Run in parallel** | `-j [jobs]`    | Speeds up big builds.                |

Notes close a page of examples with such a table: three columns, the middle one headed as the options (``Flag``,
``Option``, ``옵션``) with an option in every row (its value maybe after it, a placeholder or a word: ``-j [jobs]``,
``-outform DER``), the first naming what the option does in a few words, the last saying when or why to use it.
Each row is an option note: its back the task's name, then the why.

Whose options they are the table does not say when the notes are about a program with sub-commands (``openssl
s_client``, ``openssl x509``).  They are the command that the notes' lines passing the option run: each command
line made a note of so far, with every stage of its pipe, is asked; when exactly one command passes the option, the
option is that command's; when none or several do, whose it is is not sure, and the row makes no card (warned).
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.blocks import Table
from quizzer.extract.model import Kind
from quizzer.extract.terms import strip_markers
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.shell import parse_invocation, passed_flags
from quizzer.text import clean

__all__ = ["REASON", "read"]

REASON = "row of a table of tasks, their options and why to use them"

_OPTION_HEADER = lazyre.pattern(r"(?i:\b(?:options?|flags?|switch(?:es)?)\b)|옵션|플래그")
# "-servername [domain]", "-outform DER", "--jobs=<n>", "-k": an option, maybe its value
_OPTION = lazyre.pattern(r"(?P<flag>--?[A-Za-z][\w-]*)(?:[ =](?:<[^<>]+>|\[[^\[\]]+\]|\{[^{}]+\}|[\w.:/-]+))?")
_TASK = lazyre.pattern(r"[A-Za-z가-힣][\w'’ -]{0,40}")  # "Specify Domain", "출력 형식": a few words, no option


def _commands_passing(walk: Walk, flag: str) -> set[str]:
    """The commands of every stage of the notes' command lines so far that pass ``flag``."""
    found: set[str] = set()
    for note in walk.notes.values():
        if note.kind not in (Kind.COMMAND, Kind.FLAG) or not note.command:
            continue
        invocation = parse_invocation(note.context or note.front)
        if invocation is None:
            continue
        for stage in (invocation, *(parse_invocation(piped) for piped in invocation.piped)):
            if stage is not None and flag in passed_flags(stage):
                found.add(stage.command)
    return found


def read(walk: Walk, block: Table) -> bool:
    """Each row of a ``| Task | Flag | Why |`` table an option note (or a warning); False when the table is not one."""
    if len(block.header) != 3 or not _OPTION_HEADER.search(strip_markers(block.header[1])):
        return False
    rows = [(line, cells) for line, cells in block.rows if len(cells) == 3]
    if not rows or len(rows) != len(block.rows):
        return False
    read_rows = []
    for line, cells in rows:
        task, option, why = (clean(strip_markers(cell.plain)) for cell in cells)
        written = _OPTION.fullmatch(option)
        if written is None or not why or not _TASK.fullmatch(task) or task.startswith("-"):
            return False
        read_rows.append((line, task, written, why))
    for line, task, written, why in read_rows:
        flag = written.group("flag")
        commands = _commands_passing(walk, flag)
        if len(commands) != 1:
            walk.warn(line, _(
                "line {line}: the table does not say whose option {option} is, and {count} commands of the notes' "
                "lines pass it; no card made from it"
            ).format(line=line, option=flag, count=len(commands)))
            continue
        walk.add_option(
            [flag], f"{task}\n{why}", commands.pop(), line, reason=REASON,
            written=written.group(0) if written.group(0) != flag else None,
        )
    return True

