"""A paragraph between two code blocks whose first sentence points back at the block above it (pure).

    ```
    kill 4242
    ```

    This will send a termination signal to the process. If it does not stop, you can use `-9` to force it:

    ```
    kill -9 4242
    ```

"This will …" right under a block says what that block's line does; only the sentences after it lead into the
block below (which it leads into with a colon).  Read as the text above the lower block, the first sentence would
teach that block's line as doing what the upper one does.  Alone (``This command will do the same for HTTP.``), or in
a paragraph that does not lead into what follows, it is read the other way: notes that say what a block does in a
sentence before it.  It is cut off that text, with a warning at its line (nothing here makes it the upper block's
card: which of the upper block's lines it speaks of, and whether the text above that block says the same, is read
elsewhere or not at all).
"""

from __future__ import annotations

import re

from quizzer import lazyre
from quizzer.extract.sentences import split_sentences
from quizzer.extract.walk import Walk
from quizzer.i18n import _

__all__ = ["cut"]

# "This will send …", "This command will print …", "It will …", "The above will …": the block just read, doing it
_POINTS_BACK = lazyre.pattern(
    r"^(?:this|it|the\s+above)(?:\s+(?:command|line|one))?\s+will\s+[a-z]", re.IGNORECASE
)
_FENCE = lazyre.pattern(r"^\s*(?:`{3,}|~{3,})\s*$")


def _under_block(walk: Walk, line: int) -> bool:
    """Is the last line written above line ``line`` (blank lines apart) the closing fence of a code block?"""
    for above in range(line - 1, max(line - 4, 0), -1):
        text = walk.written(above)
        if text is None:
            return False
        if text.strip():
            return _FENCE.match(text) is not None
    return False


def _leads_in(walk: Walk, line: int) -> bool:
    """Does the paragraph starting at line ``line`` end in a colon, as written (the colon the text read keeps not)?"""
    last = ""
    for at in range(line, line + 20):
        text = walk.written(at)
        if text is None or not text.strip():
            break
        last = text
    return last.rstrip().endswith((":", "："))


def cut(walk: Walk, prose: str, line: int) -> str | None:
    """``prose`` (the paragraph at ``line``, above a code block) without a first sentence pointing back at the block
    right above the paragraph; None when nothing is left."""
    if "\n" in prose or not _POINTS_BACK.match(prose.lstrip()) or not _under_block(walk, line):
        return prose
    sentences = split_sentences(prose.strip(), capital_next=True)
    if len(sentences) < 2 or not _leads_in(walk, line):
        return prose  # "This command will do the same for HTTP." alone over a block: notes that say it before a block
    walk.unless_read(line, _(
        "line {line}: '{sentence}' speaks of the code block above it, not of the one below; not read as what the "
        "block below does"
    ).format(line=line, sentence=sentences[0]))
    return " ".join(sentences[1:]) or None
