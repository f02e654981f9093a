"""A command quizzer prints for a person to copy into a shell (pure).

Every printed command is made here (a quizzer command by :func:`quizzer_command`, the one
maker of them), so each word reads back as the shell reads it: a path with a space, Korean
letters or a quote stays one word (``shlex.quote``).  A placeholder the person fills in
(``FILE``) is written as it is.  The sentence around it names the command bare (no quotes of
its own: a quoted path inside ``'quizzer import 'a b.md''`` would read wrong), and a terminal
shows it on a line of its own (:func:`quizzer.text.wrap_around`).
"""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from os import PathLike

from quizzer import lazyre

__all__ = ["Blank", "quizzer_command", "shell_command"]


class Blank(str):
    """A word of a command the person replaces (``FILE``, ``파일``): written unquoted."""

    __slots__ = ()


def shell_command(*words: str | PathLike[str], into: str | PathLike[str] | None = None) -> str:
    """``words`` as one line a POSIX shell splits back into exactly those words (each :class:`Blank`
    as written), its output sent ``into`` that file when one is given."""
    line = " ".join(word if isinstance(word, Blank) else _quoted(str(word)) for word in words)
    return line if into is None else f"{line} > {_quoted(str(into))}"


_CONTROL = lazyre.pattern(r"[\x00-\x1f\x7f-\x9f]")
_SPELLED = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\x1b": "\\e", "\\": "\\\\", "'": "\\'"}


def _spelled(ch: str) -> str:
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x80 else f"\\u{ord(ch):04x}"


def _quoted(word: str) -> str:
    """``word`` as one shell word: :func:`shlex.quote`, or where it holds a line break or another control
    character (a file named 'a<LF>b.md'), ``$'a\\nb.md'`` (bash, zsh, ksh, POSIX 2024): one line to copy,
    and nothing in it a terminal obeys."""
    if _CONTROL.search(word) is None:
        return shlex.quote(word)
    return "$'" + "".join(_SPELLED.get(ch) or (_spelled(ch) if _CONTROL.match(ch) else ch) for ch in word) + "'"


def quizzer_command(*words: str | PathLike[str], db_option: Sequence[str]) -> str:
    """The quizzer command ``quizzer WORDS`` for the person to copy, on the database the command at hand
    uses: ``db_option`` is :func:`quizzer.paths.db_option` of it (no words for the default one), so the
    command run as printed never acts on another database.  Every printed quizzer command is made here."""
    return shell_command("quizzer", *db_option, *words)
