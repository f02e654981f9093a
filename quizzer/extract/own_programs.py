"""Which programs a line in the notes may be read as running: those quizzer knows, and the notes' own (pure).

A reader that takes a lone code span or item as a command line asks first whether its program is one it may
read: :func:`knows` (a program quizzer knows, knowledge.PROGRAMS, or the one the notes are about, ``Walk.program``:
:mod:`item_glosses`, :mod:`title_items`) or, looser, :func:`owns` (those, or one the notes' title names: the front
matter's title, else the first level-1 heading, ``Walk.notes_title``: tldr's ``# fastboot``, ``# backup-tool 사용법``: :mod:`span_glosses`,
:mod:`label_lines`).  :func:`runs` asks it of a whole line: a line passing a flag runs whatever its program
(:mod:`command_by`, :mod:`example_pairs`).
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.knowledge import PROGRAMS
from quizzer.extract.walk import Walk
from quizzer.shell import Invocation

__all__ = ["knows", "names", "owns", "runs"]

_TITLE_WORD = lazyre.pattern(r"[a-z][\w.+-]*")


def knows(walk: Walk, program: str) -> bool:
    """Is ``program`` one quizzer knows, or the one the notes are about?"""
    return program in PROGRAMS or program == walk.program


def runs(walk: Walk, invocation: Invocation) -> bool:
    """Is ``invocation`` surely a line to run: it passes a flag, or its program is one :func:`knows`
    (``backup.sh`` alone is a name, not surely a line)?"""
    return bool(invocation.flags) or knows(walk, invocation.command.split()[0])


def owns(walk: Walk, program: str) -> bool:
    """Is ``program`` one quizzer knows, the one the notes are about, or one their title names?"""
    if knows(walk, program):
        return True
    title = walk.notes_title()
    return title is not None and names(title, program)


def names(text: str, program: str) -> bool:
    """Is ``program`` one of the words of ``text``, a title or a heading (``# fastboot``, ``# backup-tool 사용법``)?"""
    return program in _TITLE_WORD.findall(text)
