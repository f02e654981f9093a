"""A paragraph under a command's heading that opens with an example (pure).

    ### run
    ex) docker run -p 8080:80 web:latest
    [옵션]
    -i: 표준 입력을 열어 둔다

Written without blank lines, the lines run together into one paragraph, but a careful reader reads each on
its own: ``ex) …`` is an example of the command (never what it does), ``[옵션]`` a label saying options of
the heading's command follow, and each ``term: meaning`` line after it is a fact of its own.  A line that is
none of these is warned about with its line, and so is the example (no card says what a command does with an
example as the answer).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from quizzer import lazyre
from quizzer.extract.blocks import Para, split_lines
from quizzer.extract.knowledge import OPTION_LABELS, is_label
from quizzer.extract.terms import Term, split_term
from quizzer.extract.walk import Walk
from quizzer.i18n import _

__all__ = ["example_label", "opens_with_example", "prompted_example", "read"]

# "ex)", "ex )", "e.g.", "예)", "예시:", "example:": a label that opens an example
_EXAMPLE = lazyre.pattern(r"^(?:ex\s*\)|ex\.|e\.g\.|예\s*\)|예:|예시\s*[:)]|example:)", re.IGNORECASE)
_BRACKETS = "[]【】()<> \t"


def example_label(text: str) -> str | None:
    """The label an example line opens with (``ex)`` of ``ex) docker run …``), or None."""
    found = _EXAMPLE.match(text.lstrip())
    return None if found is None else found.group(0)


def opens_with_example(text: str) -> bool:
    """``ex) docker run …``, ``e.g. …``, ``예) …``: the line is an example, not what something does."""
    return _EXAMPLE.match(text.lstrip()) is not None


# "$ nohup ./job.sh & (배포 서버에서 쓴다.)": a line (after a shell prompt or none), then a remark in brackets that is a sentence
# (Korean words, or a full stop before the bracket closes), not a subshell of the line
_PROMPTED = lazyre.pattern(r"(?:\$\s+)?(?P<line>[^()]*?[^\s(])(?:\s+\((?P<remark>[^()]*(?:[\uac00-\ud7a3][^()]*|\.))\))?\s*")


def prompted_example(text: str) -> tuple[str, str | None] | None:
    """``Ex) $ nohup ./job.sh & (배포 서버에서 쓴다.)``: the line an example label shows (without a shell prompt) and
    the remark in brackets after it, or None when ``text`` is not that (whether the line is a command line is the
    caller's to ask)."""
    label = example_label(text)
    if label is None:
        return None
    shown = _PROMPTED.fullmatch(text.lstrip()[len(label):].strip())
    return None if shown is None else (shown.group("line"), shown.group("remark"))


def read(walk: Walk, block: Para, read_term: Callable[[Term, int], bool]) -> bool:
    """Each line of a paragraph that opens with an example; False when its first line is no example."""
    if not opens_with_example(block.inline.raw):  # most paragraphs under a command's heading: asked first
        return False
    lines = [line for line in split_lines(block.inline) if line.plain]
    if not lines or not opens_with_example(lines[0].plain):
        return False
    walk.warn(block.line, _(
        "line {line}: an example of the command, not what it does; no card made from it"
    ).format(line=block.line))
    for n, line in enumerate(lines[1:], 1):
        bare = line.plain.strip(_BRACKETS).rstrip(":：").strip()
        if is_label(bare):
            if bare.casefold() in OPTION_LABELS:
                walk.options_block = True  # "[옵션]": what follows are the heading's command's options
            continue
        term = split_term(line, listed=True)
        if term is None or not read_term(term, block.line + n):
            walk.skipped(block.line + n)
    return True
