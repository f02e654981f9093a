"""Anki field HTML → plain text (pure): tags dropped, line breaks kept, entities decoded,
escape sequences and control characters taken out (:func:`quizzer.text.strip_controls`, also of
what an entity such as ``&#27;`` spells).

Sounds and pictures (Anki's ``[sound:FILE]``, ``<img>``) leave the text with one space
where they stood; :func:`media_references` counts them, so an import can say how many.
Text that stands only between pictures (``<img> and <img>``) joins them: without them it
says nothing, and the field has no text.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from quizzer import lazyre
from quizzer.text import has_controls, nfc, strip_controls

__all__ = ["held_controls", "html_lines", "html_text", "media_references"]

#: Anki's media reference in a field: ``[sound:hola.mp3]`` (a picture is an ``<img>`` tag).
_SOUND = lazyre.pattern(r"\[sound:[^\]\n]+\]")
_IMG = lazyre.pattern(r"<img\b", re.IGNORECASE)
_LEFT_OUT = "\ue000"  # where a sound or picture stood (a private-use character)
_PICTURE = "\ue001"  # where a picture stood, until the text between pictures is read
_GAP = lazyre.pattern(f"[ \t]*{_LEFT_OUT}[ \t{_LEFT_OUT}]*")

_BREAKS = frozenset("br div p li tr hr h1 h2 h3 h4 h5 h6 pre ul ol table blockquote".split())
_HIDDEN = frozenset({"style", "script", "head", "title"})


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.parts.append(_PICTURE)
        elif tag in _HIDDEN:
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
    parser.feed(_SOUND.sub(_LEFT_OUT, markup.replace(_LEFT_OUT, "").replace(_PICTURE, "")))
    parser.close()
    text = strip_controls("".join(parser.parts).replace("\xa0", " "))
    if _PICTURE in text:
        runs = [run.replace(_LEFT_OUT, "").strip() for run in text.split(_PICTURE)]
        if len(runs) > 2 and not runs[0] and not runs[-1]:  # "<img> and <img>": the words only join the pictures
            return []
        text = text.replace(_PICTURE, _LEFT_OUT)
    if _LEFT_OUT in text:
        text = _GAP.sub(" ", text)
    return [nfc(line.strip()) for line in text.split("\n") if line.strip()]


def media_references(markup: str) -> int:
    """How many sounds and pictures a field names (they are not in its text)."""
    return len(_SOUND.findall(markup)) + len(_IMG.findall(markup))


def html_text(markup: str) -> str:
    """A field's text, its lines joined with newlines."""
    return "\n".join(html_lines(markup))


def held_controls(markup: str) -> bool:
    """Whether the text of ``markup`` had escape sequences or control characters taken out."""
    return has_controls(markup) or ("&" in markup and has_controls(html.unescape(markup)))
