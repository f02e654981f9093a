"""A code block that holds nothing but a list: read as the list it is (pure).

Some notes put a list inside a plain fence, to keep it monospaced or set apart::

    - 자동완성
    ```
    - sout : System.out.println
    - ctrl + shift + d : 한 줄 복사해서 아래에 붙여넣기
    ```

No program runs these lines: they are list items, and a careful reader reads them as the same items
outside the fence would be read.  A block reads so only when it names no language (or plain text,
markdown), and every line that is not blank is an item of one bullet marker (``-``, ``*`` or ``+``,
the same one throughout, so a diff's ``-``/``+`` lines are not a list), at least two of them.
"""

from __future__ import annotations

import textwrap

from quizzer import lazyre
from quizzer.extract.blocks import Block, Code, Para, read_piece_blocks
from quizzer.extract.knowledge import PROSE_FENCE_INFOS

__all__ = ["blocks"]

_ITEM = lazyre.pattern(r"^[ \t]*([-*+])[ \t]+\S")


def blocks(block: Code) -> list[Block] | None:
    """The list ``block`` holds, as blocks of the document (its lines' numbers), or None when it is code."""
    if block.language not in PROSE_FENCE_INFOS:
        return None
    if not block.lines or not _ITEM.match(next((text for _n, text in block.lines if text.strip()), "")):
        return None  # most blocks: their first line is no item
    written = [(n, text) for n, text in block.lines if text.strip()]
    if len(written) < 2:
        return None
    markers = set()
    for _n, text in written:
        item = _ITEM.match(text)
        if item is None:
            return None
        markers.add(item.group(1))
    if len(markers) != 1:
        return None
    first = block.lines[0][0]
    text = textwrap.dedent("\n".join(line for _n, line in block.lines)) + "\n"
    read = list(read_piece_blocks(text, first - 1, None))
    return read if read and all(isinstance(b, Para) and b.lists for b in read) else None
