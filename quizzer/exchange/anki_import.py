"""Writing an Anki import plan into the database (one transaction).

Like Anki's own importer, a card quizzer already has keeps its schedule: a
second import of the same package adds nothing, changes nothing.  Note text is
updated when the package's differs; reviews not yet stored are added.  Notes
missing from a package are left alone (a package may hold part of a deck).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from quizzer.db.models import Card, Deck, Note, Review
from quizzer.errors import QuizzerError
from quizzer.exchange.anki_map import ImportedDeck, ImportedNote, ImportPlan
from quizzer.db.types import from_epoch_ms, to_epoch_ms

__all__ = ["ANKI_SOURCE", "AnkiImportResult", "write_plan"]

ANKI_SOURCE = "anki:"  # a deck's source: "anki:<the Anki deck's name>"


@dataclass(frozen=True, slots=True)
class AnkiImportResult:
    deck: str
    added: int
    updated: int
    unchanged: int
    cards: int
    reviews: int  # review rows added

    def as_json(self) -> dict[str, object]:
        return {"deck": self.deck, "added": self.added, "updated": self.updated, "unchanged": self.unchanged,
                "cards": self.cards, "reviews": self.reviews}


def _text(note: Note | ImportedNote) -> tuple[object, ...]:
    return (note.front, note.back, tuple(note.answers), note.context, tuple(note.section), tuple(note.tags))


def write_plan(session: Session, plan: ImportPlan, *, now: dt.datetime) -> list[AnkiImportResult]:
    return [_write_deck(session, deck, now=now) for deck in plan.decks]


def _write_deck(session: Session, imported: ImportedDeck, *, now: dt.datetime) -> AnkiImportResult:
    source = ANKI_SOURCE + imported.name
    deck = session.scalars(select(Deck).where(Deck.name == imported.name)).one_or_none()
    if deck is None:
        deck = Deck(name=imported.name, source=source, created_at=now)
        session.add(deck)
        session.flush()
    elif deck.source != source:
        raise QuizzerError(
            f"The Anki deck '{imported.name}' has the name of a quizzer deck made from {deck.source}; "
            "rename one of them (in Anki, or with another --deck name when importing the notes) and try again."
        )
    notes = {note.key: note for note in session.scalars(select(Note).where(Note.deck_id == deck.id))}
    order = max((note.doc_order for note in notes.values()), default=-1) + 1
    added = updated = unchanged = 0
    placed: list[tuple[Note, ImportedNote]] = []
    for item in imported.notes:
        note = notes.get(item.key)
        if note is None:
            note = Note(
                deck_id=deck.id, key=item.key, kind="concept", front=item.front, back=item.back, command=None,
                context=item.context, answers=list(item.answers), section=list(item.section), tags=list(item.tags),
                line=0, position=None, doc_order=order, created_at=now, updated_at=now,
            )
            session.add(note)
            notes[item.key] = note
            order += 1
            added += 1
        elif _text(note) != _text(item):
            note.front, note.back, note.context = item.front, item.back, item.context
            note.answers, note.section, note.tags = list(item.answers), list(item.section), list(item.tags)
            note.updated_at = now
            updated += 1
        else:
            unchanged += 1
        placed.append((note, item))
    session.flush()
    cards = {(card.note_id, card.ord): card for card in session.scalars(select(Card).where(Card.deck_id == deck.id))}
    new_cards = 0
    for note, item in placed:
        for imported_card in item.cards:
            if (note.id, imported_card.ord) in cards:
                continue  # quizzer's schedule of a card it has wins, as in Anki
            card = Card(
                note_id=note.id, deck_id=deck.id, ord=imported_card.ord, new_rank=note.doc_order,
                reps=imported_card.reps, interval=imported_card.interval, ef_centi=imported_card.ef_centi,
                due=imported_card.due, suspended=imported_card.suspended, lapses=imported_card.lapses,
                leech=imported_card.leech,
            )
            session.add(card)
            cards[(note.id, imported_card.ord)] = card
            new_cards += 1
    session.flush()
    known = {
        (card_id, to_epoch_ms(at))
        for card_id, at in session.execute(
            select(Review.card_id, Review.reviewed_at).join(Card, Card.id == Review.card_id).where(Card.deck_id == deck.id)
        )
    }
    rows = [
        {
            "card_id": cards[(note.id, c.ord)].id, "reviewed_at": from_epoch_ms(r.at_ms), "grade": r.grade,
            "day": r.day, "drill": r.drill, "duration_ms": r.duration_ms, "prev_interval": r.prev_interval,
            "interval": r.interval, "ef_centi": r.ef_centi,
        }
        for note, item in placed for c in item.cards for r in c.reviews
        if (cards[(note.id, c.ord)].id, r.at_ms) not in known
    ]
    for start in range(0, len(rows), 50_000):
        session.execute(insert(Review), rows[start : start + 50_000])
    return AnkiImportResult(imported.name, added, updated, unchanged, new_cards, len(rows))
