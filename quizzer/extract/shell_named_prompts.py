"""A line typed at a prompt that names its shell (``sh>``, ``bash>``), read as the command it is (pure).

    sh> docker exec app /usr/bin/app-cli --list
    my-topic

Some notes mark what is typed with the shell's name and ``>``, as a database's notes write ``mysql>``.
That name is a shell's, so the line is a command line like one after ``$``, and what follows it is
what it printed.  Such a line is given the ``$`` prompt the other readers know.  Only in a block marked
as a shell or not at all.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizzer.extract.blocks import Code

__all__ = ["as_dollar"]

_NAMED = re.compile(r"^(?P<indent>\s*)(?:sh|bash|zsh|ksh|csh|tcsh|fish|shell)>[ \t]+(?P<typed>\S.*)$")
_SHELL_INFOS = frozenset({"", "sh", "bash", "zsh", "shell", "console", "terminal", "shell-session", "text"})


def as_dollar(block: Code) -> Code:
    """``block`` with each line typed at a ``sh>``-like prompt given the ``$`` prompt; ``block`` itself when
    none is."""
    if block.info.split(" ")[0].lower() not in _SHELL_INFOS or not any(">" in text for _, text in block.lines):
        return block  # (_NAMED needs its ">": most blocks have none, and each line was matched for nothing)
    rows = tuple(
        (n, f"{match.group('indent')}$ {match.group('typed')}" if (match := _NAMED.match(text)) else text)
        for n, text in block.lines
    )
    return block if rows == block.lines else replace(block, lines=rows)
