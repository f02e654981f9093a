"""A code block of items glossed after a dot leader, under a label naming a part of the usage line (pure).

    ```
    ss [option] [filter]
    ```
    ```
    [option]
      -p ..... Show process using socket
      -4/-6 .. Show IPv4/6 sockets
    ```
    ```
    [filter]
      dport/sport PORT .... Filter for destination/source port
      and/or .............. Logic operator
    ```

Notes that copy the shape of a man page list what may stand in each bracketed part of the usage line: the part
in brackets alone on the block's first line, then its items, indented, each joined to what it means by a run of
dots.  The label must be a bracketed part of a usage line written above the block (so the items are that line's
program's, whatever words they are, and whether or not quizzer knows the program), and every other line of the block such an item (blank lines
aside, two items at least).  Each item is an option note of the program: its spellings the halves of a slash
pair (``-4/-6``, ``and/or``, ``==/!=``), the item as written an answer too (``dport/sport PORT``).
"""

from __future__ import annotations

from quizzer import lazyre
from quizzer.extract.blocks import Code
from quizzer.extract.helpblock import USAGE
from quizzer.extract.knowledge import PROSE_FENCE_INFOS
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.text import clean

__all__ = ["REASON", "read"]

REASON = "item of a block under a part of the usage line, glossed after a dot leader"

_LABEL = lazyre.pattern(r"^\[(?P<label>[A-Za-z][\w -]*)\]:?$")
# "  -p ..... Show …", "  dport/sport PORT .... Filter …", "  (EXPR) .... Group exprs": the item, maybe a value
# in capitals or angle brackets, two dots or more, the gloss
_ITEM = lazyre.pattern(
    r"^[ \t]+(?P<item>(?P<name>[^\s.][^\s]*)(?:[ \t]+(?:[A-Z][A-Z0-9_]*|<[^>\s]+>))?)[ \t]+\.{2,}[ \t]+(?P<gloss>\S.*)$"
)


def read(walk: Walk, block: Code) -> bool:
    """The option notes of such a block; False when the block is not one."""
    if block.language not in PROSE_FENCE_INFOS:
        return False
    rows = [(n, text.rstrip()) for n, text in block.lines if text.strip()]
    label = _LABEL.match(rows[0][1]) if len(rows) >= 3 else None
    items = [(n, _ITEM.match(text)) for n, text in rows[1:]]
    if label is None or any(item is None for _, item in items):
        return False
    program = _usage_program(walk, label.group("label"), block.line)
    if program is None:
        return False
    for n, item in items:
        assert item is not None
        written, name = item.group("item"), item.group("name")
        halves = [half for half in name.split("/") if half] if "/" in name.strip("/") else [name]
        spellings = halves if len(halves) > 1 else [name]
        meaning = clean(item.group("gloss"))
        if all(spelling.startswith("-") for spelling in spellings):
            walk.add_option(spellings, meaning, program, n, reason=REASON, written=written)
        else:  # "and/or", "dport/sport PORT": a word of the program's filter language, its own front as written
            walk.add(Kind.OPTION, term=written, front=written, back=meaning, command=program, line=n,
                     answers=tuple(dict.fromkeys((clean(written), *spellings))), reason=REASON)
    return True


def _usage_program(walk: Walk, label: str, before: int) -> str | None:
    """The program of the last usage line above line ``before`` (``ss [option] [filter]``, every part after the
    program a placeholder: :data:`quizzer.extract.helpblock.USAGE`) that has ``[label]`` among its parts."""
    for text in reversed(walk.source[: before - 1]):
        usage = USAGE.match(text.strip())
        if usage is not None and f"[{label}]" in text.split():
            return usage.group("program")
    return None
