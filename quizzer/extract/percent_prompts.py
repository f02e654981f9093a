"""A line typed at zsh's and csh's ``%`` prompt inside a code block, read as the command it is (pure).

macOS and BSD notes copy their terminal with its prompt::

    % kind delete cluster --name dev
    Deleting cluster "dev" ...

(macOS's own zsh prompt shows the folder first, ``~ % kind get clusters``, maybe the user and the machine too.)

In LaTeX, MATLAB or PostScript ``%`` starts a comment, and ``strace -c`` prints a table headed
``% time     seconds …``; so a line is taken as typed at the prompt only when the word after ``% ``
(``sudo`` aside) is a program the notes' code blocks run often, or one quizzer knows given an option or a path (``% sort -n sizes.txt``; ``% sort samples ascending`` is a MATLAB
comment), the line holds no run of spaces (a table's columns) and no
article (``% make the margins smaller`` is a sentence), and the block is marked as a shell or not at all
and holds no TeX (``\\usepackage``).
Such a line is given the ``$`` prompt the other readers know, so what follows it is read as what it
printed and the text above the block as what it does.
"""

from __future__ import annotations

from dataclasses import replace

from quizzer import lazyre
from quizzer.extract.blocks import Code
from quizzer.extract.knowledge import ARTICLES, PROGRAMS, SHELL_FENCE_INFOS
from quizzer.extract.walk import Walk
from quizzer.shell import AS_ROOT

__all__ = ["as_dollar"]

# "% ls", and macOS's zsh prompt with the folder (and maybe the user and machine) before it: "~ % ls",
# "~/src % ls", "me@mac project % ls"
_PERCENT = lazyre.pattern(
    r"^(?P<indent>\s*)(?P<where>(?:[\w.-]+@[\w.-]+\s+)?(?:~[\w./-]*|/[\w./-]*|[\w.-]+)[ \t]+)?%[ \t]+(?P<typed>\S.*?)\s*$"
)
_COLUMNS = lazyre.pattern(r"\S {2,}\S")
_TEX = lazyre.pattern(r"^\s*\\[A-Za-z]")
_SHELL_WORD = lazyre.pattern(r"^(?:--?[A-Za-z]|[~.]?/|\S*/\S)")  # an option, a path: a word typed at a shell
_SHELLS = SHELL_FENCE_INFOS | {"", "csh", "tcsh", "terminal", "text"}


def _typed(walk: Walk, text: str) -> str | None:
    """The command of a line typed at a ``%`` prompt, or None."""
    match = _PERCENT.match(text)
    if match is None:
        return None
    typed = match.group("typed")
    words = typed.split()
    program = words[1] if words[0] in AS_ROOT and len(words) > 1 else words[0]
    own = program in walk.fenced_programs
    # "% sort samples ascending", "% find peaks above threshold", "## Diff of two runs" over "% diff between
    # runs …": a comment as often as a line typed at a prompt, unless the notes' code blocks run the program
    # often or a word of the line is one only a shell is given
    # (a home folder or a user and machine before the "%" is a prompt's, no comment's: "~ % brew list")
    where = match.group("where") or ""
    shell = where.startswith("~") or "@" in where or any(_SHELL_WORD.match(word) for word in words[1:])
    if not (own or program in PROGRAMS and shell) or _COLUMNS.search(typed) or ARTICLES.intersection(
        word.casefold() for word in words
    ):
        return None
    return f"{match.group('indent')}$ {typed}"


def as_dollar(walk: Walk, block: Code) -> Code:
    """``block`` with each line typed at a ``%`` prompt given the ``$`` prompt instead; ``block`` itself when
    none is."""
    if not any("% " in text or "%\t" in text for _, text in block.lines):
        return block
    if block.language not in _SHELLS or any(_TEX.match(text) for _, text in block.lines):
        return block
    rows = tuple((n, typed if (typed := _typed(walk, text)) is not None else text) for n, text in block.lines)
    return block if rows == block.lines else replace(block, lines=rows)
