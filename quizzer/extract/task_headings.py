"""``### 8. checkout : 처음 받아오기`` over a block whose line runs ``svn checkout …`` (pure).

A numbered heading that names a sub-command and says what it does, over a code block that does the task:
the block's line that runs that sub-command (``svn checkout …``, ``sudo svn add x``) is the command the
heading describes, wherever it sits in the block (the lines around it prepare or follow the task).  The
card is the sub-command with the heading's words, at the heading's line; the block's other command lines
are not described by the heading and are warned about, not guessed.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.knowledge import PROGRAMS
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.shell import AS_ROOT
from quizzer.text import clean

__all__ = ["read"]

_WORD = lazyre.pattern(r"[a-z][\w-]*")
_PROGRAM = lazyre.pattern(r"[a-z][\w.+-]*")
# a placeholder: "<name>", "[options]", "{a|b}", "FILE"
_USAGE = lazyre.pattern(r"[<\[{]|(?<![\w.-])[A-Z][A-Z_]{2,}(?![\w.-])")


def _runs(text: str, term: str) -> str | None:
    """The program of ``text`` when it runs ``program term …`` (``sudo`` before it allowed), else None."""
    words = text.split()
    if words and words[0] in AS_ROOT:
        words = words[1:]
    if len(words) >= 2 and words[1] == term and _PROGRAM.fullmatch(words[0]):
        return words[0]
    return None


def read(walk: Walk, lines: list[tuple[int, str]]) -> bool:
    """The heading ``term : meaning`` names one sub-command run in ``lines``: that line's note; else False."""
    pending = walk.heading_term
    if pending is None:
        return False
    term, meaning, heading_line = pending
    if not _WORD.fullmatch(term):
        return False
    known = PROGRAMS | {p for p in (walk.program, walk.fenced_program) if p}
    rows = [(n, text.strip()) for n, text in lines if text.strip() and not text.lstrip().startswith("#")]
    found = [(n, text, program) for n, text in rows if (program := _runs(text, term)) is not None]
    if len({program for _, _, program in found}) != 1 or found[0][2] not in known:
        return False
    n, text, program = found[0]
    if _USAGE.search(text):
        return False  # "docker exec <CONTAINER_ID>": the sub-command's usage line, read as its syntax
    walk.heading_term = None
    command = f"{program} {term}"
    walk.set_command(command)
    plain = text.split(maxsplit=1)[1] if text.split()[0] in AS_ROOT else text
    walk.add(
        Kind.COMMAND, term=command, front=command, back=meaning, command=command, line=heading_line,
        answers=tuple(dict.fromkeys((command, clean(text), clean(plain)))),
        reason="numbered heading `sub-command : what it does` over the block that runs it",
    )
    for other, _text in rows:
        if other != n:
            walk.warn(other, _(
                "line {line}: a line of the block under a heading that describes another line of it; skipped"
            ).format(line=other))
    return True
