"""Demonstration lines that fail (pure).

A console demo often shows a line that does not work, then the one that does::

    $ rm link_sym/
    rm: cannot remove 'link_sym/': Is a directory
    $ rm link_sym

The program's own name, a colon and a message holding an error word (:data:`~quizzer.extract.knowledge.ERROR_WORDS`)
right under a prompted line is how a program reports an error (``rm: cannot …``, ``ls: … No such file``): the comment above that line says what the author tried,
not what the line does, so it makes no card.  The line is warned about and read as a blank
line, so that the comment above it goes to no other line either.
"""

from __future__ import annotations

from collections.abc import Sequence

from quizzer.extract.knowledge import ERROR_WORDS
from quizzer.shell import parse_invocation, strip_prompt, typed_at_dollar

__all__ = ["failed"]


def failed(lines: Sequence[tuple[int, str]]) -> dict[int, str]:
    """The prompted lines of a block whose next line is their program's error message: line → the message."""
    found: dict[int, str] = {}
    for (n, text), (_, after) in zip(lines, lines[1:]):
        if typed_at_dollar(text) is None or typed_at_dollar(after) is not None:
            continue
        invocation = parse_invocation(strip_prompt(text))
        if invocation is None:
            continue
        program = invocation.command.split(" ", 1)[0]
        message = after.strip()
        if message.startswith(f"{program}: ") and any(word in message.casefold() for word in ERROR_WORDS):
            found[n] = message
    return found
