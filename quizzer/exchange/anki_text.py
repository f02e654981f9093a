"""Anki's text import format, with its file headers (pure: notes in, text out).

Stock note types, so the file imports into any Anki: "Basic (and reversed card)"
for the notes quizzer asks both ways, "Basic" for the rest (``#notetype column``);
the guid column makes a second import update the notes.
"""

from __future__ import annotations

from collections.abc import Sequence

from quizzer.cards import shown_front
from quizzer.exchange.anki_model import AnkiNote, ExportNote, field_html

__all__ = ["BASIC", "BASIC_REVERSED", "anki_text"]

BASIC = "Basic"
BASIC_REVERSED = "Basic (and reversed card)"

HEADER = (
    "#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:6\n"
)


def _cell(html: str) -> str:
    # a tab would end the field, a leading quote would start CSV quoting
    return html.replace("\t", "&#9;").replace('"', "&quot;")


def anki_text(notes: Sequence[ExportNote], anki: Sequence[AnkiNote]) -> str:
    lines = [HEADER]
    for ours, theirs in zip(notes, anki, strict=True):
        front = field_html(shown_front(ours.front, back=ours.back))  # the card's question: in the notes' language
        if ours.context:
            front += "<br><br>" + field_html(ours.context)
        notetype = BASIC_REVERSED if 1 in theirs.ords else BASIC
        cells = (theirs.guid, notetype, theirs.deck, front, field_html(ours.back), " ".join(theirs.tags))
        lines.append("\t".join(_cell(cell) for cell in cells) + "\n")
    return "".join(lines)
