"""A line typed at a prompt that names its shell (``sh>``, ``bash>``), read as the command it is (pure).

    sh> docker exec app /usr/bin/app-cli --list
    my-topic

Some notes mark what is typed with the shell's name and ``>``, as a database's notes write ``mysql>``.
That name is a shell's, so the line is a command line like one after ``$``, and what follows it is
what it printed.  Such a line is given the ``$`` prompt the other readers know.  Only in a block marked
as a shell or not at all.

Some write ``>>>`` (Python's prompt) before what they type in a block marked as a shell (````` ```bash `````,
``>>> unzip file.zip``): there it is no Python, so a line of a program quizzer knows after it is typed at the
shell's prompt too.
"""

from __future__ import annotations

from dataclasses import replace

from quizzer import lazyre
from quizzer.extract.blocks import Code
from quizzer.extract.knowledge import PROGRAMS, SHELL_FENCE_INFOS

__all__ = ["as_dollar"]

_NAMED = lazyre.pattern(r"^(?P<indent>\s*)(?:sh|bash|zsh|ksh|csh|tcsh|fish|shell)>[ \t]+(?P<typed>\S.*)$")
_CHEVRONS = lazyre.pattern(r"^(?P<indent>\s*)>>>[ \t]+(?P<typed>(?P<program>[a-z][\w.-]*)(?:\s.*)?)$")
_SHELL_INFOS = SHELL_FENCE_INFOS | {"", "terminal", "text"}  # a block marked as a shell, or not at all


def as_dollar(block: Code) -> Code:
    """``block`` with each line typed at a ``sh>``-like prompt given the ``$`` prompt; ``block`` itself when
    none is."""
    if block.language not in _SHELL_INFOS or not any(">" in text for _, text in block.lines):
        return block  # (_NAMED needs its ">": most blocks have none, and each line was matched for nothing)
    marked = block.language in SHELL_FENCE_INFOS
    rows = tuple((n, _as_dollar(text, marked=marked)) for n, text in block.lines)
    return block if rows == block.lines else replace(block, lines=rows)


def _as_dollar(text: str, *, marked: bool) -> str:
    """``sh> x`` (and, in a block ``marked`` as a shell, ``>>> x`` of a known program) as ``$ x``; else ``text``."""
    match = _NAMED.match(text)
    if match is None and marked:
        match = _CHEVRONS.match(text)
        if match is not None and match.group("program") not in PROGRAMS:
            match = None
    return f"{match.group('indent')}$ {match.group('typed')}" if match else text
