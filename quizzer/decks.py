"""Drafted documents into decks: one transaction per document.

Documents are read and extracted first (``quizzer.documents``), so a bad file
in a batch leaves the database as it was.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from typing import TYPE_CHECKING

from quizzer.collector import paused
from quizzer.db.check_import import TRUST, Mode
from quizzer.db.lite import BUILTIN_DELETED, meta_value, raw_connection, set_meta
from quizzer.db.results import Batch, ImportResult
from quizzer.db.stamps import import_key, import_stamp, unchanged
from quizzer.db.sync import sync_deck
from quizzer.documents import Document, deck_name, draft, load, origin
from quizzer.extract.model import DeckDraft
from quizzer.origins import builtin_source
from quizzer.paths import builtin_decks

if TYPE_CHECKING:
    import sqlite3

    from quizzer.db import Database
    from quizzer.db.lite import LiteDatabase

__all__ = ["ImportInterrupted", "ensure_builtin_decks", "import_documents", "import_drafts"]


class ImportInterrupted(KeyboardInterrupt):
    """A Ctrl-C while importing documents: ``batch`` is what the documents before it made (each its own
    transaction, committed); ``left`` the documents not imported, the one being written (rolled back) first."""

    def __init__(self, batch: Batch, left: tuple[Path, ...]) -> None:
        super().__init__()
        self.batch = batch
        self.left = left


def import_drafts(
    db: Database | LiteDatabase, drafts: list[DeckDraft], *, now: dt.datetime, adopt: bool = False, check: Mode | None = None,
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
    db: Database | LiteDatabase,
    documents: list[tuple[Document, str]],
    *,
    now: dt.datetime,
    adopt: bool = False,
    drafts: list[DeckDraft] | None = None,
    check: Mode | None = None,
) -> list[ImportResult]:
    """Import read documents into their decks (``(document, deck name)`` pairs), through
    SQLAlchemy's ``db`` or the plain sqlite3 one (:mod:`quizzer.db.lite`): the same statements.

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
    results: list[ImportResult] = []
    try:
        made = dict(enumerate(drafts)) if drafts is not None else {
            index: draft(document, name, str(document.path))
            for index, (document, name) in enumerate(documents)
            if index not in known
        }
        for index, (document, name) in enumerate(documents):
            if index in known:
                results.append(known[index])
                continue
            item = made[index]
            with paused(), db.session() as session:  # bulk rows, no cycles: see quizzer.collector
                result = sync_deck(session, item, now=now, origin=origin(document.path), adopt=adopt, check=check)
                connection = raw_connection(session)  # the stamp reads the deck as this import leaves it
                set_meta(connection, import_key(name), import_stamp(connection, document, name, item.warnings))
            results.append(result)
    except KeyboardInterrupt:  # the document being written was rolled back; the ones before stay
        raise ImportInterrupted(Batch(tuple(results), (), ()),
                                tuple(document.path for document, _name in documents[len(results):])) from None
    return results


def ensure_builtin_decks(db: Database | LiteDatabase, *, now: dt.datetime) -> list[ImportResult]:
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
            connection = raw_connection(session)
            seen = meta_value(connection, meta_key)
            if seen == document.digest:
                continue
            if seen == BUILTIN_DELETED and _no_deck(connection, name):
                continue  # the person deleted it (quizzer delete): restoring its backup brings it back
        with db.session() as session:
            connection = raw_connection(session)
            deck = connection.execute("SELECT builtin FROM deck WHERE name = ?", (name,)).fetchone()
            if deck is None or deck[0]:
                item = draft(document, name, meta_key)
                results.append(sync_deck(session, item, now=now, origin=meta_key, builtin=True))
            set_meta(connection, meta_key, document.digest)
    return results


def _no_deck(connection: sqlite3.Connection, name: str) -> bool:
    return connection.execute("SELECT 1 FROM deck WHERE name = ?", (name,)).fetchone() is None
