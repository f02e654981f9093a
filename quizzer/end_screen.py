"""The end of a review day, drawn inside the review screen (plain fragments).

When the last card is answered the screen stays open on a summary (answered,
grades, time, due tomorrow); ``u`` still takes the last answer back and ``q``
leaves, so keys pressed after the last card never reach the shell.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prompt_toolkit.formatted_text import StyleAndTextTuples

from quizzer.i18n import _
from quizzer.screen import SPACER, wrapped
from quizzer.summary import summary_lines

if TYPE_CHECKING:
    from quizzer.review.controller import Summary

__all__ = ["end_body", "end_keys"]


def end_body(summary: Summary, cols: int) -> list[StyleAndTextTuples]:
    """The day's summary: a title, then one line a fact."""
    head, *rest = summary_lines(summary, finished=True)
    lines: list[StyleAndTextTuples] = [[("class:answer", head)], SPACER]
    for line in rest:
        lines += wrapped(line, cols, "")
    return lines


def end_keys() -> StyleAndTextTuples:
    return [
        ("class:key", " u "), ("", " " + _("undo the last answer") + "   "),
        ("class:key", " q "), ("", " " + _("leave")),
    ]
