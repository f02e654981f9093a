"""A task title over notes that hold one command line: what that line does (pure).

    # List PID And Name Of Current Shell Process

    In a blog post she shows off an odd-looking command for …

    ```bash
    $ ps -p $$ -o pid=,comm=

    38105 -zsh
    ```

A TIL names in its title the task its one command line does, then tells where the line came from and breaks it
down.  When the notes' one title (a level-1 heading, no other heading) says a task in English (``List …``, ``Free
disk space used by Docker``: a verb of knowledge.IMPERATIVES first) and their code blocks hold one command line in all (``walk.command_lines``),
the title says what that line does: a command note at the title's line (the text above the block, a story of where
the line came from as often as not, is then left off it: one description of the line).  Lines of output (``38105 -zsh``) are no command lines; a second command line anywhere leaves the
title to the notes as a whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quizzer.extract.blocks import Code
from quizzer.extract.knowledge import IMPERATIVES
from quizzer.extract.walk import Walk
from quizzer.shell import looks_like_command, parse_invocation, strip_prompt

__all__ = ["REASON", "count", "read"]

REASON = "the notes' task title over their one command line"

_PROMPT = re.compile(r"^\s*[$%]\s+\S")
_COMMENT = re.compile(r"^\s*(?:#|//)")


def _is_command(text: str) -> bool:
    return bool(text.strip()) and not _COMMENT.match(text) and (
        _PROMPT.match(text) is not None or looks_like_command(text.strip()))


def count(lines: Iterable[str]) -> int:
    """How many lines of a document's code blocks are command lines: typed at a prompt, or reading as one (a line
    of output that reads as a command counts too: the count is never too low)."""
    return sum(1 for text in lines if _is_command(text))


def _task_title(title: str) -> bool:
    """``List PID And Name Of …``: an English title of two words or more opening with a verb saying what to do."""
    words = title.split()
    return len(words) > 1 and words[0].casefold() in IMPERATIVES


def read(walk: Walk, block: Code) -> bool:
    """The command note of ``block``'s one line said by the notes' task title, when the notes are of that shape;
    False otherwise.  The text above the block then says nothing more
    of the line: one description of it (the caller leaves that text off)."""
    if walk.command_lines != 1 or len(walk.sections) != 1 or walk.sections[0].level != 1:
        return False
    if not _task_title(walk.sections[0].text):
        return False
    lines = [text for _, text in block.lines if _is_command(text)]
    if len(lines) != 1:
        return False
    typed = strip_prompt(lines[0]).strip()
    invocation = parse_invocation(typed) if looks_like_command(typed) else None
    if invocation is None:
        return False
    walk.add_command(invocation, walk.sections[0].text, walk.heading_line, reason=REASON)  # at the title's line
    return True
