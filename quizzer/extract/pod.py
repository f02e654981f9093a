"""A manual page in Perl's POD (``=head1 NAME`` / ``=over`` / ``=item -h`` …) read as the markdown it means, line
for line (pure).

Perl's Plain Old Documentation writes many programs' manual pages (pod2man makes the roff of them), and the source
is sometimes kept with notes as it is.  Read as markdown it is paragraphs of ``=`` commands; here each line is
rewritten into the markdown it means, keeping line numbers, so the man page reader
(:mod:`quizzer.extract.man_pages`) reads it as it reads a page already in markdown (as :mod:`quizzer.extract.roff`
does for roff):

- ``=head1 NAME`` / ``=head2 Sub`` is a ``##`` / ``###`` heading;
- an ``=item`` (an option, ``=item -X FILE, --exclude-from FILE``, or a key) over the paragraph after it is one
  item ``- -X FILE, --exclude-from FILE: Exclude files …`` on the paragraph's first line, its next lines going on in
  it; ``=item *`` is a bullet of its paragraph;
- ``=over``, ``=back``, ``=cut``, ``=pod``, ``=encoding`` and a ``=begin`` … ``=end`` block are blank, and so are the
  roff requests some pages keep first (``.TH``);
- an indented paragraph (POD's verbatim text) is an indented code block;
- formatting codes: ``C<x>`` is code, ``B<x>``, ``I<x>``, ``F<x>``, ``S<x>`` their text, ``L<text|page>`` the text
  (or the page), ``E<lt>`` / ``E<gt>`` the sign, ``X<>`` / ``Z<>`` nothing; the rest is plain text, never markdown's
  marks (:func:`~quizzer.extract.literal.literal`).

A text reads so only when its first line that is neither blank nor a roff request is a POD command (``=head1``,
``=pod``, ``=encoding``) and a ``=head1`` section is in it.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.literal import literal, literal_line

__all__ = ["BEGIN", "as_markdown", "is_pod"]

BEGIN = "=begin"  # what :func:`as_markdown` says it left unread at a =begin block's first line

_FIRST = lazyre.pattern(r"\A(?:[ \t]*\n|[.'][A-Za-z\\].*\n)*=(?:head1|pod|encoding)\b")
_COMMAND = lazyre.pattern(r"^=(?P<name>[a-z]+\d?)(?:[ \t]+(?P<text>.*?))?[ \t]*$")
_ROFF = lazyre.pattern(r"^[.'][A-Za-z\\]")
# a formatting code with nothing of its kind inside ("B<ncdu>", "L<du(1)>"), or in doubled brackets ("C<< a<b >>")
_CODE = lazyre.pattern(r"(?P<code>[A-Z])(?:<<+[ \t](?P<wide>.*?)[ \t]>>+|<(?P<narrow>[^<>]*)>)")
_SIGNS = {"lt": "<", "gt": ">", "verbar": "|", "sol": "/", "amp": "&", "quot": '"'}
_CODE_MARK = "\x00"  # where a code span starts or ends, while the text around it is escaped
_SIGN_MARK = "\x01"  # around the number of a sign E<> stands for, while codes are read (prepare took controls out)
_SIGN_MARKED = lazyre.pattern(f"{_SIGN_MARK}(\\d+){_SIGN_MARK}")
# a character by its number: decimal, 0x hex or 0 octal ("E<233>", "E<0xE9>", "E<0351>"), ASCII digits only
_NUMBER = lazyre.pattern(r"(?P<hex>0[xX][0-9A-Fa-f]+)|(?P<octal>0[0-7]+)|(?P<decimal>[0-9]+)")
_NO_CHARACTER = "\ufffd"  # what a number naming no character reads as (as markdown reads "&#0;")


def is_pod(text: str) -> bool:
    """A POD command first (after blank lines and roff requests) and a ``=head1`` section."""
    return _FIRST.match(text) is not None and ("\n=head1" in text or text.startswith("=head1"))


def _codes(text: str) -> str:
    """``text`` with its formatting codes read, inner first; a code span marked with _CODE_MARK on each side.  A sign
    an ``E<>`` stands for is put in when all codes are read, so it never makes one (``CE<lt>x>`` is ``C<x>`` as text,
    not code)."""
    signs: list[str] = []

    def read(match: re.Match[str]) -> str:
        code = match.group("code")
        inside = match.group("wide") if match.group("wide") is not None else match.group("narrow")
        if code == "C":
            return f"{_CODE_MARK}{inside.replace(_CODE_MARK, '')}{_CODE_MARK}"
        if code == "L":
            return inside.split("|", 1)[0] if "|" in inside else inside
        if code == "E":
            signs.append(_escape(inside))
            return f"{_SIGN_MARK}{len(signs) - 1}{_SIGN_MARK}"
        return "" if code in "XZ" else inside

    while True:
        read_once = _CODE.sub(read, text)
        if read_once == text:
            break
        text = read_once
    return _SIGN_MARKED.sub(lambda m: signs[int(m.group(1))], text) if signs else text


def _escape(inside: str) -> str:
    """What ``E<inside>`` stands for: a sign by name (``lt``), a character by number; a number naming no character,
    or a control (``E<27>``, an escape sequence's start: :func:`~quizzer.extract.blocks.prepare` took the notes' own
    out already), a line break or a lone surrogate is the replacement character: never a traceback, a control in a
    card or a line moved."""
    number = _NUMBER.fullmatch(inside)
    if number is None:
        return _SIGNS.get(inside, inside)
    value = int(number.group(), 16 if number.group("hex") else 8 if number.group("octal") else 10)
    if value < 0x20 or 0x7F <= value <= 0x9F or 0xD800 <= value <= 0xDFFF or value > 0x10FFFF:
        return _NO_CHARACTER
    return chr(value)


def _inline(text: str, *, line: bool = False) -> str:
    """A line of POD text as markdown: code spans kept, the rest escaped (``line``: as a line of its own)."""
    parts = _codes(text).split(_CODE_MARK)
    if len(parts) % 2 == 0:  # a code left open: all plain
        parts = ["".join(parts)]
    out = [f"`{part}`" if n % 2 else literal_line(part) if n == 0 and line else literal(part) for n, part in enumerate(parts)]
    return "".join(out)


def as_markdown(text: str, unread: list[tuple[int, str]] | None = None) -> str:
    """``text`` (a POD page) as markdown, each line where it was; the line of each ``=begin`` goes into ``unread``
    with :data:`BEGIN` (its lines up to ``=end`` are blank: they are for another formatter)."""
    out: list[str] = []
    term: str | None = None  # an =item's text, awaiting its paragraph
    in_item = False  # the lines of a paragraph that opened an item go on in it
    in_paragraph = False
    hidden = False  # inside =begin … =end: for another formatter, not read
    out_of_title = False  # past the first POD command: a line starting ".x" is text (".gitignore is …")
    for raw in text.split("\n"):
        command = _COMMAND.match(raw)
        if hidden:
            hidden = not (command is not None and command.group("name") == "end")
            out.append("")
            continue
        if command is not None:
            out_of_title = True
            name, said = command.group("name"), command.group("text") or ""
            in_item = in_paragraph = False
            if name.startswith("head") and name[4:].isdigit():
                out.append(f"{'#' * (int(name[4:]) + 1)} {_inline(said)}")
            elif name == "item":
                term = said
                out.append("")
            else:
                hidden = name == "begin"
                if hidden and unread is not None:
                    unread.append((len(out) + 1, BEGIN))
                out.append("")
            continue
        if not raw.strip():
            in_paragraph = False
            out.append("")
            continue
        if not out_of_title and _ROFF.match(raw):
            out.append("")  # ".TH ncdu 1 …" before the first section: pod2man's title, no text
            continue
        if not in_paragraph and raw[:1] in " \t":
            out.append("    " + raw)  # verbatim: the lines as written
            continue
        if not in_paragraph and term is not None:
            bullet = term.strip() in ("*", "") or term.strip().rstrip(".").isdigit()
            out.append(f"- {_inline(raw.strip())}" if bullet else f"- {_inline(term)}: {_inline(raw.strip())}")
            term, in_item, in_paragraph = None, True, True
            continue
        in_paragraph = True
        out.append(f"  {_inline(raw.strip())}" if in_item else _inline(raw.strip(), line=True))
    return "\n".join(out)
