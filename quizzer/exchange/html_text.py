"""Anki field HTML → plain text (pure): tags dropped, line breaks kept, entities decoded."""

from __future__ import annotations

from html.parser import HTMLParser

from quizzer.text import nfc

__all__ = ["html_lines", "html_text"]

_BREAKS = frozenset("br div p li tr hr h1 h2 h3 h4 h5 h6 pre ul ol table blockquote".split())
_HIDDEN = frozenset({"style", "script", "head", "title"})


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_lines(markup: str) -> list[str]:
    """The non-empty lines of text ``markup`` shows, each trimmed."""
    parser = _Text()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts).replace("\xa0", " ")
    return [nfc(line.strip()) for line in text.split("\n") if line.strip()]


def html_text(markup: str) -> str:
    """A field's text, its lines joined with newlines."""
    return "\n".join(html_lines(markup))
