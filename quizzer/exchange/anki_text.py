"""Anki's text import format, with its file headers (pure: notes in, text out).

Stock note types, so the file imports into any Anki: "Basic (and reversed card)"
for the notes quizzer asks both ways, "Basic" for the rest (``#notetype column``);
the guid column makes a second import update the notes.
"""

from __future__ import annotations

from collections.abc import Sequence

from quizzer.cards import shown_front
from quizzer.exchange.anki_model import AnkiNote, ExportNote, field_html
from quizzer.kinds import Kind

__all__ = ["BASIC", "BASIC_REVERSED", "anki_text"]

BASIC = "Basic"
BASIC_REVERSED = "Basic (and reversed card)"

HEADER = (
    "#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:6\n"
)


def _cell(html: str) -> str:
    # a tab would end the field, a leading quote would start CSV quoting
    return html.replace("\t", "&#9;").replace('"', "&quot;")


def _question(note: ExportNote) -> str:
    """The card's question, as a stock note type shows it: a step's in the notes' language, and an option or a
    flag after its command when nothing on the front names it (``git log -n``): quizzer asks "What does this
    option of git log mean?", a Basic card only "-n", which could be any program's."""
    front = shown_front(note.front, back=note.back)
    if note.kind in (Kind.OPTION, Kind.FLAG) and note.command and note.command not in (note.context or ""):
        return f"{note.command} {front}"
    return front


def anki_text(notes: Sequence[ExportNote], anki: Sequence[AnkiNote]) -> str:
    lines = [HEADER]
    for ours, theirs in zip(notes, anki, strict=True):
        front = field_html(_question(ours))
        if ours.context:
            front += "<br><br>" + field_html(ours.context)
        notetype = BASIC_REVERSED if 1 in theirs.ords else BASIC
        cells = (theirs.guid, notetype, theirs.deck, front, field_html(ours.back), " ".join(theirs.tags))
        lines.append("\t".join(_cell(cell) for cell in cells) + "\n")
    return "".join(lines)
