"""Blocks that are a program's source, not command lines (pure).

A fence may hold source code under a shell label (```bash over ``package main``, ``func main(){``,
``  fmt.Println(…)``, ``}``): a header that opens a body in braces (``name(…) {`` at the end of its
line), an indented line inside it, and a ``}`` alone that closes it.  Its ``# comments`` say what
parts of the program are, not what a command does: the block is warned, never read as commands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["is_source"]

_OPENS = re.compile(r"^\s*\S.*\)\s*\{\s*$")  # "func main(){", "int main(void) {", "f() {"
_CLOSES = re.compile(r"^\s*\}\s*;?\s*$")
_INDENTED = re.compile(r"^(?:\t| {2,})\S")


def is_source(lines: Sequence[tuple[int, str]]) -> bool:
    """A body in braces: an opening header, an indented line after it, then a lone ``}``."""
    opened = indented = False
    for _, text in lines:
        if not opened:
            opened = _OPENS.match(text) is not None
        elif _CLOSES.match(text):
            if indented:
                return True
            opened = False
        elif _INDENTED.match(text):
            indented = True
    return False
