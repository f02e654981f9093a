"""A Python program whose module docstring is its help (docopt's style), read as the markdown it means (pure).

::

    \"\"\"usage: tool sync [options] <dir>

        -q, --quiet           say nothing
        -j, --jobs <n>
                              how many files to copy at once
    \"\"\"
    from docopt import docopt

Read as markdown it is a paragraph with quotes and blocks of indented code.  :func:`as_markdown` rewrites it
line for line: the ``usage:`` line is that line without the quotes, each option line of the help an item
``- -j, --jobs <n>: how many files to copy at once`` (on the description's line when the description sits under
the spellings, a description's next lines going on in the item), and every other line blank: group titles
(``Commit message options``), an option with no description, the closing quotes and the code after them.
The help's text is plain text, never markdown's marks (``__init__``, ``*.txt``): :mod:`quizzer.extract.literal`
escapes them.

A text reads so only when its first line opens a docstring (``\"\"\"`` or ``'''``), the docstring closes, a
``usage:`` line with a command sits in it, and at least two of its lines are options with a description.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.literal import literal, literal_line

__all__ = ["as_markdown", "is_usage_docstring"]

_LEAST = 2  # options with a description a help needs at least
_OPENS = lazyre.pattern(r"^[rRuU]?(\"\"\"|''')")
_USAGE = lazyre.pattern(r"^[ \t]*usage:[ \t]*(?P<usage>\S.*?)[ \t]*$", re.IGNORECASE)
# "-q, --quiet", "-m, --message <message>", "--untracked-files=<mode>", "--author <author>"
_SPELLING = r"--?[A-Za-z0-9][\w-]*(?:[= ]<[^<>\s]+>|=[A-Z_]+| [A-Z_]{2,})?"
_OPTION = lazyre.pattern(rf"^[ \t]+(?P<term>{_SPELLING}(?:,[ \t]*{_SPELLING})*)(?:[ \t]{{2,}}(?P<what>\S.*?))?[ \t]*$")
_DESCRIPTION = lazyre.pattern(r"^(?P<indent>[ \t]+)(?P<what>\S.*?)[ \t]*$")


def _docstring(lines: list[str]) -> int | None:
    """The index of the line closing the module docstring the first line opens, or None."""
    opens = _OPENS.match(lines[0]) if lines else None
    if opens is None:
        return None
    quotes = opens.group(1)
    if quotes in lines[0][opens.end() :]:
        return None  # a docstring of one line: no help
    for n in range(1, len(lines)):
        if quotes in lines[n]:
            return n
    return None


def _body(line: str, n: int) -> str:
    """The text of docstring line ``n``: the first without its opening quotes."""
    return _OPENS.sub("", line, count=1) if n == 0 else line


def is_usage_docstring(text: str) -> bool:
    """Whether ``text`` is a Python program whose module docstring is its help (see the module's docstring)."""
    if not _OPENS.match(text):
        return False  # most documents stop here
    lines = text.split("\n")
    end = _docstring(lines)
    if end is None:
        return False
    body = [_body(lines[n], n) for n in range(end)]
    if not any(_USAGE.match(line) for line in body):
        return False
    described = sum(1 for line in body if (match := _OPTION.match(line)) is not None and match.group("what"))
    return described >= _LEAST


def as_markdown(text: str) -> str:
    """``text`` (a program with its help as module docstring) as markdown, each line where it was."""
    lines = text.split("\n")
    end = _docstring(lines)
    if end is None:
        return text
    out: list[str] = []
    term: tuple[str, int] | None = None  # (spellings, indent) of an option whose description is on the next line
    item_indent = -1  # the indent of the description of the item being read: deeper lines go on in it
    usage_seen = False
    for n, line in enumerate(lines):
        if n >= end:
            out.append("")
            continue
        body = _body(line, n)
        usage = None if usage_seen else _USAGE.match(body)
        if usage is not None:
            out.append(f"usage: {literal(usage.group('usage'))}")
            usage_seen, term, item_indent = True, None, -1
            continue
        option = _OPTION.match(body)
        if option is not None:
            term, item_indent = None, -1
            if option.group("what"):
                out.append(f"- {literal(option.group('term'))}: {literal(option.group('what'))}")
                item_indent = body.index(option.group("what"))
            else:
                term = (option.group("term"), len(body) - len(body.lstrip()))
                out.append("")
            continue
        described = _DESCRIPTION.match(body)
        if described is not None and term is not None and len(described.group("indent")) > term[1]:
            out.append(f"- {literal(term[0])}: {literal(described.group('what'))}")
            term, item_indent = None, len(described.group("indent"))
            continue
        if described is not None and item_indent >= 0 and len(described.group("indent")) >= item_indent:
            out.append(f"  {literal_line(described.group('what'))}")  # the description going on
            continue
        term, item_indent = None, -1
        out.append("")
    return "\n".join(out)
