"""The blocks of common markdown read a line at a time, markdown-it for the rest (pure).

markdown-it's block parse is about half of its parse: every rule tried at every line, a token for
everything.  Most of a notes file is headings, paragraphs of one or more lines, bullet and numbered
lists (nested, lazy lines, several paragraphs an item), fenced and indented code, thematic breaks,
setext headings, HTML blocks and tables, which this module reads itself, line by line, following
markdown-it's own block rules for those forms (``paragraph``, ``heading``, ``lheading``, ``fence``,
``code``, ``list``, ``hr``, ``html_block``, ``table``, and the checks by which they end one another).
A piece is cut into sections at top-level ATX headings; a section holding anything else (a quote, a
tab, a block starting ``[`` when the piece has ``]:`` …) is left to markdown-it, with the sections
after it up to the next one read here.  Where such a run ends, the heading that starts the next
section must come out of markdown-it's parse of the run as a top-level heading at that line, or the
run goes on (after three misses of that run, to the end of the piece): markdown-it reads a document top to
bottom, so a top-level heading there means nothing of the run was open at it.
``tests/test_extract_lines.py`` compares the blocks with markdown-it's on the corpus and on random
documents.
"""

from __future__ import annotations

from bisect import bisect_left

from quizzer.extract.blocks import Block, parsed_blocks, parsed_run
from quizzer.extract.line_rules import Reader, State, Unread

__all__ = ["line_blocks"]


def line_blocks(text: str, offset: int, skipped: list[tuple[int, int]] | None) -> list[Block]:
    """The blocks of a piece (its first line is line ``offset + 1``), as :func:`parsed_blocks`
    gives them."""
    if "\0" in text:
        return list(parsed_blocks(text, offset, skipped))
    lines = text.split("\n")
    if not lines[-1].strip(" \t"):
        lines.pop()  # markdown-it has no line for the end, nor for a last line of spaces alone
    # with "]:" in it, a link reference definition may be somewhere: no section with a block starting
    # "[" is read here, and when markdown-it finds definitions in the runs, what holds a "[" is read
    # again with all of them known from the start (a definition counts for every link of the piece,
    # the first of a label wins, and the blocks' bounds do not depend on them)
    leads = [len(line) - len(line.lstrip(" ")) for line in lines]  # markdown-it's tShift (no tabs: its sCount too)
    state = State(lines, leads, "]:" in text, {})
    nested: list[tuple[int, int]] = []
    parts = _parts(state, offset, nested)
    if state.env.get("references"):
        state.env = {"references": dict(state.env["references"])}
        # what may use a label: the first word of one in it, as labels are compared (case folded)
        words = {label.split(" ")[0] for label in state.env["references"]}
        for n, (start, end, kind, _) in enumerate(parts):
            text = "\n".join(lines[start:end])
            if "[" in text and any(word in text.lower().upper() for word in words):
                again = _part(state, start, end, kind, offset, [])
                if again is None:  # (the blocks' bounds do not depend on the definitions: never)
                    return list(parsed_blocks("\n".join(lines) + "\n", offset, skipped))
                parts[n] = (start, end, kind, again)
    if skipped is not None:
        skipped += nested
    return [block for part in parts for block in part[3]]


_READ, _RUN, _TAIL = 0, 1, 2  # a part read here; parsed by markdown-it, the heading after it checked; to the end


def _parts(state: State, offset: int, nested: list[tuple[int, int]]) -> list[tuple[int, int, int, list[Block]]]:
    """The piece's parts in order: ``(first line, end, kind, blocks)``."""
    lines = state.lines
    leads = list(state.shift)
    tabs = [n for n, line in enumerate(lines) if "\t" in line] if any("\t" in line for line in lines) else []
    parts: list[tuple[int, int, int, list[Block]]] = []
    cuts = _cuts(lines)
    run = -1  # the first line of the sections left to markdown-it, -1: none
    missed = 0  # times the open run did not end where the next section starts
    for start, end in zip([0, *cuts], [*cuts, len(lines)]):
        try:
            if tabs and bisect_left(tabs, start) < len(tabs) and tabs[bisect_left(tabs, start)] < end:
                raise Unread  # a tab: markdown-it's columns, not read here
            read = Reader(state, start, end, offset).read()
        except Unread:
            state.shift[start:end] = state.count[start:end] = leads[start:end]  # a list item's marker may be counted in
            if run < 0:
                run = start
            continue
        if run >= 0:
            parsed = _part(state, run, start, _RUN, offset, nested)
            if parsed is None:  # something of the run is open at this heading: the run goes on
                missed += 1
                if missed > 2:
                    break
                continue
            parts.append((run, start, _RUN, parsed))
            run, missed = -1, 0
        parts.append((start, end, _READ, read))
    if run >= 0:
        parts.append((run, len(lines), _TAIL, _part(state, run, len(lines), _TAIL, offset, nested) or []))
    return parts


def _part(state: State, start: int, end: int, kind: int, offset: int, nested: list[tuple[int, int]]) -> list[Block] | None:
    if kind == _READ:
        return Reader(state, start, end, offset).read()
    if kind == _RUN:
        return parsed_run("\n".join(state.lines[start : end + 1]) + "\n", offset + start, nested, state.env)
    return list(parsed_blocks("\n".join(state.lines[start:end]) + "\n", offset + start, nested, state.env))


def _cuts(lines: list[str]) -> list[int]:
    """The lines a section may start at: ATX headings in the first column, outside what looks like a
    top-level fence (a wrong guess costs only time: see the module's note)."""
    cuts: list[int] = []
    fence = ""  # the open fence's marks
    for n, line in enumerate(lines):
        first = line[:1]
        if first == "#":
            if not fence and n and _is_heading_line(line):
                cuts.append(n)
        elif first in "`~ " and first:
            body = line.lstrip(" ")
            if len(line) - len(body) > 3 or body[:3] not in ("```", "~~~"):
                continue
            marks = body[: len(body) - len(body.lstrip(body[0]))]
            if not fence:
                if not (marks[0] == "`" and "`" in body[len(marks) :]):
                    fence = marks
            elif marks[0] == fence[0] and len(marks) >= len(fence) and not body[len(marks) :].strip(" \t"):
                fence = ""
    return cuts


def _is_heading_line(line: str) -> bool:
    """``#`` to ``######`` in the first column, then a space or the end of the line."""
    level = len(line) - len(line.lstrip("#"))
    return level <= 6 and (len(line) == level or line[level] == " ")
