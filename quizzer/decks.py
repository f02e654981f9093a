"""Drafted documents into decks: one transaction per document.

Documents are read and extracted first (``quizzer.documents``), so a bad file
in a batch leaves the database as it was.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from functools import cache
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from quizzer.collector import paused
from quizzer.db import Database
from quizzer.db.models import Deck, Meta, Note
from quizzer.db.sync import ImportResult, sync_deck
from quizzer.documents import Document, deck_name, draft, load, origin
from quizzer.extract.model import DeckDraft, ExtractWarning
from quizzer.paths import builtin_decks

__all__ = ["ensure_builtin_decks", "import_documents", "import_drafts"]


def import_drafts(
    db: Database, drafts: list[DeckDraft], *, now: dt.datetime, adopt: bool = False
) -> list[ImportResult]:
    """``adopt``: the user named the deck (``--deck``), so it may change documents."""
    results = []
    for item in drafts:
        with db.session() as session:
            results.append(sync_deck(session, item, now=now, origin=origin(Path(item.source)), adopt=adopt))
    return results


def import_documents(
    db: Database,
    documents: list[tuple[Document, str]],
    *,
    now: dt.datetime,
    adopt: bool = False,
    drafts: list[DeckDraft] | None = None,
) -> list[ImportResult]:
    """Import read documents into their decks (``(document, deck name)`` pairs).

    A document whose bytes and whose quizzer (version and code) are those of its
    last import into a deck nobody changed since is not extracted again: its
    result is what that import left.  Every other document is extracted before
    anything is written, then written in a transaction of its own (``drafts``:
    the documents' drafts, already made).
    """
    known: dict[int, ImportResult] = {}
    if drafts is None:
        with db.reading() as session:
            for index, (document, name) in enumerate(documents):
                result = _unchanged(session, document, name)
                if result is not None:
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
            result = sync_deck(session, item, now=now, origin=origin(document.path), adopt=adopt)
            session.merge(Meta(key=_import_key(name), value=_import_stamp(session, document, name, item.warnings)))
        results.append(result)
    return results


def _import_key(deck: str) -> str:
    return f"import:{deck}"


@cache
def _code_version() -> str:
    """Which quizzer extracted: its version and its code (size and time of every module)."""
    from quizzer import __version__

    package = Path(__file__).parent
    stats = sorted((str(p.relative_to(package)), p.stat().st_size, p.stat().st_mtime_ns) for p in package.rglob("*.py"))
    return f"{__version__}:{hashlib.sha256(repr(stats).encode()).hexdigest()[:16]}"


def _deck_state(session: Session, name: str) -> list[object] | None:
    """What changes whenever anything writes the deck's notes."""
    row = session.execute(
        select(Deck.id, Deck.source, func.count(Note.id), func.count(Note.retired_at), func.max(Note.updated_at))
        .outerjoin(Note, Note.deck_id == Deck.id)
        .where(Deck.name == name)
        .group_by(Deck.id)
    ).one_or_none()
    if row is None:
        return None
    deck_id, source, notes, retired, updated = row
    return [deck_id, source, notes, retired, updated.isoformat() if updated else None]


def _import_stamp(session: Session, document: Document, name: str, warnings: tuple[ExtractWarning, ...]) -> str:
    return json.dumps(
        {
            "digest": document.digest,
            "code": _code_version(),
            "deck": _deck_state(session, name),
            "warnings": [[w.line, w.message] for w in warnings],
        },
        ensure_ascii=False,
    )


def _unchanged(session: Session, document: Document, name: str) -> ImportResult | None:
    """The result of importing ``document`` again, if that would change nothing."""
    meta = session.get(Meta, _import_key(name))
    if meta is None:
        return None
    try:
        stamp = json.loads(meta.value)
    except ValueError:
        return None
    if stamp.get("digest") != document.digest or stamp.get("code") != _code_version():
        return None
    state = _deck_state(session, name)
    if state is None or state != stamp.get("deck") or state[1] != origin(document.path):
        return None
    live = int(state[2]) - int(state[3])  # type: ignore[call-overload]
    warnings = tuple(ExtractWarning(int(line), str(message)) for line, message in stamp.get("warnings", []))
    return ImportResult(deck=name, source=str(document.path), unchanged=live, warnings=warnings)


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
