"""Lines typed at the shell's continuation prompt ``>`` after a ``$`` line that is not finished (pure).

    $ sort <<END
    > pear
    > apple
    > END
    apple
    pear

    $ python3 -c '
    > print("hi")'
    hi

A ``$`` line that opens a here-document (``<<END``) or leaves a quote open goes on at the shell's second
prompt, ``>``: those lines are the here-document's text, or the rest of the command line, not a program's own
prompt (``mysql>``) nor what anything printed. A careful reader keeps the command: the here-document's lines are
its input (dropped from the block, the ``$`` line stays as written), the lines of an open quote are joined to
the line they finish.
"""

from __future__ import annotations

from dataclasses import replace

from quizzer import lazyre
from quizzer.extract.blocks import Code
from quizzer.shell import typed_at_dollar

__all__ = ["join"]

_HEREDOC = lazyre.pattern(r"<<-?\s*(['\"]?)(?P<word>[A-Za-z_]\w*)\1\s*(?:[|>;&].*)?$")
_CONTINUED = lazyre.pattern(r"^\s*>\s?(?P<rest>.*)$")


def join(block: Code) -> Code:
    """``block`` with its continuation lines read: a here-document's lines dropped, an open quote's joined."""
    if not any(_CONTINUED.match(text) for _, text in block.lines) or not any(
        typed_at_dollar(text) for _, text in block.lines
    ):
        return block
    lines: list[tuple[int, str]] = []
    rows = list(block.lines)
    i = 0
    while i < len(rows):
        n, text = rows[i]
        i += 1
        if not typed_at_dollar(text) or i >= len(rows) or not _CONTINUED.match(rows[i][1]):
            lines.append((n, text))
            continue
        heredoc = _HEREDOC.search(text)
        if heredoc:
            while i < len(rows):
                rest = _CONTINUED.match(rows[i][1])
                if rest is None:
                    break
                i += 1
                if rest.group("rest").strip() == heredoc.group("word"):
                    break
            lines.append((n, text))
            continue
        if text.count("'") % 2 == 0 and text.count('"') % 2 == 0:
            lines.append((n, text))  # a finished line: the ">" lines after it are something else
            continue
        joined = text.rstrip()
        while i < len(rows):
            rest = _CONTINUED.match(rows[i][1])
            if rest is None:
                break
            i += 1
            joined = f"{joined} {rest.group('rest').strip()}"
            if joined.count("'") % 2 == 0 and joined.count('"') % 2 == 0:
                break
        lines.append((n, joined))
    return replace(block, lines=tuple(lines))
