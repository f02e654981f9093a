"""A block of usage lines, each showing one option of a program with what it does in brackets after it (pure).

A README may list its program's options as the lines a person types, glossed::

    Usage: tool
    Usage: tool -p (full-path - Show the full path of each entry)
    Usage: tool -n 30  (Show 30 entries instead of the default [terminal height])
    Usage: tool -e regex (Only include files matching this regex (eg tool -e "\\.png$"))

Each line glossed so is an option note of the program: the option (its example value, ``-n 30``, an answer
too) → the words in the brackets, from the first opening one after the line to the last closing one (brackets
may nest inside; an example in brackets at its end, ``(eg tool -e …)``, left out: a fact of its own).  A gloss opening with the option's long name without its dashes (``full-path - …``,
``min-size, …``) gives that spelling too.  Only a block where two lines or more read so, every usage line of one
program; lines without a gloss (``Usage: tool <dir>``) are its usage, not options: left alone.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Code
from quizzer.extract.walk import Walk

__all__ = ["REASON", "read"]

REASON = "usage line of one option, glossed in brackets after it"

_USAGE = lazyre.pattern(r"^\s*usage:\s+(?P<program>[a-z][\w.-]*)(?:\s+(?P<rest>.*?))?\s*$", re.IGNORECASE)
# "-n 30  (Shows 30 …)", "-p (full-path - Show …)": the option, maybe one value, then the gloss in brackets
_GLOSSED = lazyre.pattern(r"^(?P<option>-[A-Za-z0-9][\w-]*)(?:\s+(?P<value>[^\s()-][^\s()]*))?\s+\((?P<gloss>.+)\)$")
# "… this regex (eg dust -e "\.png$" would match png files)": an example at the gloss's end, a fact of its own
_EXAMPLE = lazyre.pattern(r"\s*\((?:e\.?g\.?|for example|ex)[\s,:][^()]*\)\s*$", re.IGNORECASE)
# "full-path - Show …", "min-size, Only …": the long option's name without its dashes, opening the gloss
_LONG_NAME = lazyre.pattern(r"^(?P<name>[a-z][a-z0-9]*(?:-[a-z0-9]+)+)(?:\s+-\s+|,\s+)(?P<rest>\S.*)$")


def read(walk: Walk, block: Code) -> bool:
    """The option notes of a block of glossed usage lines; False when the block is not one."""
    usages = [(line, _USAGE.match(text)) for line, text in block.lines if text.strip()]
    if len(usages) < 2 or any(match is None for _, match in usages):
        return False
    programs = {match.group("program") for _, match in usages if match is not None}
    glossed = [(line, _GLOSSED.match(match.group("rest") or "")) for line, match in usages if match is not None]
    found = [(line, option) for line, option in glossed if option is not None]
    if len(programs) != 1 or len(found) < 2:
        return False
    program = programs.pop()
    for line, option in found:
        spellings = [option.group("option")]
        gloss = _EXAMPLE.sub("", option.group("gloss")).strip()  # "(eg dust -e …)": an example of its own
        long_name = _LONG_NAME.match(gloss)
        if long_name is not None:
            spellings.append(f"--{long_name.group('name')}")
            gloss = long_name.group("rest")  # what it does, its name said once, on the front
        value = option.group("value")
        walk.add_option(
            spellings, gloss, program, line, reason=REASON,
            written=f"{option.group('option')} {value}" if value else None,
        )
    return True
