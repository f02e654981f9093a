"""Read-only questions about decks and cards, answered in SQL (no whole tables)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from quizzer.db.models import Card, Deck, Note
from quizzer.errors import no_such_deck
from quizzer.text import nfc

__all__ = ["LIVE", "CardRow", "DeckSummary", "all_decks", "card_rows", "deck_summaries", "find_deck", "find_decks"]


@dataclass(frozen=True, slots=True)
class DeckSummary:
    name: str
    notes: int
    cards: int
    new: int
    due: int

    def as_json(self) -> dict[str, object]:
        return {"name": self.name, "notes": self.notes, "cards": self.cards, "new": self.new, "due": self.due}


#: A card that can come up: not suspended, its note not retired (join Note to use it).
LIVE = and_(Note.retired_at.is_(None), Card.suspended.is_(False))


def all_decks(session: Session) -> list[Deck]:
    return list(session.scalars(select(Deck).order_by(Deck.name)))


def deck_summaries(session: Session, today: dt.date) -> list[DeckSummary]:
    live = LIVE
    card_counts = (
        select(
            Card.deck_id,
            func.count().label("cards"),
            func.sum(case((Card.due.is_(None), 1), else_=0)).label("new"),  # never answered
            func.sum(case((Card.due <= today, 1), else_=0)).label("due"),
        )
        .join(Note, Note.id == Card.note_id)
        .where(live)
        .group_by(Card.deck_id)
        .subquery()
    )
    note_counts = (
        select(Note.deck_id, func.count().label("notes"))
        .where(Note.retired_at.is_(None))
        .group_by(Note.deck_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Deck.name,
            func.coalesce(note_counts.c.notes, 0),
            func.coalesce(card_counts.c.cards, 0),
            func.coalesce(card_counts.c.new, 0),
            func.coalesce(card_counts.c.due, 0),
        )
        .outerjoin(note_counts, note_counts.c.deck_id == Deck.id)
        .outerjoin(card_counts, card_counts.c.deck_id == Deck.id)
        .order_by(Deck.name)
    )
    return [DeckSummary(name, int(n), int(c), int(new), int(due)) for name, n, c, new, due in rows]


def find_deck(session: Session, name: str) -> Deck:
    name = nfc(name)
    deck = session.scalars(select(Deck).where(Deck.name == name)).one_or_none()
    if deck is not None:
        return deck
    raise no_such_deck(name, session.scalars(select(Deck.name).order_by(Deck.name)))


def find_decks(session: Session, names: list[str]) -> list[Deck]:
    return [find_deck(session, name) for name in names]


@dataclass(frozen=True, slots=True)
class CardRow:
    id: int
    deck: str
    kind: str
    ord: int
    front: str
    back: str
    command: str | None
    key: str
    due: dt.date | None
    interval: int
    reps: int
    ef_centi: int
    suspended: bool
    retired: bool

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "deck": self.deck,
            "kind": self.kind,
            "direction": "reverse" if self.ord else "forward",
            "front": self.front,
            "back": self.back,
            "command": self.command,
            "key": self.key,
            "due": self.due.isoformat() if self.due else None,
            "interval": self.interval,
            "reps": self.reps,
            "ef": self.ef_centi / 100,
            "suspended": self.suspended,
            "retired": self.retired,
        }


def card_rows(
    session: Session,
    deck: Deck,
    *,
    kind: str | None = None,
    search: str | None = None,
    include_retired: bool = False,
) -> list[CardRow]:
    query = (
        select(Card, Note)
        .join(Note, Note.id == Card.note_id)
        .where(Card.deck_id == deck.id)
        .order_by(Note.doc_order, Card.ord)
    )
    if kind:
        query = query.where(Note.kind == kind)
    if search:
        search = nfc(search)
        escaped = search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped}%"
        query = query.where(
            or_(
                Note.front.ilike(pattern, escape="\\"),
                Note.back.ilike(pattern, escape="\\"),
                Note.command.ilike(pattern, escape="\\"),
                Note.context.ilike(pattern, escape="\\"),
            )
        )
    if not include_retired:
        query = query.where(Note.retired_at.is_(None))
    return [
        CardRow(
            card.id, deck.name, note.kind, card.ord, note.front, note.back, note.command, note.key,
            card.due, card.interval, card.reps, card.ef_centi, card.suspended, note.retired_at is not None,
        )
        for card, note in session.execute(query)
    ]
