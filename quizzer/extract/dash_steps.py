"""Steps numbered ``1 - …`` on the lines of one paragraph (pure).

::

    To share the folder, set up on the admin page:

    1 - `Team` owners
    2 - `Member` alice
    3 - press save and close the page

``1 - `` is no list marker in Markdown, so the numbered lines arrive as one paragraph; numbered 1, 2, 3 …
in order, each a few words, they are the steps of what the line above (or the heading) says to do, when
they read as steps by the test a ``1. …`` list passes (the name says so, or the first says an action);
``1 - Unsupported protocol`` / ``2 - …`` under "curl returns a number:" are values, warned about.

Each step may instead caption its own block (``1 - Install it:`` ⏎ fence, ``2 - Start it:`` ⏎ fence, …):
a one-line ``N - …`` paragraph with another one-line ``M - …`` paragraph in its section is the caption of
the block below it, read without its number.  A lone ``1 - Make a key`` over a block is the first step of
what the section does, not what the block's line does: it is warned about and never read as the block's meaning.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from quizzer import lazyre
from quizzer.extract.blocks import Inline, Para, Span, split_lines
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.i18n import _
from quizzer.text import clean

__all__ = ["caption", "read"]

_DASH_STEP = lazyre.pattern(r"^\s*(?P<number>\d{1,2})\s+[-–—]\s+(?P<text>[^\s\d-].*)$")
_NUMBER = lazyre.pattern(r"^\s*\d{1,2}\s+[-–—]\s+")
_FENCE = lazyre.pattern(r"^\s{0,3}(?:```|~~~)")
_HEADING = lazyre.pattern(r"^\s{0,3}#{1,6}(?:\s|$)")
_LONGEST = 120  # a step is a short line, not a paragraph of explanation


def read(walk: Walk, block: Para, procedure_of: Callable[[], str], reads_as_steps: Callable[[str, Inline], bool]) -> bool:
    """Step notes of ``block``'s ``N - …`` lines under ``procedure_of()`` (asked only of such lines); False when
    it is not that shape.  ``reads_as_steps(procedure, first)``: the test a numbered list's first item passes to
    be a procedure."""
    if block.lists or block.quote or not block.inline.raw.lstrip()[:1].isdecimal():
        return False  # (the first line that is not blank starts with its number: most paragraphs, a letter)
    lines = [line for line in split_lines(block.inline) if line.plain.strip()]
    matches = [_DASH_STEP.match(line.plain) for line in lines]
    if not lines or not all(matches) or [int(m.group("number")) for m in matches if m] != list(range(1, len(lines) + 1)):
        return False
    texts = [clean(m.group("text")).rstrip(":：").strip() for m in matches if m]
    if any(not text or len(text) > _LONGEST for text in texts):
        return False
    procedure = procedure_of()  # (of the text above: asked before it is forgotten)
    walk.prose = None
    if len(texts) == 1:
        walk.warn(block.line, _(
            "line {line}: a step numbered 1 with no step 2 after it; neither a procedure nor what the block "
            "below does, no card made from it"
        ).format(line=block.line))
        return True
    if not reads_as_steps(procedure, _unnumbered(lines[0])):
        # "curl returns a number:" / "1 - Unsupported protocol": values or choices, not steps to follow
        walk.warn(block.line, _(
            "line {line}: a numbered list under '{procedure}' that does not read "
            "as a procedure (no steps to follow); its items are not cards"
        ).format(line=block.line, procedure=procedure))
        return True
    for n, text in enumerate(texts):
        walk.add(
            Kind.STEP, term=f"{procedure}#{text}", front=f"{procedure} — step {n + 1}", back=text, command=None,
            line=block.line + n, position=n + 1, reason="line numbered `N - ` of a paragraph of steps",
        )
    return True


def caption(walk: Walk, block: Para) -> Para | None:
    """``block`` without its ``N - `` when it is one of several one-line ``N - …`` paragraphs of its section,
    each the caption of a step's block; None otherwise."""
    if block.lists or block.quote or not block.inline.one_line or not _DASH_STEP.match(block.inline.plain):
        return None
    if not any(_one_line_step(walk, line) for line in _section_lines(walk, block.line)):
        return None
    return replace(block, inline=_unnumbered(block.inline))


def _one_line_step(walk: Walk, line: int) -> bool:
    """Line ``line`` is an ``N - …`` line standing alone (no such line right above or below it)."""
    def step(n: int) -> bool:
        return bool(_DASH_STEP.match(walk.written(n) or ""))
    return step(line) and not step(line - 1) and not step(line + 1)


def _section_lines(walk: Walk, line: int) -> Iterator[int]:
    """The other lines of ``line``'s section outside code fences: up and down to the nearest headings."""
    for step in (-1, 1):
        fenced, n = False, line + step
        while (text := walk.written(n)) is not None:
            if _FENCE.match(text):
                fenced = not fenced
            elif not fenced:
                if _HEADING.match(text):
                    break
                yield n
            n += step


def _unnumbered(line: Inline) -> Inline:
    """``line`` without the ``N - `` it opens with."""
    first, *rest = line.spans
    return Inline((Span(first.kind, _NUMBER.sub("", first.text, count=1)), *rest))
