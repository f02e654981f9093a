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

A heading naming an option (``### --soft``) over its gloss and a code block (``$ git reset --soft HEAD~1``) is asked
the same of that block (:func:`owner` from the line above it).  A gloss calling the option the default (``기본
옵션으로 …``, "the default") over a block of one line passing no option at all (``$ git reset HEAD~1``): the line
shows the default, the option is its command's (:func:`default_owner`).
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.walk import Walk
from quizzer.shell import parse_invocation, passed_flags, strip_prompt

__all__ = ["default_owner", "owner"]

_FENCE = lazyre.pattern(r"^\s*(?:```|~~~)")
_STAGE_BREAK = lazyre.pattern(r"\s\|\s")
_LOOK_AHEAD = 40  # lines: an item's options and its block sit close together
# "기본 옵션으로 …", "기본값이다", "This is the default.", "(default)": the text calls what it glosses the default.
# Not "기본 설정으로는 pager로 보여 주는데, 이 옵션은 …", "By default git shows …, this option …" nor "The default
# option is --mixed": those name the behaviour the option changes or another option, and the block below may run
# a command the option is not of (git log under --no-pager, git's own: git --no-pager log)
_DEFAULT = lazyre.pattern(r"기본\s*(?:옵션|값)|\b(?:is|as) the default\b|\(default\)", re.IGNORECASE)


def owner(walk: Walk, spellings: list[str], line: int) -> str | None:
    """The program of the block below the item at ``line`` that passes every one of ``spellings``, or None."""
    programs = {program for text in _block(walk, line) for program in _passing(text, spellings, letters=False)}
    if not programs:  # a flag written as the item writes it ("wc -l") before one a cluster holds ("-delete" holds an l too)
        programs = {program for text in _block(walk, line) for program in _passing(text, spellings, letters=True)}
    return programs.pop() if len(programs) == 1 else None


def default_owner(walk: Walk, gloss: str, line: int, program: str) -> str | None:
    """The command of ``program`` the one line of the block below ``line`` runs passing no option, when ``gloss``
    calls the option it glosses the default; else None."""
    if _DEFAULT.search(gloss) is None:
        return None
    lines = [text for text in _block(walk, line) if text]
    invocation = parse_invocation(lines[0]) if len(lines) == 1 else None
    if invocation is None or invocation.flags or invocation.piped or invocation.command.split()[0] != program:
        return None
    return invocation.command


def _block(walk: Walk, line: int) -> list[str]:
    """The lines of the first code block below ``line`` within its item (its prompts dropped)."""
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
    return block or []


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
