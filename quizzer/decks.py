"""Drafted documents into decks: one transaction per document.

Documents are read and extracted first (``quizzer.documents``), so a bad file
in a batch leaves the database as it was.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from quizzer.collector import paused
from quizzer.db import Database
from quizzer.db.check_import import TRUST, Mode
from quizzer.db.lite import BUILTIN_DELETED, raw_connection
from quizzer.db.models import Deck, Meta
from quizzer.db.results import ImportResult
from quizzer.db.stamps import import_key, import_stamp, unchanged
from quizzer.db.sync import sync_deck
from quizzer.documents import Document, deck_name, draft, load, origin
from quizzer.extract.model import DeckDraft
from quizzer.origins import builtin_source
from quizzer.paths import builtin_decks

__all__ = ["ensure_builtin_decks", "import_documents", "import_drafts"]


def import_drafts(
    db: Database, drafts: list[DeckDraft], *, now: dt.datetime, adopt: bool = False, check: Mode | None = None,
    wait: bool = True,
) -> list[ImportResult]:
    """``adopt``: the user named the deck (``--deck``), so it may change documents;
    ``check``: what the check before learning does (:mod:`quizzer.db.check_import`);
    ``wait``: as for :meth:`quizzer.db.Database.session` (False: a screen's write)."""
    results = []
    for item in drafts:
        with db.session(wait=wait) as session:
            results.append(sync_deck(session, item, now=now, origin=origin(Path(item.source)), adopt=adopt, check=check))
    return results


def import_documents(
    db: Database,
    documents: list[tuple[Document, str]],
    *,
    now: dt.datetime,
    adopt: bool = False,
    drafts: list[DeckDraft] | None = None,
    check: Mode | None = None,
) -> list[ImportResult]:
    """Import read documents into their decks (``(document, deck name)`` pairs).

    A document whose bytes and whose quizzer (version and code) are those of its
    last import into a deck nobody changed since is not extracted again: its
    result is what that import left.  Every other document is extracted before
    anything is written, then written in a transaction of its own (``drafts``:
    the documents' drafts, already made).  ``check``: what the check before
    learning does with new cards (:mod:`quizzer.db.check_import`; None: nothing).
    """
    known: dict[int, ImportResult] = {}
    if drafts is None:
        with db.reading() as session:
            for index, (document, name) in enumerate(documents):
                result = unchanged(raw_connection(session), document, name)
                if result is not None and not (check == TRUST and result.waiting):  # --trust lets them in
                    known[index] = result
    made = dict(enumerate(drafts)) if drafts is not None else {
        index: draft(document, name, str(document.path))
        for index, (document, name) in enumerate(documents)
        if index not in known
    }
    results = []
    for index, (document, name) in enumerate(documents):
        if index in known:
            results.append(known[index])
            continue
        item = made[index]
        with paused(), db.session() as session:  # bulk rows, no cycles: see quizzer.collector
            result = sync_deck(session, item, now=now, origin=origin(document.path), adopt=adopt, check=check)
            session.flush()  # the stamp reads the deck as this import leaves it
            stamp = import_stamp(raw_connection(session), document, name, item.warnings)
            session.merge(Meta(key=import_key(name), value=stamp))
        results.append(result)
    return results


def ensure_builtin_decks(db: Database, *, now: dt.datetime) -> list[ImportResult]:
    """Import the shipped decks into a new database, and again whenever a shipped
    file changes, unless the user has since filled that deck from a file of theirs
    or deleted it (a read-only database: as they are)."""
    results: list[ImportResult] = []
    if db.read_only:
        return results
    for path in builtin_decks():
        meta_key = builtin_source(path.name)  # (the source of its deck, and the meta key of its digest)
        document = load(path)
        name = deck_name(path)
        with db.reading() as session:
            seen = session.get(Meta, meta_key)
            if seen is not None and seen.value == document.digest:
                continue
            if seen is not None and seen.value == BUILTIN_DELETED and _no_deck(session, name):
                continue  # the person deleted it (quizzer delete): restoring its backup brings it back
        with db.session() as session:
            deck = session.scalars(select(Deck).where(Deck.name == name)).one_or_none()
            if deck is None or deck.builtin:
                item = draft(document, name, meta_key)
                results.append(sync_deck(session, item, now=now, origin=meta_key, builtin=True))
            session.merge(Meta(key=meta_key, value=document.digest))
    return results


def _no_deck(session: Session, name: str) -> bool:
    return session.scalars(select(Deck.id).where(Deck.name == name)).first() is None
