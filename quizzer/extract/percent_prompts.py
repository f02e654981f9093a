"""A line typed at zsh's and csh's ``%`` prompt inside a code block, read as the command it is (pure).

macOS and BSD notes copy their terminal with its prompt::

    % kind delete cluster --name dev
    Deleting cluster "dev" ...

In LaTeX, MATLAB or PostScript ``%`` starts a comment, and ``strace -c`` prints a table headed
``% time     seconds …``; so a line is taken as typed at the prompt only when the word after ``% ``
(``sudo`` aside) is a program quizzer knows or the notes' own (the one they are about, or one their code
blocks run often), the line holds no run of spaces (a table's columns) and no
article (``% make the margins smaller`` is a sentence), and the block is marked as a shell or not at all
and holds no TeX (``\\usepackage``).
Such a line is given the ``$`` prompt the other readers know, so what follows it is read as what it
printed and the text above the block as what it does.
"""

from __future__ import annotations

import re

from quizzer.extract.blocks import Code
from quizzer.extract.knowledge import PROGRAMS
from quizzer.extract.walk import Walk
from quizzer.shell import AS_ROOT

__all__ = ["as_dollar"]

_PERCENT = re.compile(r"^(?P<indent>\s*)%[ \t]+(?P<typed>\S.*?)\s*$")
_COLUMNS = re.compile(r"\S {2,}\S")
_TEX = re.compile(r"^\s*\\[A-Za-z]")
_ARTICLES = frozenset({"a", "an", "the"})
_SHELLS = frozenset({"", "sh", "bash", "zsh", "csh", "tcsh", "shell", "console", "terminal", "shell-session", "text"})


def _typed(walk: Walk, text: str) -> str | None:
    """The command of a line typed at a ``%`` prompt, or None."""
    match = _PERCENT.match(text)
    if match is None:
        return None
    typed = match.group("typed")
    words = typed.split()
    program = words[1] if words[0] in AS_ROOT and len(words) > 1 else words[0]
    known = program in PROGRAMS or program == walk.program or program in walk.fenced_programs
    if not known or _COLUMNS.search(typed) or _ARTICLES.intersection(word.casefold() for word in words):
        return None
    return f"{match.group('indent')}$ {typed}"


def as_dollar(walk: Walk, block: Code) -> Code:
    """``block`` with each line typed at a ``%`` prompt given the ``$`` prompt instead; ``block`` itself when
    none is."""
    if not any(text.lstrip().startswith("%") for _, text in block.lines):
        return block
    if block.info.split(" ")[0].lower() not in _SHELLS or any(_TEX.match(text) for _, text in block.lines):
        return block
    rows = tuple((n, typed if (typed := _typed(walk, text)) is not None else text) for n, text in block.lines)
    return block if rows == block.lines else Code(block.info, rows, block.line, block.closed)
