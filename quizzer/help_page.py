"""A screen's help page, scrolled when it is taller than the room the screen leaves it.

At 40 columns the keys of a quiz, an exam or a review wrap to 20-30 lines; cut to the
room under the header (with an ellipsis) the last keys could not be read at all.  The
page shows as many lines as fit, from ``first``; a last line says which lines show and
that ↑ ↓ (Page Up / Page Down: a roomful) show the others.  Which lines show is pure
(:meth:`HelpPage.window`); the screens bind the keys with :meth:`HelpPage.bind`.
"""

from __future__ import annotations

from prompt_toolkit.filters import FilterOrBool
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.keys import Keys

from quizzer.i18n import _
from quizzer.text import clip

__all__ = ["HelpPage"]


class HelpPage:
    """Which lines of a help page show: from line ``first``, ``shown`` of them (all: 0)."""

    def __init__(self) -> None:
        self.first = 0
        self.shown = 0

    def window(self, page: list[StyleAndTextTuples], room: int, cols: int) -> list[StyleAndTextTuples]:
        """The lines of ``page`` that show in ``room`` lines: all when they fit; else from ``first``
        (moved back so the room stays full) and a last line saying which and that ↑ ↓ show the rest."""
        if len(page) <= room:
            self.first = self.shown = 0
            return page
        self.shown = max(room - 1, 1)
        self.first = max(0, min(self.first, len(page) - self.shown))
        last = self.first + self.shown
        more = _("↑ ↓ more: lines {first}–{last} of {total}").format(first=self.first + 1, last=last, total=len(page))
        return [*page[self.first:last], [("class:dim", clip(more, cols))]]

    def scroll(self, key: str) -> None:
        """↓ one line on, ↑ one back, Page Down / Page Up a roomful (:meth:`window` keeps it on the page)."""
        step = max(self.shown, 1) if key in (Keys.PageDown, Keys.PageUp) else 1
        self.first = max(self.first + (step if key in (Keys.Down, Keys.PageDown) else -step), 0)

    def open(self) -> None:
        """The page opened again: from its top."""
        self.first = 0

    def bind(self, keys: KeyBindings, showing: FilterOrBool) -> None:
        """↑ ↓ Page Up Page Down scroll the page while ``showing``."""

        @keys.add("up", filter=showing)
        @keys.add("down", filter=showing)
        @keys.add("pageup", filter=showing)
        @keys.add("pagedown", filter=showing)
        def _scroll(event: KeyPressEvent) -> None:
            self.scroll(event.key_sequence[0].key)
