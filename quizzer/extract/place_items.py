"""A one-line code block, then an item naming a word of that line whose nested items say what each place of it
holds, in order (pure)::

    ```
    ? ? ? file
    ```

    - 앞에서부터 각 `?` 자리에
      - 읽기
      - 쓰기
      - 실행

The item names, in a code span, a word the line writes more than once (``*`` in ``* * * * * command``); the
items nested under it, exactly as many as the places the word takes in the line, are what each place stands
for, in the line's order.  One concept: the line → its places' meanings, one a line.  Any other count, a second
code span, a line that is not alone in its block or items nested deeper leave the list to the other readers.
"""

from __future__ import annotations

from collections.abc import Sequence

from quizzer.extract.blocks import Block, Code, Para
from quizzer.extract.model import Kind
from quizzer.extract.walk import Walk
from quizzer.text import clean

__all__ = ["REASON", "read"]

REASON = "one-line code block, then an item naming a word of it whose nested items say what each of its places holds"


def read(walk: Walk, blocks: Sequence[Block], n: int, glossed: set[int]) -> bool:
    """The concept of the line of ``blocks[n - 1]`` whose places the items nested under ``blocks[n]`` name; False when
    they are not that shape.  ``glossed`` gains the nested items read."""
    block = blocks[n]
    above = blocks[n - 1] if n else None
    if not isinstance(block, Para) or not block.lists or not block.first or not isinstance(above, Code):
        return False
    spans = [span.text.strip() for span in block.inline.spans if span.kind == "code"]
    written = [text.strip() for _, text in above.lines if text.strip()]
    if len(spans) != 1 or not spans[0] or len(written) != 1:
        return False
    line = written[0]
    places = line.split().count(spans[0])
    if places < 2:
        return False
    depth = len(block.lists)
    nested: list[Para] = []
    for item in blocks[n + 1 :]:
        if not isinstance(item, Para) or len(item.lists) <= depth or item.lists[:depth] != block.lists:
            break  # the list goes on past the item, or something else comes
        if len(item.lists) > depth + 1 or not item.first or not item.inline.one_line:
            return False  # an item nested deeper, or of more than one line: more than a name of a place
        nested.append(item)
    if len(nested) != places:
        return False
    walk.add(
        Kind.CONCEPT, term=line, front=line, back="\n".join(clean(item.text) for item in nested), command=None,
        line=nested[0].line, reason=REASON,
    )
    glossed.update(range(n + 1, n + 1 + places))
    return True
