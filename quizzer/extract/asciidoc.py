"""An AsciiDoc page (a man page's source: ``= git-x(1)``, ``== NAME``) read as markdown, line for line (pure).

Man pages are often written in AsciiDoc and kept with notes as they are.  Read as markdown they are one long
paragraph; here each line is rewritten into the markdown it means, keeping line numbers:

- a title ``= T`` / ``== S`` is a ``#`` / ``##`` heading;
- a block attribute line (``[source,role=synopsis,subs="verbatim,quotes"]``) is blanked, and a ``----``
  (listing) or ``....`` (literal) block is a fence; its ``*bold*`` and ``_italic_`` are taken off when the
  attribute says its quotes are read (``subs`` naming ``quotes``);
- a definition list's terms (```-l`::`` and ```--long`::`` over a description indented under them) are one
  item, ``- `-l`, `--long`: description``, on the description's first line;
- a cross reference (``<<_fetch_settings>>``, ``<<install,Installing>>``) outside a block is its text, or its id's
  words.
"""

from __future__ import annotations

import re

from quizzer import lazyre

__all__ = ["as_markdown", "is_asciidoc"]

_TITLE = lazyre.pattern(r"^(={1,6})[ \t]+(\S.*?)[ \t]*$")
_DOCUMENT_TITLE = lazyre.pattern(r"\A\s*=[ \t]+\S[^\n]*\n")
_SECTION = lazyre.pattern(r"^==[ \t]+\S", re.MULTILINE)
_ATTRIBUTE = lazyre.pattern(r"^\[[^\[\]\s][^\[\]]*\][ \t]*$")
_DELIMITER = lazyre.pattern(r"^(?:-{4,}|\.{4,})[ \t]*$")
_TERM = lazyre.pattern(r"^(\S.*?)::[ \t]*$")
# a cross reference: "<<_fetch_settings>>", "<<install,Installing>>": its text, or its id's words
_XREF = lazyre.pattern(r"<<([\w-]+)(?:,\s*([^<>]+?))?>>")
_QUOTED = lazyre.pattern(r"(?<![\w*])\*(\S(?:[^*\n]*\S)?)\*(?![\w*])|(?<![\w_])_(\S(?:[^_\n]*\S)?)_(?![\w_])")


def is_asciidoc(text: str) -> bool:
    """A document title ``= …`` on its first line and a section ``== …`` under it."""
    return _DOCUMENT_TITLE.match(text) is not None and _SECTION.search(text) is not None


def _unquoted(line: str) -> str:
    return _QUOTED.sub(lambda m: m.group(1) or m.group(2), line)


def as_markdown(text: str) -> str:
    """``text`` (AsciiDoc) as markdown, each line where it was."""
    out: list[str] = []
    fence: str | None = None  # the delimiter of the block open
    quotes = False  # the next (or open) block reads *bold* and _italic_
    terms: list[str] = []
    in_item = False
    listed: set[int] = set()  # the places in ``out`` of lines inside a block: code, never markup
    for line in text.split("\n"):
        if fence is not None:
            if line.strip() == fence:
                out.append("```")
                fence, quotes = None, False
            else:
                listed.add(len(out))
                out.append(_unquoted(line) if quotes else line)
            continue
        stripped = line.strip()
        if _DELIMITER.match(line):
            fence = stripped
            out.append("```")
            terms, in_item = [], False
            continue
        if _ATTRIBUTE.match(line):
            quotes = "quotes" in line
            out.append("")
            continue
        title = _TITLE.match(line)
        if title is not None:
            out.append("#" * len(title.group(1)) + " " + title.group(2))
            terms, in_item = [], False
            continue
        term = _TERM.match(line)
        if term is not None:
            terms.append(term.group(1).strip())
            out.append("")
            in_item = False
            continue
        if terms and stripped:
            out.append(f"- {', '.join(terms)}: {stripped}")
            terms, in_item = [], True
            continue
        if in_item and stripped and line[:1] in " \t":
            out.append("  " + stripped)
            continue
        in_item = False
        out.append(line)
    if "<<" in text:  # "<<_fetch_settings>>" in the text, not "cat <<EOF" in a listing
        out = [line if n in listed else _XREF.sub(_xref_text, line) for n, line in enumerate(out)]
    return "\n".join(out)


def _xref_text(match: re.Match[str]) -> str:
    return match.group(2) or match.group(1).strip("_-").replace("_", " ").replace("-", " ")
