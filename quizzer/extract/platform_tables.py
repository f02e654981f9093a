"""A table of tasks and the command that does each on several systems, in notes about one of them.

    title: "맥에서 쓰는 셸 명령"

    | 작업           | Windows cmd | macOS shell |
    |----------------|-------------|-------------|
    | 현재 시각 보기 | time /t     | date        |

The notes are about the system their title names (here the Mac): each row is one command note of that
system's column, the task its meaning (``date`` → "현재 시각 보기").  The other columns compare; they are no
facts of these notes.  A table reads so when its header has one column of tasks and two or more columns named
by a system (``Windows``, ``macOS 터미널``, ``Linux shell``); when the title names none of them, which column
the notes teach is not said, and the table is warned about, never made cards.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Table
from quizzer.extract.knowledge import COMMAND_NOUN_KO, COMMAND_WORDS_KO, MEANING_HEADER_WORDS, SYSTEM_FAMILIES, names_pattern
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.shell import looks_like_command, parse_invocation
from quizzer.text import clean

__all__ = ["read"]

_REASON = "table of tasks and each system's command, the column of the system the notes are about"
# each system: how a title or a column names it (a Latin name not inside a longer word: "search" is no "arch")
_SYSTEMS = {
    family: lazyre.pattern(rf"(?<![A-Za-z]){names_pattern(names)}(?![A-Za-z])", re.IGNORECASE)
    for family, names in SYSTEM_FAMILIES.items()
}
# a column named by a system and what it runs in: "Windows 커맨드", "Mac OS 터미널", "Linux shell", "macOS"
_COLUMN = lazyre.pattern(
    rf"^(?P<system>[^|]*?)\s*(?:{COMMAND_NOUN_KO}|터미널|terminal|command|commands|cmd|shell|셸|쉘)?$", re.IGNORECASE
)
_TASK = lazyre.pattern(names_pattern(MEANING_HEADER_WORDS | COMMAND_WORDS_KO | {"작업", "task", "what"}), re.IGNORECASE)


def _system(text: str) -> str | None:
    named = [name for name, pattern in _SYSTEMS.items() if pattern.search(text)]
    return named[0] if len(named) == 1 else None


def read(walk: Walk, block: Table) -> bool:
    """Notes of the column of the system the notes are about; False (nothing done) when not such a table."""
    header = [clean(h.replace("`", "")).strip("*_ ") for h in block.header]
    systems = {i: _system(_COLUMN.match(h).group("system")) for i, h in enumerate(header) if _COLUMN.match(h)}  # type: ignore[union-attr]
    columns = {i: name for i, name in systems.items() if name is not None}
    tasks = [i for i, h in enumerate(header) if i not in columns and _TASK.search(h)]
    if len(set(columns.values())) < 2 or len(columns) != len(set(columns.values())) or len(tasks) != 1:
        return False
    about = _system(walk.notes_title() or "")
    column = next((i for i, name in columns.items() if name == about), None)
    if column is None:
        walk.warn(block.line, _(
            "line {line}: a table of each system's commands, and the notes do not say which system they are about; "
            "no card made from it"
        ).format(line=block.line))
        return True
    task = tasks[0]
    for line, cells in block.rows:
        if max(task, column) >= len(cells):
            continue
        meaning, typed = clean(cells[task].plain), clean(cells[column].plain)
        invocation = parse_invocation(typed) if looks_like_command(typed) else None
        if invocation is None or not meaning:
            continue
        walk.add(Kind.COMMAND, term=f"{typed} ({meaning})", front=typed, back=meaning,
                 command=invocation.command.split()[0], line=line, answers=(typed,), reason=_REASON)
    return True
