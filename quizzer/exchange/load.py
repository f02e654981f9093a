"""Reading what an export needs from the database, in a few bulk queries."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Integer, select, type_coerce
from sqlalchemy.orm import Session

from quizzer.db.models import Card, Deck, Note, Review
from quizzer.db.types import to_epoch_ms
from quizzer.exchange.anki_model import ExportCard, ExportNote
from quizzer.exchange.history import ReviewRow

__all__ = ["export_notes", "export_reviews"]

def _ordinal(value: object) -> int | None:
    return None if value is None else int(value.toordinal())  # type: ignore[attr-defined]


def export_notes(session: Session, decks: Sequence[Deck], *, checked: bool = False) -> list[ExportNote]:
    """The live notes of ``decks`` (retired ones left out) with their cards, in document order.
    ``checked``: without the cards ``quizzer check`` keeps out of review (waiting for it, or held
    back by it), and without the notes left with no card."""
    out: list[ExportNote] = []
    for deck in decks:
        cards: dict[int, list[ExportCard]] = {}
        query = select(
            Card.note_id, Card.id, Card.ord, Card.new_rank, Card.reps, Card.interval, Card.ef_centi, Card.due,
            Card.suspended, Card.lapses, Card.leech, Card.changed_at, Card.suspended_at,
        ).where(Card.deck_id == deck.id)
        if checked:
            query = query.where(Card.held == 0)
        for row in session.execute(query.order_by(Card.note_id, Card.ord)):
            note_id, card_id, ord_, rank, reps, interval, ef, due, suspended, lapses, leech, changed, held_at = row
            own = max((to_epoch_ms(at) for at in (changed, held_at) if at is not None), default=0)
            cards.setdefault(note_id, []).append(
                ExportCard(card_id, ord_, rank, reps, interval, ef, _ordinal(due), bool(suspended), lapses, bool(leech),
                           own)
            )
        for note_row in session.execute(
            select(
                Note.id, Note.key, Note.kind, Note.front, Note.back, Note.command, Note.context, Note.section,
                Note.tags, Note.line, Note.updated_at,
            )
            .where(Note.deck_id == deck.id, Note.retired_at.is_(None))
            .order_by(Note.doc_order, Note.id)
        ):
            if checked and note_row.id not in cards:
                continue  # every card of it waits for the check or was held back
            out.append(
                ExportNote(
                    deck.name, note_row.key, note_row.kind, note_row.front, note_row.back, note_row.command,
                    note_row.context,
                    tuple(note_row.section or ()), tuple(note_row.tags or ()), deck.source, note_row.line,
                    tuple(cards.get(note_row.id, ())), to_epoch_ms(note_row.updated_at),
                )
            )
    return out


def export_reviews(session: Session, decks: Sequence[Deck]) -> list[ReviewRow]:
    """Every review of the live cards of ``decks`` that ``quizzer check`` left in review (those
    :func:`export_notes` gives with ``checked``), oldest first (stored integers, no objects)."""
    ms, day = type_coerce(Review.reviewed_at, Integer), type_coerce(Review.prev_due, Integer)
    query = (
        select(
            Review.card_id, ms, Review.grade, Review.drill, Review.duration_ms, Review.prev_interval,
            Review.interval, Review.ef_centi, day,
        )
        .join(Card, Card.id == Review.card_id)
        .join(Note, Note.id == Card.note_id)
        .where(Card.deck_id.in_([deck.id for deck in decks]), Note.retired_at.is_(None), Card.held == 0)
        .order_by(ms, Review.id)
    )
    return [
        ReviewRow(card_id, at, grade, bool(drill), duration, prev_interval, interval, ef, prev_due is None)
        for card_id, at, grade, drill, duration, prev_interval, interval, ef, prev_due in session.execute(query)
    ]
