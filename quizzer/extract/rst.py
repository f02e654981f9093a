"""A reStructuredText page (Sphinx's man pages and docs, kept under a markdown name) read as the markdown it means,
line for line (pure).

Read as markdown, rST's option lists run together into one paragraph and its directives' bodies become code.  Here
each line is rewritten where it is, so the rest of quizzer reads the page as one already in markdown:

- a section title over its underline (``Options`` / ``-------``, an overline too) is an ATX heading, one level a
  punctuation character in the order the page first uses them; a title naming a man page's section
  (``Synopsis``, ``Options``) is written in capitals, as :mod:`quizzer.extract.man_pages` reads them;
- an option list's entry (``-o <outputdir>      Directory to place …``, ``-f, --force   …``: the option's
  spellings, two spaces or more, its description) is one item ``- -o <outputdir>: Directory …``, its description's
  next lines (indented to its column) going on in it;
- a directive (``.. warning::``, ``.. note::``) and its indented body, and the page's fields (``:orphan:``) are
  blank: asides, not facts;
- roles (``:program:`sphinx-apidoc```) and inline literals (````rst````) are code spans;
- outside code spans, what markdown reads as a mark and rST means as text gets a backslash (:mod:`literal`): an
  entity (``&amp;``), an HTML tag (``<b>``), a link's brackets (``[x](y)``), an ``_`` (``_build_``), a ``>``
  opening a line (a doctest's ``>>>``); rST's emphasis, backticks and backslash mean what markdown's do.  A line
  indented four spaces or more is left as it was (markdown's code: nothing in it is a mark).

A text reads so only when it has two underlined section titles and a directive or a role, and no ATX heading or
fence of markdown.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.knowledge import MAN_SECTIONS
from quizzer.extract.literal import literal

__all__ = ["as_markdown", "is_rst"]

_ADORNMENT = lazyre.pattern(r"^([=\-~^\"'`#*+:.])\1{2,}[ \t]*$")
_DIRECTIVE = lazyre.pattern(r"^\.\.[ \t]+[A-Za-z][\w-]*::")
_FIELD = lazyre.pattern(r"^:[A-Za-z][\w-]*:(?:[ \t].*)?$")
_ROLE = lazyre.pattern(r":[A-Za-z][\w-]*:`([^`]+)`")
_LITERAL = lazyre.pattern(r"``([^`]+)``")
_MARKDOWN = lazyre.pattern(r"^(?:#{1,6}[ \t]|```|~~~)", re.MULTILINE)
# "-o <outputdir>", "-f, --force", "--level=N": an option's spellings, each maybe with its argument
_SPELLING = r"--?[A-Za-z0-9][\w-]*(?:[ =]<?[\w.-]+>?)?"
_OPTION_ENTRY = lazyre.pattern(rf"^(?P<options>{_SPELLING}(?:,[ \t]*{_SPELLING})*)(?P<gap>[ \t]{{2,}})(?P<text>\S.*)$")


def _titles(lines: list[str]) -> list[int]:
    """The lines that are section titles: text over an adornment at least as long (``Options`` / ``-------``)."""
    return [
        n for n in range(len(lines) - 1)
        if lines[n].strip() and not lines[n].startswith((" ", "\t")) and _ADORNMENT.match(lines[n + 1])
        and len(lines[n + 1].rstrip()) >= len(lines[n].rstrip()) and not _ADORNMENT.match(lines[n])
    ]


def is_rst(text: str) -> bool:
    """Two underlined section titles, a directive or a role, and no markdown heading or fence."""
    if "::" not in text and ":`" not in text or _MARKDOWN.search(text) is not None:
        return False  # (a markdown heading or fence is found at once in most notes: no line is read one by one)
    lines = text.split("\n")
    return len(_titles(lines)) >= 2 and any(_DIRECTIVE.match(line) or _ROLE.search(line) for line in lines)


# rST's own marks that markdown reads alike: its emphasis, its interpreted text in backticks, its backslash escape
_MEANT_ALIKE = "*`\\"
_CODE_SPAN = lazyre.pattern(r"(`[^`]+`)")
_CODE_INDENT = lazyre.pattern(r"^(?: {4}|\t)")
_QUOTE_MARK = lazyre.pattern(r"^(\s*)>")


def _inline(line: str, *, code: bool = False) -> str:
    """``line``'s roles and inline literals as code spans; unless ``code`` (a line markdown reads as code), a backslash
    before each mark outside them that markdown would read and rST did not mean."""
    coded = _LITERAL.sub(r"`\1`", _ROLE.sub(r"`\1`", line))
    if code:
        return coded
    parts = _CODE_SPAN.split(coded)
    return "".join(part if n % 2 else literal(part, keep=_MEANT_ALIKE) for n, part in enumerate(parts))


def as_markdown(text: str, unread: list[tuple[int, str]] | None = None) -> str:
    """``text`` (reStructuredText) as markdown, each line where it was; the line number of each directive left
    unread goes into ``unread`` with the directive as written (``.. warning::``)."""
    lines = text.split("\n")
    out = list(lines)
    levels: list[str] = []
    titles = set(_titles(lines))
    directive = False
    item_column: int | None = None
    for n, line in enumerate(lines):
        if n in titles:
            char = lines[n + 1].strip()[0]
            if char not in levels:
                levels.append(char)
            title = line.strip()
            if title.upper() in MAN_SECTIONS:
                title = title.upper()
            out[n] = f"{'#' * min(len(levels[: levels.index(char) + 1]), 6)} {_inline(title)}"
            out[n + 1] = ""
            if n > 0 and _ADORNMENT.match(lines[n - 1]):
                out[n - 1] = ""  # an overline
            directive, item_column = False, None
            continue
        if n - 1 in titles:
            continue
        if directive:
            if not line.strip() or line.startswith((" ", "\t")):
                out[n] = ""
                continue
            directive = False
        if (opened := _DIRECTIVE.match(line)) is not None:
            directive, item_column, out[n] = True, None, ""
            if unread is not None:
                unread.append((n + 1, opened.group(0)))
            continue
        if _FIELD.match(line):
            out[n] = ""
            continue
        entry = _OPTION_ENTRY.match(line)
        if entry is not None:
            item_column = len(entry.group("options")) + len(entry.group("gap"))
            out[n] = f"- {entry.group('options')}: {_inline(entry.group('text'))}"
            continue
        if item_column is not None and line.strip() and len(line) - len(line.lstrip()) >= item_column:
            out[n] = f"  {_inline(line.strip())}"
            continue
        item_column = None if not line.strip() or not line.startswith((" ", "\t")) else item_column
        out[n] = _inline(line, code=True) if _CODE_INDENT.match(line) else _QUOTE_MARK.sub(r"\1\\>", _inline(line))
    return "\n".join(out)
