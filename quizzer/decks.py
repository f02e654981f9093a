"""Documents into decks: read, extract, then write one transaction per document.

Everything is read and extracted before anything is written, so a bad file in
a batch leaves the database as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from quizzer.db import Database
from quizzer.db.models import Meta
from quizzer.db.sync import ImportResult, sync_deck
from quizzer.documents import Document, collect, deck_name, load
from quizzer.errors import QuizzerError
from quizzer.extract import DeckDraft
from quizzer.paths import builtin_decks
from quizzer.text import nfc

__all__ = ["draft_documents", "ensure_builtin_decks", "import_drafts"]


def _draft(document: Document, name: str, source: str) -> DeckDraft:
    from quizzer.extract import extract

    draft = extract(document.text, deck=name, source=source)
    if not draft.notes:
        raise QuizzerError(
            f"{document.path} has no notes quizzer can turn into cards "
            "(it looks for '- **command**: purpose' bullets, command tables, commented code blocks …)."
        )
    return draft


def draft_documents(paths: Iterable[str | Path], *, deck: str | None = None) -> list[DeckDraft]:
    """Read and extract every document under ``paths``; raise on the first bad one."""
    files = collect(paths)
    if deck is not None and len(files) > 1:
        raise QuizzerError("--deck names one deck, so give it one document, not several.")
    names = [nfc(deck) if deck else deck_name(path) for path in files]
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        raise QuizzerError(f"Two documents would fill the same deck '{repeated[0]}'; import them one at a time.")
    return [_draft(load(path), name, str(path)) for path, name in zip(files, names, strict=True)]


def import_drafts(db: Database, drafts: list[DeckDraft], *, now: dt.datetime) -> list[ImportResult]:
    results = []
    for draft in drafts:
        with db.session() as session:
            results.append(sync_deck(session, draft, now=now))
    return results


def ensure_builtin_decks(db: Database, *, now: dt.datetime) -> list[ImportResult]:
    """Import the shipped decks into a new database, and again whenever a shipped file changes."""
    results = []
    for path in builtin_decks():
        meta_key = f"builtin:{path.name}"
        document = load(path)
        with db.session() as session:
            seen = session.get(Meta, meta_key)
            if seen is not None and seen.value == document.digest:
                continue
            draft = _draft(document, deck_name(path), f"builtin:{path.name}")
            results.append(sync_deck(session, draft, now=now, builtin=True))
            session.merge(Meta(key=meta_key, value=document.digest))
    return results
