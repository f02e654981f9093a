"""A plain-text column sheet: a term, a wide gap, what it does, the gloss aligned in one column (pure).

Cheat sheets kept as plain text (no markdown at all) line up each term and its gloss::

    tmux new -s NAME             New named session
              -c DIR             Start in DIR
    tmux detach
              d                  Detach this client
              D                  Choose a client to detach
    tmux copy-mode
              [                  Enter copy mode
                   Space         Start selection

A row is a term, two spaces or more, then the gloss, which starts at the column most glosses start at.  The
term is a command line (its program's, as it names it), an option (indented under the command line whose
option it is) or keys (a key, a chord, a few keys side by side: ``n p``, ``( )``, ``q 1``) of the program
the notes name (their title, headings or file name: ``Walk.key_program``; a plain-text heading of the sheet
naming one, ``VIM`` alone on its line, for the rows after it), else of the program the sheet's command lines
run, when it is one with keys of its own, else of the one a plain-text title names (the first line, ``SCREEN
CHEAT SHEET``).  Each row is one card; its line is the row's.

Where the column is ambiguous nothing is guessed, a warning names the line: a line with no gloss, a line in
the gloss column alone (a gloss that goes on: when it starts in lower case after a gloss with no end, the row
above wraps, and its card is dropped too; else it is a remark of its own), a gloss ending in a colon (a lead-in),
an option under no command line, a term of words that may be prose (``Go to``).

A whole document (:func:`as_code`, asked by ``blocks.prepare``: it becomes one code block) or a code block
(:func:`read`) reads so when it holds three rows or more glossed in one column and at least one row indented
under another (a sheet's shape, not a list of commands with comments, which other readers take), and three of its
rows, half of its glossed rows at least, make cards.  A markdown paragraph of hard-broken lines
(:func:`read_para`), where markdown keeps no indentation to go by, reads so only when every glossed row makes one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from typing import TYPE_CHECKING

from quizzer import lazyre
from quizzer.extract import bare_scripts
from quizzer.extract.knowledge import KEY_PROGRAMS, is_caret_key, is_key_or_chord, is_key_sequence, program_named
from quizzer.extract.model import Kind
from quizzer.i18n import _
from quizzer.shell import Invocation, looks_like_command, parse_invocation

if TYPE_CHECKING:
    from quizzer.extract.blocks import Code, Para
    from quizzer.extract.walk import Walk

__all__ = ["Row", "as_code", "read", "read_para", "sheet"]

_LEAST = 3  # glossed rows a sheet needs at least
_REASON = "row of a plain-text column sheet: the term, then its gloss in the column"
# "tmux new -s NAME      New named session": the term, a gap of two spaces or more, the gloss
_ROW = lazyre.pattern(r"(?P<term>\S(?:.*?\S)??)(?P<gap> {2,}|\t+)(?P<gloss>\S.*)")
_OPTION = lazyre.pattern(r"-{1,2}[A-Za-z0-9?][\w-]*")
_SENTENCE_END = lazyre.pattern(r"[.!?:;]$")
_PROMPT = lazyre.pattern(r"(?:[$#>%]|PS[^>]*>)\s")  # "$ git log": a console session, its output in columns
_WORDS = lazyre.pattern(r"[^\W_]|\(")  # a gloss starts as words do ("\\" ending a long line is no gloss)
# what no plain text sheet has: markdown's headings, lists, fences, tables, quotes, spans and links
# (the HTML elements named are those no sheet's placeholder is: knowledge.HTML_ELEMENTS holds <source>, <time>, <title>,
# <option>, <output> …, which a sheet of command lines writes as what to type)
_MARKDOWN = lazyre.pattern(
    r"^(?:#{1,6} |[-*+] |\d+[.)] |```|~~~|\||> )|`|\*\*|\]\(|</?(?:br|p|div|span|kbd|img|table|tr|td|pre|code|ul|li|h[1-6])\b",
    re.MULTILINE | re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Row:
    line: int
    indent: int
    term: str  # "" for a line in the gloss column alone
    gloss: str  # "" for a term with no gloss


def _row(line: int, text: str, column: int | None) -> Row:
    text = text.expandtabs(8).rstrip()
    indent = _indent(text)
    body = text.strip()
    if column is not None and indent >= column - 1:
        return Row(line, indent, "", body)
    match = _ROW.fullmatch(body)
    if match is None:
        return Row(line, indent, body, "")
    return Row(line, indent, match.group("term"), match.group("gloss"))


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def _gloss_column(text: str) -> int | None:
    text = text.expandtabs(8).rstrip()
    match = _ROW.fullmatch(text.strip())
    return _indent(text) + match.start("gloss") if match else None


def sheet(lines: Sequence[tuple[int, str]], *, nested: bool = True, least: int = _LEAST) -> tuple[Row, ...] | None:
    """``lines`` read as the rows of a column sheet (see the module's docstring), else None; ``nested``: one row
    at least must be indented under another; ``least``: the glossed rows in the column it needs."""
    written = [(n, text, _gloss_column(text)) for n, text in lines if text.strip()]
    if any(_PROMPT.match(text) or text.rstrip().endswith("\\") for _n, text, _c in written):
        return None  # a console session, a line going on: no sheet
    columns = [c for _n, _text, c in written if c is not None]
    if len(columns) < least:
        return None
    column = max(set(columns), key=lambda c: (columns.count(c), -c))
    if columns.count(column) < least or columns.count(column) * 4 < len(columns) * 3:
        return None  # glosses not aligned: prose, or columns of another shape
    if any(c is not None and c < column and _indent(text) < column - 1 for _n, text, c in written):
        return None  # a gap inside a term ("Ctrl-A  i"), a third column: the column cannot be told
    rows = tuple(_row(n, text, column) for n, text, _c in written)
    if any(row.gloss and (not _WORDS.match(row.gloss) or "   " in row.gloss) for row in rows):
        return None  # a gloss of no words, a third column: a table of output, a listing
    if nested and not any(
        later.term and earlier.term and later.indent > earlier.indent for earlier, later in zip(rows, rows[1:])
    ):
        return None
    return rows


def as_code(text: str) -> str | None:
    """``text`` indented as one code block when the whole document is a plain-text column sheet, else None."""
    if _MARKDOWN.search(text):
        return None
    lines = list(enumerate(text.split("\n"), start=1))
    if sheet(lines) is None:
        return None
    return bare_scripts.indented(text)


def _key(token: str) -> bool:
    """``q``, ``gg``, ``^U``, ``PgUp``, ``Ctrl-A``: one key as sheets write it."""
    return len(token) == 1 or (len(token) == 2 and token[0] == token[1]) or is_caret_key(token) or is_key_or_chord(token)


def _keys(term: str) -> bool:
    tokens = term.split()
    return is_key_or_chord(term) or is_key_sequence(term) or (len(tokens) <= 6 and all(_key(t) for t in tokens))


def _command(term: str, program: str | None) -> Invocation | None:
    if not looks_like_command(term):
        return None
    invocation = parse_invocation(term)
    if invocation is None or program is None or invocation.command.split(" ", 1)[0] != program:
        return None
    return invocation


def _heading_keys(term: str) -> str | None:
    """The program with keys of its own a short plain-text heading names (``TMUX``, ``Vim keys:``), else None."""
    named = program_named(term) if len(term.split()) <= 3 else None
    return named if named in KEY_PROGRAMS else None


def _title_keys(source: Sequence[str]) -> str | None:
    """The program with keys a plain-text title names: the document's first line, a few words alone (``SCREEN
    CHEAT SHEET``), which markdown reads as a paragraph, not a heading."""
    first = next((line.strip() for line in source if line.strip()), "")
    return None if _ROW.fullmatch(first) else _heading_keys(first)


def _program(rows: Sequence[Row]) -> str | None:
    """The program the sheet's command lines at the margin run, when most of them run one."""
    margin = min((row.indent for row in rows if row.term), default=0)
    firsts = [row.term.split()[0] for row in rows if row.term and row.indent == margin]
    if not firsts:
        return None
    first = max(set(firsts), key=firsts.count)
    return first if firsts.count(first) * 2 > len(firsts) and looks_like_command(first) else None


def read(walk: Walk, block: Code) -> bool:
    """Read ``block`` as a plain-text column sheet; False (nothing done) when it is not that style: most of its
    glossed rows are no command line, option or keys (a listing, a help text under no command line).  A block of
    rows at one margin, nothing indented under anything, reads so only when every glossed row is a command line of
    the one program they run (keys in columns are key_rows' to read) and no gloss holds what is typed
    (:func:`_typed`)."""
    rows = sheet(block.lines)
    if rows is not None:
        return _read(walk, rows, every=False)
    rows = sheet(block.lines, nested=False)
    least = _LEAST
    if rows is None and walk.sheet_program is not None:
        # "pacman -Rsn <pkg>        uninstall …" alone in its block, after blocks of such rows: the notes' way of
        # writing a line and its gloss, when the gap is wide (two spaces may be a slip inside a line)
        rows = sheet(block.lines, nested=False, least=1)
        if rows is None or _program(rows) != walk.sheet_program or not all(
            _WIDE_GAP.search(text) for _, text in block.lines if text.strip()
        ):
            return False
        least = 1
    if rows is None:
        return False
    program = _program(rows)
    glossed = [row for row in rows if row.term and row.gloss]
    if not all(_command(row.term, program) is not None and not _typed(row.gloss) for row in glossed):
        return False
    if not _read(walk, rows, every=True, least=least):
        return False
    walk.sheet_program = program
    return True


_WIDE_GAP = lazyre.pattern(r"\S {3,}\S|\S\t")  # a gap of three spaces or more (or a tab) between a term and its gloss


# what a gloss of words does not hold and typed arguments do: an option, a path, a quote, a variable, a placeholder
# ("git config user.name   Ann Lee" / "… user.email   ann@example.com": values lined up, no glosses)
_TYPED = lazyre.pattern(r"(?:^|\s)(?:-{1,2}\w|[~.]?/\w)|[\w.]@\w|[=$\"'`<>{}\[\]|\\]")


def _typed(gloss: str) -> bool:
    """``gloss`` holds what a person types (an option, a path, a quoted value …), not words saying what a row does."""
    return _TYPED.search(gloss) is not None


def read_para(walk: Walk, block: Para) -> bool:
    """Read a paragraph of hard-broken lines as a column sheet; False (nothing done) when it is not one.  Markdown
    keeps no indentation to go by here: every glossed row must be a command line, an option or keys."""
    if block.lists or block.quote or "\n" not in block.inline.raw:
        return False
    last = block.line + block.inline.raw.count("\n")
    rows = sheet([(n, walk.written(n) or "") for n in range(block.line, last + 1)], nested=False)
    return rows is not None and _read(walk, rows, every=True)


def _read(walk: Walk, rows: Sequence[Row], *, every: bool, least: int = _LEAST) -> bool:
    """Cards and warnings of ``rows``; False (nothing done) when fewer than ``least`` rows make cards (three unless
    told), or fewer than half of the glossed rows (``every``: fewer than all of them)."""
    program = _program(rows)
    keys_of = walk.key_program() or KEY_PROGRAMS.get(program or "") or _title_keys(walk.source)
    warnings: list[tuple[int, str]] = []
    unread: list[tuple[int, str]] = []
    cards: dict[int, tuple[Row, Kind, str | None]] = {}
    above: list[tuple[Row, Invocation | None]] = []  # the rows the current one is indented under, and their commands
    previous: Row | None = None
    last_line = 0
    for row in rows:
        if row.line > last_line + 1:
            above = []  # a blank line: rows after it are indented under nothing above it
        last_line = row.line
        if not row.term:
            warnings += _go_on(row, previous, cards)
            continue
        previous = row
        while above and above[-1][0].indent >= row.indent:
            above.pop()
        invocation = _command(row.term, program)
        above.append((row, invocation))
        if not row.gloss and invocation is None and (named := _heading_keys(row.term)) is not None:
            keys_of = named  # "VIM" / "Vim keys:" over keys: a plain-text heading naming whose keys follow
        if not row.gloss:
            unread.append((row.line, _(
                "line {line}: '{term}' has no gloss beside it in the column; no card made from it"
            ).format(line=row.line, term=row.term)))
        elif row.gloss.endswith((":", "：")):
            warnings.append((row.line, _(
                "line {line}: the gloss of '{term}' ends in a colon, a lead-in to what follows; no card made from it"
            ).format(line=row.line, term=row.term)))
        elif invocation is not None:
            cards[row.line] = (row, Kind.COMMAND, invocation.command)
        elif _OPTION.match(row.term):
            owner = next((inv for _row, inv in reversed(above[:-1]) if inv is not None), None)
            if owner is not None:
                cards[row.line] = (row, Kind.OPTION, owner.command)
            else:
                warnings.append((row.line, _(
                    "line {line}: the option '{term}' is indented under no command line; no card made from it"
                ).format(line=row.line, term=row.term)))
        elif _keys(row.term) and keys_of is not None:
            cards[row.line] = (row, Kind.COMMAND, keys_of)
        elif _keys(row.term):
            warnings.append((row.line, _(
                "line {line}: the notes do not say which program's keys '{term}' are; no card made from it"
            ).format(line=row.line, term=row.term)))
        else:
            warnings.append((row.line, _(
                "line {line}: '{term}' is neither a command line, an option nor keys; no card made from it"
            ).format(line=row.line, term=row.term)))
    glossed = sum(1 for row in rows if row.term and row.gloss)
    if len(cards) < least or len(cards) * 2 < glossed or every and len(cards) < glossed:
        return False  # mostly rows of another kind: the block is for other readers
    for line, message in warnings:
        walk.warn(line, message)
    for line, message in unread:
        walk.unless_read(line, message)
    for row, kind, command in cards.values():
        if kind is Kind.OPTION:
            flag = _OPTION.match(row.term)
            walk.add_option([flag.group(0) if flag else row.term], row.gloss, command, row.line, reason=_REASON,
                            written=row.term)
        else:
            walk.add(kind, term=row.term, front=row.term, back=row.gloss, command=command, line=row.line,
                     reason=_REASON)
    return True


def _go_on(row: Row, previous: Row | None, cards: dict[int, tuple[Row, Kind, str | None]]) -> list[tuple[int, str]]:
    """A line in the gloss column alone: the gloss above wraps onto it (both warned, no card) or a remark."""
    said = []
    if previous is not None and previous.gloss and not _SENTENCE_END.search(previous.gloss) and row.gloss[:1].islower():
        cards.pop(previous.line, None)
        said.append((previous.line, _(
            "line {line}: the gloss goes on on the next line, where the column cannot tell where it ends; "
            "no card made from it"
        ).format(line=previous.line)))
    said.append((row.line, _(
        "line {line}: a line in the gloss column with no term beside it; no card made from it"
    ).format(line=row.line)))
    return said
