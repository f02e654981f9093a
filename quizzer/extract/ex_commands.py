"""One editor command in a ```vim fence, under the text that says what it does (pure).

Notes about vim or neovim show an ex command in a fence of its own::

    To load a plugin by hand:

    ```vim
    packadd myplugin
    ```

The line is a command of the editor the notes are about (typed after ``:``), and the lead-in says what it does.
Only a fence of one line is read so (several lines are settings of a vimrc, read together), only under a lead-in
that says what to do (``To …:``), and only in notes about vim or neovim; any other ```vim fence is left as it was.

Such notes also list an ex command beside the editor's keys, written without its colon::

    > **sp [file]**: 상하로 창 분할해서 [file] 열기
    > **ctrl+ww**: 창 전환

A word and its placeholders, no program quizzer knows, on a line of a run of lines where another one opens with a
key of the editor, is that editor's command typed after ``:`` (:func:`bare`); alone, or beside lines of other
shapes, the word stays what it reads as.
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract import key_pairs
from quizzer.extract.blocks import Code
from quizzer.extract.knowledge import PROGRAMS
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.text import clean

__all__ = ["bare", "read"]

_EDITORS = frozenset({"vim", "vi", "nvim", "neovim"})
# "To load a plugin by hand:"; not "To install plugins, add a line like this to your vimrc:" or "To check it worked,
# restart vim and run:" (a clause after a comma says what to do for it: the line is a step of that, not the task)
_TO_DO = lazyre.pattern(r"to\s+(?P<what>[a-z][^:：\n,;]*?)\s*[:：]?", re.IGNORECASE)
_REASON = "text above a one-line vim block: the editor's command and what it does"


def read(walk: Walk, block: Code, prose: str | None, *, from_heading: bool) -> bool:
    """A note of the block's one ex command; False if the block or the text above is not of that shape."""
    if block.language != "vim" or prose is None or from_heading or "\n" in prose.strip():
        return False
    program = walk.key_program()
    if program not in _EDITORS:
        return False
    lines = [(n, text.strip()) for n, text in block.lines if text.strip() and not text.lstrip().startswith('"')]
    wanted = _TO_DO.fullmatch(prose.strip())
    if len(lines) != 1 or wanted is None:
        return False
    line, typed = lines[0]
    bare = typed.lstrip(":")
    if not bare or not bare[0].isalpha():
        return False
    answers = tuple(dict.fromkeys((typed, bare, f":{bare}")))
    walk.add(Kind.COMMAND, term=typed, front=typed, back=clean(wanted.group("what")), command=program, line=line,
             answers=answers, reason=_REASON)
    return True


# "sp [file]", "e <path>", "vs {name}": a word of letters, then placeholders only
_BARE = lazyre.pattern(r"(?P<word>[a-z]{1,12})(?:\s+(?:\[[^\[\]\s]+\]|<[^<>\s]+>|\{[^{}\s]+\}))+")
# a line opening with a term in bold or code and its colon, in a quote or a list or not: "> **gg**: …", "- `dd`: …"
_KEY_TERM = lazyre.pattern(r"^\s*(?:>\s*)*(?:(?:[-*+]|\d+[.)])\s+)?(?:\*\*(?P<bold>[^*\n]+)\*\*|`(?P<code>[^`\n]+)`)\s*[:：]")


def bare(walk: Walk, term: str, line: int) -> str | None:
    """``sp [file]`` on "> **sp [file]**: …" among "> **ctrl+ww**: …" lines in notes about vim: the ex command as it is
    typed (``:sp [file]``); None when the notes are about no editor with ex commands, the term is no word and
    placeholders, the word is a program quizzer knows, or no other line of the run of lines around opens with a key."""
    match = _BARE.fullmatch(term.strip())
    if match is None or walk.key_program() not in _EDITORS:
        return None
    word = match.group("word")
    if word in PROGRAMS or word == walk.program:
        return None  # "vim [file]", "grep <pattern>": the program run from the shell
    for step in (-1, 1):
        at = line + step
        while (written := walk.written(at)) is not None and written.strip() and written.strip() != ">":
            key = _KEY_TERM.match(written)
            if key is not None and key_pairs.is_key(key.group("bold") or key.group("code")):
                return f":{term.strip()}"
            at += step
    return None
