"""Text for rich that wraps as the rest of quizzer does (:func:`quizzer.text.line_starts`).

rich breaks a line only at spaces and cuts a word longer than its column at the last cell that
fits: ```docker-compose.override.yml``와(`` over ``과)``, ```kubectl``로`` over ``로``.  Every text
quizzer prints goes in through :func:`shown_text`: never markup, control characters shown
inertly, and a word too long for its column broken between its parts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.containers import Lines
from rich.text import Text

from quizzer import lazyre
from quizzer.text import line_starts, visible, width

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, JustifyMethod, OverflowMethod, RenderResult
    from rich.measure import Measurement

__all__ = ["WrappedText", "shown_text"]


#: A numbered line (``3. `` …): with ``hang``, its later lines go on under its text, not its number.
_NUMBERED = lazyre.pattern(r"\s*\d+\.\s+(?=\S)")


class WrappedText(Text):
    """A ``Text`` whose folding lines break as :func:`quizzer.text.line_starts` says; ``hang``: a
    numbered line's later lines start under its text."""

    hang = False

    def __rich__(self) -> _Alone:
        return _Alone(self)

    def wrap(
        self,
        console: Console,
        width: int,
        *,
        justify: JustifyMethod | None = None,
        overflow: OverflowMethod | None = None,
        tab_size: int = 8,
        no_wrap: bool | None = None,
    ) -> Lines:
        folds = (overflow or self.overflow or "fold") == "fold"
        if not folds or no_wrap or (no_wrap is None and self.no_wrap):
            return super().wrap(console, width, justify=justify, overflow=overflow, tab_size=tab_size, no_wrap=no_wrap)
        lines = Lines()
        for line in self.split(allow_blank=True):
            if "\t" in line:
                line.expand_tabs(tab_size)
            pieces = self._hung(line, width)
            for piece in pieces:
                piece.rstrip_end(width)
            pieces.justify(console, width, justify=justify or self.justify or "default", overflow="fold")
            for piece in pieces:
                piece.truncate(width, overflow="fold")
            lines.extend(pieces)
        return lines


    def _hung(self, line: Text, cells: int) -> Lines:
        """``line`` cut into the lines it folds into; a numbered one (with ``hang``) is wrapped after its
        number, its later lines indented by the number's width."""
        numbered = _NUMBERED.match(line.plain) if self.hang else None
        indent = width(numbered.group()) if numbered else 0
        if not numbered or indent * 2 > cells:  # too narrow to give the number its own column
            return line.divide(line_starts(line.plain, cells))
        number, body = line.divide([numbered.end()])
        pieces = body.divide(line_starts(body.plain, cells - indent))
        return Lines([number + pieces[0], *(Text(" " * indent) + piece for piece in pieces[1:])])


class _Alone:
    """A :class:`WrappedText` as rich renders it: ``Console.print`` joins the ``Text`` objects it is
    given into one plain ``Text``, which wrapped a line printed on its own as rich does (a word cut
    at the last cell, a numbered line's hang lost); as another renderable it wraps as itself."""

    def __init__(self, text: WrappedText) -> None:
        self.text = text

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        return self.text.__rich_console__(console, options)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return self.text.__rich_measure__(console, options)


def shown_text(text: str, style: str = "", *, hang: bool = False) -> Text:
    """Text for rich: never markup, control characters shown inertly, wrapped as quizzer wraps;
    ``hang``: a numbered line (``2. 이미지를 받는다``) goes on under its text, not its number."""
    shown = WrappedText(visible(text), style=style)
    shown.hang = hang
    return shown
