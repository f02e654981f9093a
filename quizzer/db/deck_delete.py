"""Deleting a whole deck: what it holds, and taking it out of the database.

The caller owns the transaction (``quizzer delete`` saves a backup of the deck in
the same one first, so the deletion can be undone with ``quizzer import``).  The
deck's notes, cards, reviews and the check's verdicts go with it (foreign keys,
``ON DELETE CASCADE``); the running counts follow by their triggers.  A deck
that a shipped document fills (the built-in deck) is marked deleted, so it is not
imported again at the next start, nor when a newer quizzer ships that document
changed: only a restore of its backup brings it back.  A deck of the person's own
document that took a shipped deck's name over is theirs: deleting it does not delete
the shipped deck, which comes back as shipped at the next start.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from quizzer.db.lite import BUILTIN_DELETED
from quizzer.db.models import Card, Deck, Meta, Note, Review
from quizzer.db.row_record import record_key
from quizzer.db.stamps import import_key
from quizzer.origins import builtin_source

__all__ = ["BUILTIN_DELETED", "DeckContents", "deck_contents", "delete_deck", "shipped_keys"]


@dataclass(frozen=True, slots=True)
class DeckContents:
    notes: int
    cards: int
    reviews: int


def deck_contents(session: Session, deck: Deck) -> DeckContents:
    """How many notes (retired ones too), cards and reviews go with ``deck``."""
    notes = session.execute(select(func.count()).select_from(Note).where(Note.deck_id == deck.id)).scalar_one()
    cards = session.execute(select(func.count()).select_from(Card).where(Card.deck_id == deck.id)).scalar_one()
    reviews = session.execute(
        select(func.count()).select_from(Review).join(Card, Card.id == Review.card_id).where(Card.deck_id == deck.id)
    ).scalar_one()
    return DeckContents(notes, cards, reviews)


def shipped_keys(name: str) -> list[str]:
    """The ``builtin:FILE`` meta keys of the shipped documents that fill the deck ``name``."""
    from quizzer.documents import deck_name
    from quizzer.paths import builtin_decks

    return [builtin_source(path.name) for path in builtin_decks() if deck_name(path) == name]


def delete_deck(session: Session, deck: Deck) -> bool:
    """Take ``deck`` and all it holds out of the database; True when it is a deck quizzer
    ships (it stays deleted: see the module's doc)."""
    keys = shipped_keys(deck.name)
    session.execute(delete(Meta).where(Meta.key.in_((import_key(deck.name), record_key(deck.name)))))
    if not deck.builtin:  # the person's document filled it (it took the name over): not the shipped deck
        if keys:  # forget that it was imported: the next start brings the shipped deck back, as shipped
            session.execute(delete(Meta).where(Meta.key.in_(keys)))
        keys = []
    for key in keys:
        session.merge(Meta(key=key, value=BUILTIN_DELETED))
    deck_id = deck.id
    session.expunge(deck)
    session.execute(delete(Deck).where(Deck.id == deck_id).execution_options(synchronize_session=False))
    return bool(keys)
