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
and only when it is one of the letters GitHub draws (:data:`_LETTER_EMOJI`).  In a list item a longer
one-word name is as often a command (``- :split: split the window``) or a name (``- :memory:``): it is a
picture there only when it is one GitHub draws that notes wear (:data:`_ITEM_EMOJI`) or a name of several
words (``:white_check_mark:``).
"""

from __future__ import annotations

from quizzer import lazyre

__all__ = ["TASK_BOX", "remark_picture", "undecorated"]

# one or more shortcodes then a space: ":desktop_computer: ", ":m:  ", ":a: :b: "
_SHORTCODES = lazyre.pattern(r"(?::([a-z0-9][a-z0-9_+-]*):[ \t]+)+")
_NAME = lazyre.pattern(r":([a-z0-9][a-z0-9_+-]*):")
TASK_BOX = lazyre.pattern(r"\[[ xX]\][ \t]+")
#: GitHub's emoji of one or two letters (the blood types, the boxed words): a picture outside a list
_LETTER_EMOJI = frozenset({"a", "b", "m", "o", "x", "ab", "o2", "cl", "id", "ng", "ok", "up", "vs", "tm"})
#: GitHub's emoji of one word that notes put before an item's words; in a list any other one-word name
#: (``- :split: …`` in vim's notes, ``- :memory: …`` in SQLite's) is as likely a command or a name
_ITEM_EMOJI = frozenset(
    "warning bulb star star2 rocket fire memo pushpin tada sparkles bug zap heart bell wrench hammer gear "
    "construction books penguin whale thumbsup".split()
)


def _picture(name: str, *, item: bool) -> bool:
    """Is ``:name:`` an emoji's shortcode where it stands (``item``: in a list item)?"""
    if item:
        # a name of several words ("white_check_mark") is no command; one word only when GitHub draws it
        return "_" in name and any(c.isalpha() for c in name) or name in _ITEM_EMOJI
    if len(name) >= 3:
        return any(c.isalpha() for c in name)
    return name in _LETTER_EMOJI


def undecorated(text: str, *, item: bool, more: bool = False) -> str:
    """``text`` (a heading's or a paragraph's, ``item``: in a list item) without the shortcodes and the
    task box it starts with; ``text`` itself when it starts with neither, or nothing would be left (``more``:
    more of the line follows ``text``, a code span as in ``- [ ] `git log```, so nothing left is fine)."""
    rest = text
    if item and rest[:1] == "[":
        box = TASK_BOX.match(rest)
        if box is not None:
            rest = rest[box.end() :]
    if rest[:1] == ":":
        run = _SHORTCODES.match(rest)
        if run is not None and all(_picture(name, item=item) for name in _NAME.findall(run.group(0))):
            rest = rest[run.end() :]
    return rest if rest.strip() or more else text


#: The pictures a quoted remark opens with, by the remark label each stands for (``> :warning: **Do not …**``): drawn
#: as a warning sign, they make the quote a remark beside the text, as ``> Warning: …`` would
_REMARK_PICTURES: dict[str, str] = {
    "warning": "warning", "rotating_light": "warning", "no_entry": "warning", "no_entry_sign": "warning",
    "exclamation": "important", "heavy_exclamation_mark": "important", "bangbang": "important",
    "information_source": "note", "memo": "note", "pushpin": "note", "bulb": "tip",
}
_REMARK_SIGNS: dict[str, str] = {"\u26a0": "warning", "\u2757": "important", "\u2139": "note", "\U0001f4a1": "tip"}
_QUOTED_PICTURE = lazyre.pattern(r"^\s{0,3}(?:>\s?)+\s*(?::([a-z0-9_+-]+):|([\u26a0\u2757\u2139\U0001f4a1]))")


def remark_picture(line: str) -> str | None:
    """The remark label (``warning``, ``note`` …) the picture a quoted line opens with stands for (``> :warning: …``,
    ``> ⚠️ …``); None for a line that is no quote or opens otherwise."""
    opens = _QUOTED_PICTURE.match(line)
    if opens is None:
        return None
    return _REMARK_PICTURES.get(opens.group(1)) if opens.group(1) else _REMARK_SIGNS.get(opens.group(2))
