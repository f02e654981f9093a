"""A line typed at cmd's ``>`` prompt inside a code block, read as the command it is (pure).

Windows notes copy their command prompt with its ``>`` (the path before it left out)::

    > ipconfig /all
    > fsutil file createnew big.bin 1000000

In a shell ``>`` opens a line continued from the one before (bash's second prompt) and in a quote or e-mail it
marks quoted text; so a line is taken as typed at cmd's prompt only when the word after ``> `` is one of cmd's
tools (knowledge.cmd_tool: in any case, as cmd reads them).  Such a line is given
the ``$`` prompt the other readers know, so the text above the block is read as what it does.
"""

from __future__ import annotations

from dataclasses import replace

from quizzer import lazyre
from quizzer.extract.blocks import Code
from quizzer.extract.knowledge import cmd_tool

__all__ = ["as_dollar"]

_CMD_PROMPT = lazyre.pattern(r"^(?P<indent>\s*)>[ \t]+(?P<program>[A-Za-z][\w.-]*)(?P<rest>(?:[ \t].*)?)$")


def _typed(text: str) -> str:
    match = _CMD_PROMPT.match(text)
    program = cmd_tool(match.group("program")) if match is not None else None
    if match is None or program is None:
        return text
    return f"{match.group('indent')}$ {program}{match.group('rest')}"  # "> FSUTIL …" as "$ fsutil …"


def as_dollar(block: Code) -> Code:
    """``block`` with each line typed at cmd's ``>`` prompt given the ``$`` prompt instead; ``block`` itself when
    none is."""
    if not any(text.lstrip().startswith(">") for _, text in block.lines):
        return block
    rows = tuple((n, _typed(text)) for n, text in block.lines)
    return block if rows == block.lines else replace(block, lines=rows)
