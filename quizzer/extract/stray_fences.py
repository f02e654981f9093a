"""A lone fence that ends the notes: the closing fence of a block whose opening fence is missing (pure).

    ```sh
    $ apk search -v -d 'htop'
    ```
    htop-2.0.2-r0 - An interactive process viewer
    ```

CommonMark opens a block at that last fence, which holds nothing and runs to the end, and reads the lines
above it as a paragraph: here what the line above printed ("name - description" would read as a term and its
definition).  When those lines hug the fence that closed the block above and the lone fence below (no blank
line on either side), they are the contents of a block whose opening fence the author left out: neither what
the line above does nor text of the notes.  They are blanked with the lone fence (line numbers kept) and their
first line goes into ``unread`` with :data:`MARK`.
"""

from __future__ import annotations

from quizzer import lazyre

__all__ = ["MARK", "as_read"]

MARK = "```?"  # what :func:`as_read` says it left unread at the first line of the contents

# a fence, in a list item or a quote too ("- ```sh", "> ```"): where blocks open and close
_FENCE = lazyre.pattern(r"^[ \t]*(?:(?:[-*+>]|\d{1,3}[.)])[ \t]*)*(`{3,}|~{3,})[ \t]*(.*?)[ \t]*$")


def _ends_on_fence(text: str) -> bool:
    """The last line with text is a fence and nothing else (looked at before the whole document is)."""
    last = text.rstrip().rsplit("\n", 1)[-1].strip()
    return len(last) >= 3 and (set(last) == {"`"} or set(last) == {"~"})


def as_read(text: str, unread: list[tuple[int, str]] | None = None) -> str:
    """``text`` with the contents of a block whose opening fence is missing, and the lone fence ending the notes
    that closes it, blanked; ``text`` itself when the notes do not end so."""
    if not _ends_on_fence(text):
        return text
    lines = text.split("\n")
    opened: tuple[int, str, str] | None = None  # the open block's first line, fence and language
    closed = -1  # the last line that closed a block
    for n, line in enumerate(lines):
        fence = _FENCE.match(line) if "`" in line or "~" in line else None
        if fence is None:
            continue
        marker, info = fence.groups()
        if opened is None:
            opened = (n, marker, info)
        elif not info and marker[0] == opened[1][0] and len(marker) >= len(opened[1]):
            opened, closed = None, n
    if opened is None or opened[2] or any(line.strip() for line in lines[opened[0] + 1 :]):
        return text  # every block closed, or the open one has a language or lines: an opening fence after all
    stray = opened[0]
    start = stray
    while start > 0 and lines[start - 1].strip() and start - 1 != closed:
        start -= 1
    if start == stray or closed < 0 or start - 1 != closed:
        return text  # nothing between, or a blank line apart: where the contents would begin is not sure
    for n in range(start, stray + 1):
        lines[n] = ""
    if unread is not None:
        unread.append((start + 1, MARK))
    return "\n".join(lines)
