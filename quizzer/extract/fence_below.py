"""Whose option an item names, from the code block further down the item it is nested in (pure).

::

    - 빈 파일을 찾아 지우는 문제
        + `-empty` : 빈 파일만 고른다
        + `-delete` : 찾은 파일을 지운다

        ```sh
        find . -empty -delete
        ```

An option item nested under an item that names no command, with the command line that uses it in a code block
further down the same item: the option is of the one program whose stage of that line passes it (``find``).
When no stage passes it, or stages of two programs do, which command it belongs to is not sure: it stays
unsaid (the walk's warning).  Only the first code block of the item is asked.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.walk import Walk
from quizzer.shell import parse_invocation, passed_flags, strip_prompt

__all__ = ["owner"]

_FENCE = lazyre.pattern(r"^\s*(?:```|~~~)")
_STAGE_BREAK = lazyre.pattern(r"\s\|\s")
_LOOK_AHEAD = 40  # lines: an item's options and its block sit close together


def owner(walk: Walk, spellings: list[str], line: int) -> str | None:
    """The program of the block below the item at ``line`` that passes every one of ``spellings``, or None."""
    here = walk.written(line) or ""
    indent = len(here) - len(here.lstrip())
    block: list[str] | None = None
    for n in range(line + 1, line + _LOOK_AHEAD):
        text = walk.written(n)
        if text is None:
            break
        if not text.strip():
            continue
        if len(text) - len(text.lstrip()) < indent:
            break  # out of the item the option's item is nested in
        if _FENCE.match(text):
            if block is not None:
                break
            block = []
        elif block is not None:
            block.append(strip_prompt(text.strip()))
    # a flag written as the item writes it ("wc -l") before one a cluster holds ("-delete" holds an l too)
    programs = {program for text in block or () for program in _passing(text, spellings, letters=False)}
    if not programs:
        programs = {program for text in block or () for program in _passing(text, spellings, letters=True)}
    return programs.pop() if len(programs) == 1 else None


def _passing(text: str, spellings: list[str], *, letters: bool) -> set[str]:
    """The programs of ``text``'s pipe stages that pass every spelling (``letters``: or a cluster holding it)."""
    found: set[str] = set()
    for stage in _STAGE_BREAK.split(text):
        invocation = parse_invocation(stage.strip())
        if invocation is None:
            continue
        passed = passed_flags(invocation) if letters else frozenset(invocation.flags)
        if all(spelling in passed for spelling in spellings):
            found.add(invocation.command)
    return found
