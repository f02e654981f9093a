"""Drafted documents into decks: one transaction per document.

Documents are read and extracted first (``quizzer.documents``), so a bad file
in a batch leaves the database as it was.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from quizzer.db import Database
from quizzer.db.models import Deck, Meta
from quizzer.db.sync import ImportResult, sync_deck
from quizzer.documents import deck_name, draft, load, origin
from quizzer.extract.model import DeckDraft
from quizzer.paths import builtin_decks

__all__ = ["ensure_builtin_decks", "import_drafts"]


def import_drafts(
    db: Database, drafts: list[DeckDraft], *, now: dt.datetime, adopt: bool = False
) -> list[ImportResult]:
    """``adopt``: the user named the deck (``--deck``), so it may change documents."""
    results = []
    for item in drafts:
        with db.session() as session:
            results.append(sync_deck(session, item, now=now, origin=origin(Path(item.source)), adopt=adopt))
    return results


def ensure_builtin_decks(db: Database, *, now: dt.datetime) -> list[ImportResult]:
    """Import the shipped decks into a new database, and again whenever a shipped
    file changes, unless the user has since filled that deck from a file of theirs."""
    results = []
    for path in builtin_decks():
        meta_key = f"builtin:{path.name}"
        document = load(path)
        with db.reading() as session:
            seen = session.get(Meta, meta_key)
            if seen is not None and seen.value == document.digest:
                continue
        with db.session() as session:
            name = deck_name(path)
            deck = session.scalars(select(Deck).where(Deck.name == name)).one_or_none()
            if deck is None or deck.builtin:
                item = draft(document, name, f"builtin:{path.name}")
                results.append(sync_deck(session, item, now=now, origin=f"builtin:{path.name}", builtin=True))
            session.merge(Meta(key=meta_key, value=document.digest))
    return results
