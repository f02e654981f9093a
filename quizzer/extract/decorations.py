"""What a line of notes wears before its words: emoji shortcodes and task boxes (pure).

GitHub pages dress their headings and label lines with emoji written as shortcodes, and their
steps as task items::

    ## :one: Start a cluster
    :penguin: Linux
    - [ ] Check the nodes

The shortcode (``:one:``, ``:penguin:``) and the empty or ticked box (``[ ]``, ``[x]``) are
decoration, drawn as a picture or a box: what the line says is ``Start a cluster``, ``Linux``,
``Check the nodes``.  They are taken off the start of a heading's or a paragraph's text, and only
there: a shortcode in the middle of a sentence, alone in a line, or in a code span stays as written.

A name of one or two letters (``:a:``, ``:x:``, ``:ok:``) is also how vim's commands are written
(``- :x: save and quit``); it is taken for a picture only outside lists (a heading, a label line),
and only when it is one of the letters GitHub draws (:data:`_LETTER_EMOJI`).
"""

from __future__ import annotations

import re

__all__ = ["undecorated"]

# one or more shortcodes then a space: ":desktop_computer: ", ":m:  ", ":a: :b: "
_SHORTCODES = re.compile(r"(?::([a-z0-9][a-z0-9_+-]*):[ \t]+)+")
_NAME = re.compile(r":([a-z0-9][a-z0-9_+-]*):")
_TASK_BOX = re.compile(r"\[[ xX]\][ \t]+")
#: GitHub's emoji of one or two letters (the blood types, the boxed words): a picture outside a list
_LETTER_EMOJI = frozenset({"a", "b", "m", "o", "x", "ab", "o2", "cl", "id", "ng", "ok", "up", "vs", "tm"})


def _picture(name: str, *, item: bool) -> bool:
    """Is ``:name:`` an emoji's shortcode where it stands (``item``: in a list item)?"""
    if len(name) >= 3:
        return any(c.isalpha() for c in name)
    return not item and name in _LETTER_EMOJI


def undecorated(text: str, *, item: bool) -> str:
    """``text`` (a heading's or a paragraph's, ``item``: in a list item) without the shortcodes and the
    task box it starts with; ``text`` itself when it starts with neither, or nothing would be left."""
    rest = text
    if item and rest[:1] == "[":
        box = _TASK_BOX.match(rest)
        if box is not None:
            rest = rest[box.end() :]
    if rest[:1] == ":":
        run = _SHORTCODES.match(rest)
        if run is not None and all(_picture(name, item=item) for name in _NAME.findall(run.group(0))):
            rest = rest[run.end() :]
    return rest if rest.strip() else text
