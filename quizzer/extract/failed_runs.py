"""Demonstration lines that fail (pure).

A console demo often shows a line that does not work, then the one that does::

    $ rm link_sym/
    rm: cannot remove 'link_sym/': Is a directory
    $ rm link_sym

The program's own name, a colon and a message holding an error word (:data:`~quizzer.extract.knowledge.ERROR_WORDS`)
right under a prompted line is how a program reports an error (``rm: cannot …``, ``ls: … No such file``): the comment above that line says what the author tried,
not what the line does, so it makes no card.  The line is warned about and read as a blank
line, so that the comment above it goes to no other line either.

A comment may say so itself, right above the line::

    # 사용 불가: sudo가 리다이렉션(>)에 적용 안 됨
    sudo cat << EOF > /etc/app.json

Its first words mark the line as one that does not work (:data:`~quizzer.extract.knowledge.FAILING_LABELS`,
then a colon or the comment's end): no card of what the line does; the words after the colon say why it fails,
a fact of that line of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizzer import lazyre
from quizzer.extract.knowledge import ERROR_WORDS, FAILING_LABELS, names_pattern
from quizzer.shell import parse_invocation, strip_prompt, typed_at_dollar

__all__ = ["failed", "marked_failing"]

# "사용 불가: …", "❌ Wrong", "X 안 됨 - …": a mark, a word that says it does not work, then why or nothing
_MARKED = lazyre.pattern(
    rf"^(?:[❌✗✘]\s*)?(?:{names_pattern(FAILING_LABELS)})\s*(?:$|[!.]+$|[:：)\-–—]\s*(?P<why>\S.*)?$)", re.IGNORECASE
)


def marked_failing(comment: str) -> str | None:
    """Why the line under ``comment`` fails, as the comment says ("" when it only marks it); None when the comment
    does not mark it as failing ("# 실패 시 재시도" says what to do on failure)."""
    match = _MARKED.match(comment.strip())
    return None if match is None else (match.group("why") or "").strip()


def failed(lines: Sequence[tuple[int, str]]) -> dict[int, str]:
    """The prompted lines of a block whose next line is their program's error message: line → the message."""
    found: dict[int, str] = {}
    for (n, text), (_, after) in zip(lines, lines[1:]):
        if typed_at_dollar(text) is None or typed_at_dollar(after) is not None:
            continue
        invocation = parse_invocation(strip_prompt(text))
        if invocation is None:
            continue
        program = invocation.command.split(" ", 1)[0]
        message = after.strip()
        if message.startswith(f"{program}: ") and any(word in message.casefold() for word in ERROR_WORDS):
            found[n] = message
    return found
