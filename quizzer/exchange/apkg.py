"""Writing .apkg files: genanki for the notes, the ``anki`` package for history."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from quizzer.exchange.anki_model import (
    CSS, FIELDS, MODEL_ID, MODEL_NAME, TEMPLATES, AnkiNote, ExportNote, anki_note, deck_id_for, shared_title,
)
from quizzer.origins import Origin, deck_origin

__all__ = ["ExportCounts", "Progress", "anki_notes", "write_apkg"]

#: ``progress(done, total)``, called now and then while writing.
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class ExportCounts:
    notes: int
    cards: int
    reviews: int = 0
    left_out: int = 0  # cards quizzer check keeps out of review, not exported to Anki


def anki_notes(notes: Sequence[ExportNote], *, flat: bool) -> list[AnkiNote]:
    """Our notes as Anki notes; each deck's shared title heading is not made a subdeck. A deck from an Anki
    package has no title: its sections are its subdecks (``Linux::Net`` came back as ``Linux``)."""
    drops: dict[str, int] = {}
    for deck in dict.fromkeys(note.deck for note in notes):
        mine = [note for note in notes if note.deck == deck]
        drops[deck] = 0 if deck_origin(mine[0].source) is Origin.ANKI else shared_title([n.section for n in mine])
    return [anki_note(note, drop=drops[note.deck], flat=flat) for note in notes]


def write_apkg(
    notes: Sequence[ExportNote], target: Path, *, flat: bool = False, progress: Progress | None = None,
    timestamp: float | None = None,
) -> ExportCounts:
    """Write ``notes`` as an Anki package (new cards; suspended ones stay suspended)."""
    import genanki

    model = genanki.Model(
        MODEL_ID,
        MODEL_NAME,
        fields=[{"name": name} for name in FIELDS],
        templates=[{"name": name, "qfmt": q, "afmt": a} for name, q, a in TEMPLATES],
        css=CSS,
    )
    decks: dict[str, genanki.Deck] = {}
    cards = 0
    for done, (ours, theirs) in enumerate(zip(notes, anki_notes(notes, flat=flat), strict=True)):
        deck = decks.get(theirs.deck)
        if deck is None:
            deck = decks[theirs.deck] = genanki.Deck(deck_id_for(theirs.deck), theirs.deck)
        note = genanki.Note(model=model, fields=list(theirs.fields), tags=list(theirs.tags), guid=theirs.guid)
        made = {card.ord: card for card in note.cards}
        if set(made) != set(theirs.ords):  # the templates and our card ords must agree
            raise AssertionError(f"note {ours.key!r}: Anki would make cards {sorted(made)}, we have {theirs.ords}")
        for card in ours.cards:
            made[card.ord].suspend = card.suspended
        deck.add_note(note)
        cards += len(made)
        if progress is not None and done % 1000 == 0:
            progress(done, len(notes))
    if timestamp is None:  # the notes' last change: exporting unchanged notes again changes nothing in Anki
        timestamp = max((note.updated_ms for note in notes), default=0) / 1000 or None
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # genanki warns of HTML it finds invalid; ours never is
        genanki.Package(list(decks.values())).write_to_file(str(target), timestamp=timestamp)
    if progress is not None:
        progress(len(notes), len(notes))
    return ExportCounts(len(notes), cards)
