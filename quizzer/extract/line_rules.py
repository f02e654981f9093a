"""markdown-it's block rules for the common forms, a line at a time (pure): the reader of one section
of a piece for :mod:`quizzer.extract.lines`, which says what it is for and how it is checked.

Each method follows the markdown-it rule it is named after (``StateBlock``, ``rules_block``), for the
forms read here; anything else raises :class:`Unread`, and the section goes to markdown-it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import Any

from markdown_it.common.utils import mdTrim
from markdown_it.rules_block.table import escapedSplit, headerLineRe

from quizzer.extract.blocks import Block, Code, Heading, Inline, ListLevel, Para, Table, html_blocks, inline_of, list_level
from quizzer.text import nfc

__all__ = ["Reader", "State", "Unread"]

# CommonMark's whitespace and then some, as markdown-it trims a paragraph or heading (``mdTrim``)
_TRIM = "".join(
    chr(code) for code in sorted({0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x1680, 0x202F, 0x205F, 0x3000}
                                 | set(range(0x2000, 0x200B)) | {0x2028, 0x2029})
)
_MAX_DEPTH = 12  # list levels read here; deeper goes to markdown-it (its nesting limit is about 19)
_TABLE_ROW = frozenset("|-: ")  # what a table's second line is made of
_MAX_AUTOCOMPLETED_CELLS = 0x10000  # markdown-it's bound on the cells it adds to rows short of cells


class Unread(Exception):
    """The section holds a form this module does not read."""


class State:
    """What the readers of a piece's sections share: its lines, each line's content start and column
    (markdown-it's ``tShift`` and ``sCount``: without tabs the same, but where a list item's first line
    is read, its marker counted as indent), the link references."""

    def __init__(self, lines: list[str], shift: list[int], references: bool, env: dict[str, Any]) -> None:
        self.lines = lines
        self.shift = list(shift)
        self.count = list(shift)
        self.references = references
        self.env = env


class Reader:
    """markdown-it's block rules for the forms read here, over lines ``start`` to ``end`` of a
    piece; the names and steps follow markdown-it's (``StateBlock``, ``rules_block``)."""

    def __init__(self, state: State, start: int, end: int, offset: int) -> None:
        self.lines = state.lines
        self.shift = state.shift
        self.count = state.count
        self.references = state.references
        self.env = state.env
        self.end = end
        self.start = start
        self.offset = offset
        # the blocks, or what makes one (None: a paragraph of nothing): inline content is read once the
        # whole section is known to be read here
        self.found: list[Block | Callable[[], Block | None]] = []
        self.block_indent = 0
        self.list_indent = -1
        self.depth = 0
        self.levels: tuple[ListLevel, ...] = ()
        self.paragraphs: list[int] = []  # paragraphs so far in each open list item

    def read(self) -> list[Block]:
        self.tokenize(self.start, self.end)
        blocks: list[Block] = []
        for found in self.found:
            if callable(found):
                block = found()
                if block is not None:
                    blocks.append(block)
            else:
                blocks.append(found)
        return blocks

    def inline(self, content: str) -> Inline:
        return inline_of(content, self.env)

    def empty(self, n: int) -> bool:
        return self.shift[n] >= len(self.lines[n])

    def tokenize(self, line: int, end: int) -> int:
        """markdown-it's ``ParserBlock.tokenize``: the blocks from ``line`` on; the line it stopped at."""
        while line < end:
            while line < end and self.empty(line):
                line += 1
            if line >= end or self.count[line] < self.block_indent:
                break
            line = self.block(line, end)
        return line

    def block(self, n: int, end: int) -> int:
        """The block at line ``n`` (the rules tried in markdown-it's order); the line after it."""
        text = self.lines[n]
        pos = self.shift[n]
        first = text[pos]
        if self.count[n] - self.block_indent >= 4:
            return self.code(n, end)
        if "|" in text:
            after = self.table(n, end, silent=False)
            if after >= 0:
                return after
        if first in "`~" and self.fence_opens(n):
            return self.fence(n, end)
        if first == ">" or (first == "[" and self.references):
            raise Unread  # a quote, maybe a link reference definition
        if first in "*-_" and self.is_hr(n):
            return n + 1  # a thematic break: no block
        if first in "*-+0123456789":
            after = self.list(n, end, silent=False)
            if after >= 0:
                return after
        if first == "<":
            after = self.html(n, end)
            if after >= 0:
                return after
        if first == "#":
            after = self.heading(n)
            if after >= 0:
                return after
        return self.paragraph(n)

    def code(self, n: int, end: int) -> int:
        """markdown-it's ``code``: the line after the indented code at ``n``."""
        inside = self.block_indent + 4
        line = last = n + 1
        while line < end:
            if self.empty(line):
                line += 1
            elif self.count[line] >= inside:
                line += 1
                last = line
            else:
                break
        rows = tuple((k + 1 + self.offset, nfc(self.lines[k][min(inside, self.shift[k]) :])) for k in range(n, last))
        self.found.append(Code("", rows, n + 1 + self.offset, lists=self.levels))
        return last

    def html(self, n: int, end: int) -> int:
        """markdown-it's ``html_block``: the line after the HTML block at ``n``, -1 when none starts there."""
        text = self.lines[n][self.shift[n] :]
        sequence = _html_sequence(text)
        if sequence is None:
            return -1
        closing = sequence[1]
        on_blank = bool(closing.search(""))
        line = n + 1
        stopped = True
        if not closing.search(text):
            stopped = False
            while line < end:
                if self.count[line] < self.block_indent and (on_blank or not self.empty(line)):
                    stopped = True
                    break
                body = self.lines[line][self.shift[line] :]
                if closing.search(body):
                    if body:
                        line += 1
                    stopped = True
                    break
                line += 1
        if not stopped and end < len(self.lines) and self.block_indent == 0:
            raise Unread  # an HTML block the section leaves open runs on into the next
        content = "".join(self.lines[k][min(self.block_indent, self.shift[k]) :] + "\n" for k in range(n, line))
        self.found += html_blocks(content, n + 1 + self.offset)
        return line

    def table(self, n: int, end: int, *, silent: bool) -> int:
        """markdown-it's ``table``: the line after the table at ``n``, -1 when none starts there
        (``silent``: 0 when one would)."""
        lines, shift, count, indent = self.lines, self.shift, self.count, self.block_indent
        below = n + 1
        if n + 2 > end or count[below] < indent or count[below] - indent >= 4:
            return -1
        rule = lines[below][shift[below] :]
        if len(rule) < 2 or rule[0] not in "|-:" or rule[1] not in "|-: " or (rule[0] == "-" and rule[1] == " "):
            return -1
        if not _TABLE_ROW.issuperset(rule):
            return -1
        aligns = 0
        columns = rule.split("|")
        for k, column in enumerate(columns):
            cell = mdTrim(column)
            if not cell:
                if k == 0 or k == len(columns) - 1:
                    continue
                return -1
            if not headerLineRe.search(cell):
                return -1
            aligns += 1
        header = mdTrim(lines[n][shift[n] :])
        if "|" not in header or count[n] - indent >= 4:
            return -1
        names = _cells(header)
        width = len(names)
        if width == 0 or width != aligns:
            return -1
        if silent:
            return 0
        rows: list[tuple[int, list[str]]] = []
        filled = 0
        line = n + 2
        while line < end:
            if count[line] < indent or self.empty(line):
                break
            pos = shift[line]
            first = lines[line][pos]
            if first == ">" and count[line] - indent < 4:
                raise Unread  # a quote ends the table
            if self.ends_table(line):
                break
            text = mdTrim(lines[line][pos:])
            if not text or count[line] - indent >= 4:
                break
            cells = _cells(text)
            filled += width - len(cells)
            if filled > _MAX_AUTOCOMPLETED_CELLS:
                break
            rows.append((line + 1 + self.offset, [mdTrim(cells[k]) if k < len(cells) and cells[k] else "" for k in range(width)]))
            line += 1
        self.found.append(partial(_table, self.inline, [mdTrim(name) for name in names], rows, n + 1 + self.offset))
        return line

    def ends_table(self, n: int) -> bool:
        """Whether line ``n`` (not empty) ends a table: markdown-it's terminator rules of ``blockquote``."""
        text = self.lines[n]
        pos = self.shift[n]
        first = text[pos]
        if self.count[n] - self.block_indent >= 4:
            return False
        if first in "`~":
            return self.fence_opens(n)
        if first in "*-_" and self.is_hr(n):
            return True
        if first in "*-+0123456789" and _marker(text, pos) is not None:
            return self.list(n, self.end, silent=True, paragraph=False) >= 0
        if first == "<":
            sequence = _html_sequence(text[pos:])
            return sequence is not None and sequence[2]
        if first == "#":
            level = len(text) - pos - len(text[pos:].lstrip("#"))
            return level <= 6 and (pos + level >= len(text) or text[pos + level] == " ")
        return False

    def fence_opens(self, n: int) -> bool:
        text = self.lines[n]
        pos = self.shift[n]
        marker = text[pos]
        length = len(text) - pos - len(text[pos:].lstrip(marker))
        return length >= 3 and not (marker == "`" and "`" in text[pos + length :])

    def fence(self, n: int, end: int) -> int:
        text = self.lines[n]
        pos = self.shift[n]
        marker = text[pos]
        rest = text[pos:].lstrip(marker)
        length = len(text) - pos - len(rest)
        closed = False
        line = n
        while True:
            line += 1
            if line >= end:
                break
            body = self.lines[line]
            at = self.shift[line]
            if at < len(body) and self.count[line] < self.block_indent:
                break
            if at >= len(body) or body[at] != marker or self.count[line] - self.block_indent >= 4:
                continue
            tail = body[at:].lstrip(marker)
            if len(body) - at - len(tail) >= length and not tail.strip(" "):
                closed = True
                break
        if not closed and line >= end and end < len(self.lines) and self.block_indent == 0:
            raise Unread  # a fence the section leaves open runs on into the next
        indent = self.count[n]
        rows = []
        for k in range(n + 1, line):
            body = self.lines[k]
            rows.append((k + 1 + self.offset, nfc(body[min(indent, len(body) - len(body.lstrip(" "))) :])))
        self.found.append(Code(rest.strip(), tuple(rows), n + 1 + self.offset, closed, self.levels))
        return line + 1 if closed else line

    def is_hr(self, n: int) -> bool:
        text = self.lines[n]
        marker = text[self.shift[n]]
        body = text[self.shift[n] :].replace(" ", "")
        return len(body) >= 3 and body.strip(marker) == ""

    def heading(self, n: int) -> int:
        text = self.lines[n]
        pos = self.shift[n]
        level = len(text) - pos - len(text[pos:].lstrip("#"))
        pos += level
        if level > 6 or (pos < len(text) and text[pos] != " "):
            return -1
        content = text[pos:].rstrip(" ")
        stripped = content.rstrip("#")
        if len(stripped) < len(content) and stripped[-1:] == " ":  # a closing sequence
            content = stripped
        self.found.append(partial(_heading, level, self.inline, content.strip(_TRIM), n + 1 + self.offset))
        return n + 1

    def setext(self, n: int, underline: int, level: int) -> int:
        """markdown-it's ``lheading``: lines ``n`` to ``underline`` a heading; the line after it."""
        parts = [self.lines[k][min(self.block_indent, self.shift[k]) :] for k in range(n, underline)]
        self.found.append(partial(_heading, level, self.inline, "\n".join(parts).strip(_TRIM), n + 1 + self.offset))
        return underline + 1

    def interrupts(self, n: int) -> bool:
        """Whether line ``n`` ends a paragraph (markdown-it's terminator rules of ``paragraph``)."""
        text = self.lines[n]
        pos = self.shift[n]
        first = text[pos]
        if "|" in text and self.table(n, self.end, silent=True) >= 0:
            return True
        if first == ">":
            raise Unread
        if first == "<":
            sequence = _html_sequence(text[pos:])
            return sequence is not None and sequence[2]
        if first in "*-_" and self.is_hr(n):
            return True
        if first in "`~":
            return self.fence_opens(n)
        if first in "*-+0123456789" and self.list(n, self.end, silent=True) >= 0:
            return True
        if first == "#":
            level = len(text) - pos - len(text[pos:].lstrip("#"))
            return level <= 6 and (pos + level >= len(text) or text[pos + level] == " ")
        return False

    def paragraph(self, n: int) -> int:
        line = n + 1
        end = self.end
        while line < end:
            if self.empty(line):
                break
            if self.count[line] - self.block_indent > 3:
                line += 1
                continue
            if self.count[line] >= self.block_indent:  # lheading: an underline makes a heading
                text = self.lines[line]
                pos = self.shift[line]
                if text[pos] in "-=" and not text[pos:].lstrip(text[pos]).strip(" "):
                    return self.setext(n, line, 1 if text[pos] == "=" else 2)
            if self.interrupts(line):
                break
            line += 1
        parts = []
        for k in range(n, line):
            text = self.lines[k]
            parts.append(text[min(self.block_indent, self.shift[k]) :])  # a list item's first line: from its content
        if self.paragraphs:
            first = self.paragraphs[-1] == 0
            self.paragraphs[-1] += 1
        else:
            first = True
        self.found.append(partial(_para, self.inline, "\n".join(parts).strip(_TRIM), n + 1 + self.offset, self.levels, first))
        return line

    def list(self, n: int, end: int, *, silent: bool, paragraph: bool = True) -> int:
        """markdown-it's ``list_block``: the line after the list at ``n``, -1 when none starts there
        (``silent``: 0 when one would, as a check that ends a paragraph)."""
        count = self.count
        if count[n] - self.block_indent >= 4:
            return -1
        if self.list_indent >= 0 and count[n] - self.list_indent >= 4 and count[n] < self.block_indent:
            return -1
        terminating = silent and paragraph and count[n] >= self.block_indent
        marker = _marker(self.lines[n], self.shift[n])
        if marker is None:
            return -1
        after, value = marker
        text = self.lines[n]
        if terminating and (value not in (-1, 1) or not text[after:].strip(" ")):
            return -1
        if silent:
            return 0
        ordered = value >= 0
        if self.depth >= _MAX_DEPTH:
            raise Unread
        character = text[after - 1]
        number = (value or 1) if ordered else 1  # markdown-it's start attribute, and "0." starts at 1
        self.depth += 1
        line = start = n
        levels = self.levels
        while line < end:
            text = self.lines[start]
            initial = count[start] + after - self.shift[start]
            spaces = len(text) - after - len(text[after:].lstrip(" "))
            content_start = after + spaces
            indent_after = 1 if content_start >= len(text) else spaces
            if indent_after > 4:
                indent_after = 1
            indent = initial + indent_after
            old_shift, old_count, old_list_indent = self.shift[start], count[start], self.list_indent
            self.list_indent = self.block_indent
            self.block_indent = indent
            self.shift[start] = content_start
            count[start] = initial + spaces
            self.levels = (*levels, list_level(ordered, number))
            self.paragraphs.append(0)
            if content_start >= len(text) and (start + 1 >= len(self.lines) or start + 1 < self.end and self.empty(start + 1)):
                line = min(start + 2, end)
            else:
                line = self.tokenize(start, end)
            self.paragraphs.pop()
            self.block_indent = self.list_indent
            self.list_indent = old_list_indent
            self.shift[start], count[start] = old_shift, old_count
            number += 1
            start = line
            if line >= end or self.empty(line):
                break
            if count[line] < self.block_indent or count[line] - self.block_indent >= 4:
                break
            pos = self.shift[line]
            first = self.lines[line][pos]
            if first == ">":
                raise Unread
            if first in "*-_" and self.is_hr(line):
                break
            if first in "`~" and self.fence_opens(line):
                break
            marker = _marker(self.lines[line], pos)
            if marker is None or (marker[1] >= 0) != ordered or self.lines[line][marker[0] - 1] != character:
                break
            after = marker[0]
        self.levels = levels
        self.depth -= 1
        return line


def _heading(level: int, inline: Callable[[str], Inline], content: str, line: int) -> Heading:
    return Heading(level, inline(content).plain, line)


def _para(inline: Callable[[str], Inline], content: str, line: int, lists: tuple[ListLevel, ...], first: bool) -> Para | None:
    read = inline(content)
    return Para(read, line, lists, first, False) if read.spans else None


def _table(inline: Callable[[str], Inline], names: list[str], rows: list[tuple[int, list[str]]], line: int) -> Table:
    return Table(
        tuple(inline(name).plain for name in names),
        tuple((number, tuple(inline(cell) for cell in cells)) for number, cells in rows),
        line,
    )


def _cells(text: str) -> list[str]:
    """A table row's cells, as markdown-it splits them (a ``|`` at either end opens or closes the row)."""
    # escapedSplit walks the row a character at a time for the '\|' it keeps as text: a row with no
    # backslash splits at every '|' alike, in one call
    cells = text.split("|") if "\\" not in text else escapedSplit(text)
    if cells and cells[0] == "":
        cells.pop(0)
    if cells and cells[-1] == "":
        cells.pop()
    return cells


def _html_sequence(text: str) -> tuple[re.Pattern[str], re.Pattern[str], bool] | None:
    """markdown-it's kind of HTML block that opens ``text`` (a line from its content start), if any."""
    from markdown_it.rules_block.html_block import HTML_SEQUENCES

    for sequence in HTML_SEQUENCES:
        if sequence[0].search(text):
            return sequence
    return None


def _marker(text: str, pos: int) -> tuple[int, int] | None:
    """A list marker at ``pos``: the position after it and its number (-1 for a bullet)."""
    first = text[pos : pos + 1]
    if first in ("-", "+", "*") and first:
        after = pos + 1
        if after < len(text) and text[after] != " ":
            return None
        return after, -1
    if not first.isdigit() or pos + 1 >= len(text):
        return None
    end = pos
    while end < len(text) and "0" <= text[end] <= "9":
        end += 1
    if end >= len(text) or end - pos >= 10 or text[end] not in ".)":
        return None
    after = end + 1
    if after < len(text) and text[after] != " ":
        return None
    return after, int(text[pos:end])
