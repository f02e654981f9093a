"""Blocks that are a program's source, not command lines (pure).

A fence may hold source code under a shell label (```bash over ``package main``, ``func main(){``,
``  fmt.Println(…)``, ``}``): a header that opens a body in braces (``name(…) {`` at the end of its
line), an indented line inside it, and a ``}`` alone that closes it.  Its ``# comments`` say what
parts of the program are, not what a command does: the block is warned, never read as commands.
"""

from __future__ import annotations

from collections.abc import Sequence

from quizzer import lazyre

__all__ = ["is_source", "is_statements"]

_OPENS = lazyre.pattern(r"^\s*\S.*\)\s*\{\s*$")  # "func main(){", "int main(void) {", "f() {"
_CLOSES = lazyre.pattern(r"^\s*\}\s*;?\s*$")
_INDENTED = lazyre.pattern(r"^(?:\t| {2,})\S")


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


# "import * as aws from …;", "const bucket = new Bucket(…);", "#include <stdio.h>": a declaration opens the line
# ("export" is the shell's too: "export EDITOR=vim;" is no declaration of a program)
_DECLARATION = lazyre.pattern(r"^\s*(?:import|const|let|var|package|using)\s|^\s*#include\b")
_STATEMENT_END = (";", "{", "}", "})", "});", "};")
_SOURCE_COMMENT = ("//", "/*", "*")


def is_statements(lines: Sequence[tuple[int, str]]) -> bool:
    """Statements of a program (JavaScript, TypeScript, Java, C#): two lines or more, each ending in ``;`` or a
    brace, one of them a declaration (``import``, ``const``, ``let``); ``// comments`` say what parts of the
    program are.  A command line ends in no semicolon, and none opens with ``const``."""
    count = 0
    declared = False
    for _, text in lines:
        code = text.strip()
        if not code or code.startswith(_SOURCE_COMMENT):
            continue
        if not code.endswith(_STATEMENT_END):
            return False  # most blocks stop here, at their first line
        count += 1
        declared = declared or _DECLARATION.match(code) is not None
    return count >= 2 and declared
