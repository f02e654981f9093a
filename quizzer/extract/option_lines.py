"""``-c create`` / ``-x extract``: a command's options one to a line, each followed by its meaning (pure).

Cheat sheets list a program's options as the option, a space and what it means, with no colon or dash
between (``-a all``, ``-p no error if existing``), one to a line under a heading naming the program.  The
lines are often ended with a backslash (``\\\\``, a line break in kramdown and LaTeX) that CommonMark keeps as
text and joins into one paragraph.  Under a heading naming a command, a paragraph whose lines are all such
option lines gives one option note a line; a paragraph whose lines are ended with backslashes is read line
by line too: its first line, when no option, is what the command is (``like ssh \\\\`` under ``### sftp``),
its option lines are options, and a line of another shape is left with a warning, never joined to the rest.
A typographic dash written for two (``-t, –list``) is read as ``--``.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.blocks import Para, split_lines
from quizzer.extract.terms import option_spellings
from quizzer.extract.walk import Walk
from quizzer.shell import Invocation

__all__ = ["REASON", "read"]

REASON = "`-x meaning` line under a command's heading"

_DASH = "[-\u2013\u2014]"
# "-c create", "-t, –list – list the contents", "--dry-run do nothing": the option(s), a space, the meaning
_OPTION_LINE = lazyre.pattern(
    rf"^(?P<option>{_DASH}{{1,2}}[A-Za-z0-9?][\w-]*(?:\s*,\s*{_DASH}{{1,2}}[A-Za-z][\w-]*)*)"
    rf"\s+(?:{_DASH}\s+)?(?P<meaning>[A-Za-z\u3131-\uD7A3][^\\]*?)\s*\\*$"
)
# the meaning of an option is words: not a value ("-o FILE", "-n 10"), not a sentence about the option
# ("-D or --save-dev 옵션으로 …": another spelling, then a sentence about them)
_NOT_MEANING = lazyre.pattern(r"^(?:[A-Z_]{2,}\b|(?i:or\b|또는|옵션|options?\b|flags?\b|플래그))|[/=<>{}\[\]`]|옵션")
_BROKEN = lazyre.pattern(r"\\\s*$")  # a line ended with a backslash: a line break the writer meant


def _option(line: str) -> tuple[list[str], str] | None:
    match = _OPTION_LINE.match(line.strip())
    if match is None or _NOT_MEANING.search(match.group("meaning")):
        return None
    written = re.sub("[\u2013\u2014]", "--", match.group("option"))
    spellings = option_spellings(written, bare_ok=False)
    return (spellings, match.group("meaning").strip()) if spellings else None


def read(walk: Walk, block: Para, pending: Invocation | None) -> bool:
    """The notes of ``block`` under the heading naming ``pending`` (or in a section a command heading is
    about, every line an option then) when it is such lines; False otherwise."""
    if block.lists or block.quote or any(span.kind != "text" for span in block.inline.spans):
        return False
    command = pending.command if pending is not None else walk.section_command()
    if command is None:
        return False
    lines = [line.plain for line in split_lines(block.inline)]
    if any(not line.strip() for line in lines):
        return False
    options = [_option(line) for line in lines]
    broken = pending is not None and len(lines) > 1 and all(_BROKEN.search(line) for line in lines[:-1])
    if not all(options) and not (broken and any(options)):
        return False
    for n, (line, option) in enumerate(zip(lines, options)):
        if option is not None:
            walk.add_option(option[0], option[1], command, block.line + n, reason=REASON)
        elif n == 0 and pending is not None:
            walk.add_command(pending, _BROKEN.sub("", line).strip(), block.line, reason=REASON)
        else:
            walk.skipped(block.line + n)
    walk.prose = None
    return True
