"""A command quizzer prints for a person to copy into a shell (pure).

Every printed command is made here, so each word reads back as the shell reads it:
a path with a space, Korean letters or a quote stays one word (``shlex.quote``).
A placeholder the person fills in (``FILE``) is written as it is.  The sentence
around it names the command bare (no quotes of its own: a quoted path inside
``'quizzer import 'a b.md''`` would read wrong), and a terminal shows it on a
line of its own (:func:`quizzer.text.wrap_around`).
"""

from __future__ import annotations

import shlex
from os import PathLike

__all__ = ["Blank", "shell_command"]


class Blank(str):
    """A word of a command the person replaces (``FILE``, ``파일``): written unquoted."""

    __slots__ = ()


def shell_command(*words: str | PathLike[str], into: str | PathLike[str] | None = None) -> str:
    """``words`` as one line a POSIX shell splits back into exactly those words (each :class:`Blank`
    as written), its output sent ``into`` that file when one is given."""
    line = " ".join(word if isinstance(word, Blank) else shlex.quote(str(word)) for word in words)
    return line if into is None else f"{line} > {shlex.quote(str(into))}"
