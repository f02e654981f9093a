"""A paragraph of two aligned columns: what to do, then, after a wide gap, the keys that do it (pure).

Key cheat sheets kept as plain text line up each action and its keys::

    Save the buffer                CTRL-x CTRL-s
    Split the window               CTRL-x 2
    Next tab                       CTRL-TAB

Markdown joins such lines into one paragraph; the lines as written keep their gaps.  Each row whose right
column is a key (a chord or a named key: ``quizzer.extract.knowledge.is_key_or_chord``) is a
command note of the notes' key program: the key → the action.  A key bound before, under another heading,
to something else names that heading on its card (``TAB (Tables)``), as in a code block of keys
(``quizzer.extract.key_lines``).

The paragraph reads so only when every one of its lines is such a row (words first, then three spaces or
more or a tab, then the right column; the left column no key itself: keys first are
``quizzer.extract.key_rows``' shape, nor where the keys apply: ``macOS      Cmd+C``, ``Windows and Linux``,
``In a browser``, under a heading that says what they do), there are two rows at least and one of them ends in a
key.  A row whose right column is no key (``Section heading      *``, a word slipped into the keys) is
warned, never made a card; keys of no program the notes name are warned too.
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract import key_lines
from quizzer.extract.blocks import Para
from quizzer.extract.facts import Fact, needs
from quizzer.extract.knowledge import KEY_PLACE_WORDS, KEY_PLATFORMS, is_key_or_chord
from quizzer.extract.walk import Walk
from quizzer.i18n import _

__all__ = ["read"]

# "Save the buffer        CTRL-x CTRL-s": words, a gap of three spaces or more (or a tab), the right column
_ROW = lazyre.pattern(r"(?P<label>[^\W\d_][^\t]*?\S)(?: {3,}|\t+)(?P<right>\S(?:.*\S)?)")
_JOINED = lazyre.pattern(r"\s*(?:,|/|\band\b|\bor\b|&|\+)\s*")
_REASON = "what it does, then the keys that do it"  # as key_after reads it, the keys after a gap


def _where(label: str) -> bool:
    """``macOS``, ``Windows and Linux``, ``In the terminal``: a label saying where keys apply, not what they do."""
    words = label.casefold().split()
    if words[0] in KEY_PLACE_WORDS:
        return True
    parts = [" ".join(part.split()) for part in _JOINED.split(label.casefold())]
    return all(part in KEY_PLATFORMS for part in parts if part)


def _rows(walk: Walk, block: Para) -> list[tuple[int, str, str]] | None:
    last = block.line + block.inline.raw.count("\n")
    rows: list[tuple[int, str, str]] = []
    for n in range(block.line, last + 1):
        row = _ROW.fullmatch((walk.written(n) or "").strip())
        if row is None or " " * 3 in row.group("right") or "\t" in row.group("right") or is_key_or_chord(row.group("label")):
            return None  # a line of prose, three columns, keys first
        if _where(row.group("label")):
            return None  # "macOS      Cmd+C" / "In a browser      Ctrl+V": where the keys apply, the heading says what
        rows.append((n, row.group("label"), row.group("right")))
    return rows


@needs(Fact.UNLISTED, Fact.NO_QUOTE, Fact.BREAK)
def read(walk: Walk, block: Para) -> bool:
    """Read ``block`` as rows of an action and its keys; False (nothing done) when it is not that style."""
    if block.lists or block.quote or "\n" not in block.inline.raw:
        return False
    rows = _rows(walk, block)
    if rows is None or not any(is_key_or_chord(right) for _n, _label, right in rows):
        return False
    program = walk.key_program()
    if program is None:
        walk.warn(block.line, _(
            "line {line}: actions and their keys in two columns, but the notes do not say which program's keys "
            "they are; no cards made from them (name the program in the title)"
        ).format(line=block.line))
        return True
    group = key_lines.group_of(walk)
    for n, label, right in rows:
        if not is_key_or_chord(right):
            walk.warn(n, _(
                "line {line}: '{text}' beside '{label}' is not a key; no card made from it"
            ).format(line=n, text=right, label=label))
            continue
        key_lines.add_binding(walk, program, right, (), label, n, group, reason=_REASON)
    return True
