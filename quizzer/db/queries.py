"""Read-only questions about decks and cards, answered in SQL (no whole tables)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from quizzer.db.counts import DeckSummary, deck_summaries  # plain SQL: `quizzer decks` starts without SQLAlchemy
from quizzer.db.held import HELD, WAITING
from quizzer.db.models import Card, Deck, Note
from quizzer.db.decks import deck_refs
from quizzer.text import typed

__all__ = ["LIVE", "CardRow", "DeckSummary", "all_decks", "card_rows", "deck_summaries", "find_deck", "find_decks"]


#: A card that can come up: not suspended, its note not retired (join Note to use it;
#: ``quizzer.db.decks.LIVE_SQL`` is the same in raw SQL).
LIVE = and_(Note.retired_at.is_(None), Card.suspended.is_(False))


def all_decks(session: Session) -> list[Deck]:
    return list(session.scalars(select(Deck).order_by(Deck.name)))


def find_deck(session: Session, name: str) -> Deck:
    """The deck named ``name``; an unknown name is an error (from :func:`deck_refs`)."""
    (ref,) = deck_refs(session, [name])
    deck = session.get(Deck, ref.id)
    assert deck is not None
    return deck


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
    check: str | None = None  # suspended by the check before learning: "waiting" for it, or "held" back
    leech: bool = False  # forgotten too often (and suspended, unless the settings keep leeches in review)

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
            "check": self.check,
            "leech": self.leech,
        }


#: ``card.held`` (quizzer.db.held) as a card listing says it.
_CHECK_STATES = {WAITING: "waiting", HELD: "held"}


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
        search = typed(search)
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
            _CHECK_STATES.get(card.held), card.leech,
        )
        for card, note in session.execute(query)
    ]
