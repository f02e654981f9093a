"""A man page's roff source (``.TH`` / ``.SH NAME`` / ``.TP`` …) read as the markdown it means, line for line (pure).

Man pages are written in roff (the ``-man`` macros) and sometimes kept with notes as they are.  Read as markdown
they are one long paragraph; here each line is rewritten into the markdown it means, keeping line numbers, so the
man page reader (:mod:`quizzer.extract.man_pages`) reads it as it reads a page already in markdown:

- a section ``.SH NAME`` / ``.SS Sub`` is a ``##`` / ``###`` heading;
- a tagged paragraph (``.TP`` over its term, ``.B -h, --help``, over the lines of its description) is one item
  ``- -h, --help: Print help information.`` on the description's first line, its next lines going on in it;
- an unfilled block (``.nf`` … ``.fi``) is a fence, its ``.sp`` lines blank lines in it;
- a table (``.TS`` … ``.TE``, its first line said, as it is not read), the title ``.TH`` and every other request
  are blank; ``.PP`` / ``.sp`` end a paragraph;
- font escapes (``\\fB``, ``\\fI``, ``\\fR``, ``\\fP``) are taken off, ``\\-`` is ``-`` and ``\\\\`` is ``\\``;
- what is left is plain text, never markdown's marks (``__init__``, ``*.txt``): :func:`~quizzer.extract.literal.literal`
  escapes them outside a fence.

A text reads so only when its first line that is no roff comment (``.\\"``) is ``.TH`` and a ``.SH`` section follows.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.literal import literal, literal_line

__all__ = ["TABLE", "as_markdown", "is_roff"]

TABLE = ".TS"  # what :func:`as_markdown` says it left unread at a table's first line

_TITLE = lazyre.pattern(r'\A(?:\.\\".*\n|\'\\".*\n)*\.TH[ \t]')
_SECTION = lazyre.pattern(r"^\.(SH|SS)[ \t]+(.*?)[ \t]*$")
_REQUEST = lazyre.pattern(r"^[.'][A-Za-z\\]")
_FONT_LINE = lazyre.pattern(r"^\.(?:B|I|BR|IR|RB|RI|BI|IB|SM|SB)(?:[ \t]+(.*))?$")
# font requests alternating two fonts over their arguments (".BR ls (1)"): the arguments run together
_ALTERNATING = frozenset({"BR", "RB", "IR", "RI", "BI", "IB"})
_ARGUMENT = lazyre.pattern(r'"[^"]*"|[^\s"]+')  # a request's arguments: words, or text in quotes
_ESCAPE = lazyre.pattern(r"\\f(?:[BIRP1-4]|\(\w\w|\[\w*\])|\\&|\\\||\\\^")


def is_roff(text: str) -> bool:
    """A ``.TH`` title first (after roff comments) and a ``.SH`` section under it."""
    return _TITLE.match(text) is not None and "\n.SH" in text


def _plain(text: str) -> str:
    """``text`` without font escapes; ``\\-`` → ``-``, ``\\e`` and ``\\\\`` → ``\\``; a font line's quotes off."""
    return _ESCAPE.sub("", text).replace("\\-", "-").replace("\\e", "\\").replace("\\\\", "\\")


def _words(line: str) -> str:
    """The text a line shows: a font request's argument (``.B -h, --help``; an alternating one's arguments joined,
    ``.BR \\-v , " \\-\\-verbose"`` is ``-v, --verbose``), or the line itself."""
    font = _FONT_LINE.match(line)
    if font is not None:
        argument = (font.group(1) or "").strip()
        if line[1:3] in _ALTERNATING:
            return _plain("".join(part[1:-1] if part[:1] == '"' else part for part in _ARGUMENT.findall(argument)))
        if len(argument) > 1 and argument[0] == argument[-1] == '"':
            argument = argument[1:-1]
        return _plain(argument)
    return _plain(line)


def as_markdown(text: str, unread: list[tuple[int, str]] | None = None) -> str:
    """``text`` (roff with the ``-man`` macros) as markdown, each line where it was; the line number of each table's
    ``.TS`` goes into ``unread`` with :data:`TABLE` (its lines are blank: nothing of it is read, and the notes'
    reader says so)."""
    out: list[str] = []
    unfilled = table = False
    tagged = 0  # 1: the next line is a .TP term; 2: the term is read, the next text line opens its item
    term = ""
    in_item = False
    for line in text.split("\n"):
        if table:
            table = not line.startswith(".TE")
            out.append("")
            continue
        if unfilled:
            if line.startswith(".fi"):
                unfilled = False
                out.append("```")
            elif _REQUEST.match(line):
                out.append("")
            else:
                out.append(_plain(line))
            continue
        section = _SECTION.match(line)
        if section is not None:
            level = "##" if section.group(1) == "SH" else "###"
            out.append(f"{level} {literal(_plain(section.group(2).strip(chr(34))))}")
            tagged, in_item = 0, False
            continue
        if line.startswith(".TS"):
            table, in_item = True, False
            if unread is not None:
                unread.append((len(out) + 1, TABLE))
            out.append("")
            continue
        if line.startswith(".nf"):
            unfilled, tagged, in_item = True, 0, False
            out.append("```")
            continue
        if line.startswith((".TP", ".IP")):
            tagged, in_item = 1, False
            out.append("")
            continue
        if tagged == 1:
            term = _words(line).strip()
            tagged = 2
            out.append("")
            continue
        if _REQUEST.match(line) and _FONT_LINE.match(line) is None:
            if line.startswith((".PP", ".LP", ".P", ".sp", ".br")):
                in_item = False
            out.append("")
            continue
        words = _words(line).strip()
        if tagged == 2 and words:
            out.append(f"- {literal(term)}: {literal(words)}")
            tagged, in_item = 0, True
            continue
        out.append(f"  {literal_line(words)}" if in_item and words else literal_line(words))
    return "\n".join(out)
