"""One editor command in a ```vim fence, under the text that says what it does (pure).

Notes about vim or neovim show an ex command in a fence of its own::

    To load a plugin by hand:

    ```vim
    packadd myplugin
    ```

The line is a command of the editor the notes are about (typed after ``:``), and the lead-in says what it does.
Only a fence of one line is read so (several lines are settings of a vimrc, read together), only under a lead-in
that says what to do (``To …:``), and only in notes about vim or neovim; any other ```vim fence is left as it was.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Code
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.text import clean

__all__ = ["read"]

_EDITORS = frozenset({"vim", "vi", "nvim", "neovim"})
# "To load a plugin by hand:"; not "To install plugins, add a line like this to your vimrc:" or "To check it worked,
# restart vim and run:" (a clause after a comma says what to do for it: the line is a step of that, not the task)
_TO_DO = lazyre.pattern(r"to\s+(?P<what>[a-z][^:：\n,;]*?)\s*[:：]?", re.IGNORECASE)
_REASON = "text above a one-line vim block: the editor's command and what it does"


def read(walk: Walk, block: Code, prose: str | None, *, from_heading: bool) -> bool:
    """A note of the block's one ex command; False if the block or the text above is not of that shape."""
    if block.language != "vim" or prose is None or from_heading or "\n" in prose.strip():
        return False
    program = walk.key_program()
    if program not in _EDITORS:
        return False
    lines = [(n, text.strip()) for n, text in block.lines if text.strip() and not text.lstrip().startswith('"')]
    wanted = _TO_DO.fullmatch(prose.strip())
    if len(lines) != 1 or wanted is None:
        return False
    line, typed = lines[0]
    bare = typed.lstrip(":")
    if not bare or not bare[0].isalpha():
        return False
    answers = tuple(dict.fromkeys((typed, bare, f":{bare}")))
    walk.add(Kind.COMMAND, term=typed, front=typed, back=clean(wanted.group("what")), command=program, line=line,
             answers=answers, reason=_REASON)
    return True
