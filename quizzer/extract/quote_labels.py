"""A quote between two code blocks: what the block above does, or the label of the block below (pure).

Some notes say under a block what it did (``> 프로파일로 s3 ls를 실행하는 코드``, right under it); others
head each block with a quote::

    ```bash
    $ ufw status
    ```

    <br>

    > 규칙 추가

    ```bash
    ufw allow 22
    ```

A careful reader sees which block a quote belongs to by where it stands: set apart from the block above (a
``<br>``, a rule, any line between them), nearer the block below than the one above, or where the block above
had a quote of its own right above it (the notes head their blocks with quotes), it heads the block below.
Right under the block above, as near it as the next one, it says what the block above does.
"""

from __future__ import annotations

from quizzer.extract.blocks import Para
from quizzer.extract.walk import Walk

__all__ = ["heads_next"]

_FENCES = ("```", "~~~")
_LOOK = 12  # lines looked back for the block above


def heads_next(walk: Walk, block: Para) -> bool:
    """True when the quote ``block`` heads the code block right after it rather than the one above it."""
    if walk.next_code_line is None or not walk.source:
        return False
    last = block.line + block.inline.raw.strip("\n").count("\n")
    below = walk.next_code_line - last
    if any(walk.source[n - 1].strip() for n in range(last + 1, walk.next_code_line) if 0 < n <= len(walk.source)):
        return False  # something stands between the quote and the block below
    if walk.quote_headed == walk.block - 1:
        return True  # the block above was headed by a quote too: these notes write the quote first
    apart = False
    for n in range(block.line - 1, max(block.line - 1 - _LOOK, 0), -1):
        text = walk.source[n - 1].strip() if n <= len(walk.source) else ""
        if text.startswith(_FENCES):
            return apart or block.line - n > below
        if text:
            apart = True  # "<br>", "---", a word: the quote is set apart from the block above
    return False
