"""Importing a notes folder as people keep it: what can be imported is, the
rest is listed with the reason.

- Each document is one transaction; one that cannot be read, holds no notes or
  clashes with a deck is skipped (:class:`quizzer.documents.Skipped`), and the
  others are imported (``strict``: the first problem stops everything before
  anything is written, as a single document always did).
- Deck names: the file name without .md; two ``notes.md`` become
  ``linux/notes`` and ``docker/notes`` (the folders that tell them apart). A
  document that already fills a deck keeps that deck, whatever else is in the
  batch.
- A moved or renamed folder keeps its decks: a document whose deck was filled
  from a path that no longer exists, and whose notes are mostly that deck's
  notes, takes the deck over; the result says where it came from.  A document
  renamed on its own (``gitflow.md`` → ``flow.md``) does the same: one that would
  start a deck takes the deck of a gone document whose notes it mostly has.
- A deck taken over by another document (``--deck``) is taken back by the
  document it was taken from: one named like the deck whose notes are mostly
  the deck's retired notes (those the takeover retired) gets them back, history
  and all, instead of a second deck of fresh cards; the result says so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from typing import TYPE_CHECKING

from quizzer.db.check_import import Mode
from quizzer.db.lite import raw_connection
from quizzer.db.results import Batch, ImportResult
from quizzer.decks import ImportInterrupted, import_documents
from quizzer.documents import Document, Skipped, deck_name, deck_names, draft, origin, read_documents
from quizzer.errors import QuizzerError
from quizzer.i18n import _
from quizzer.origins import Origin, deck_origin
from quizzer.extract.model import DeckDraft
from quizzer.text import nfc

if TYPE_CHECKING:
    from quizzer.db import Database
    from quizzer.db.lite import LiteDatabase

__all__ = ["Batch", "ImportInterrupted", "Planned", "import_paths", "plan"]

#: Share of a deck's notes a document must have to be that deck moved elsewhere.
SAME_DOCUMENT = 0.5


@dataclass(frozen=True, slots=True)
class Planned:
    document: Document
    name: str
    adopt: bool = False  # the deck may change documents (--deck, or a moved folder)
    moved_from: str | None = None
    draft: DeckDraft | None = None  # made while planning, under ``name``


def _suffixes(keys: Iterable[str], deck: str) -> set[str]:
    """Note keys without their deck (``deck|kind|command|term`` → ``kind|command|term``)."""
    return {key[len(deck) + 1 :] for key in keys}


def _candidates(path: Path) -> list[str]:
    """The names a document may have had: ``notes``, ``linux/notes``, ``work/linux/notes`` …"""
    parents = [nfc(part) for part in path.parent.parts]
    return ["/".join([*parents[len(parents) - depth :], deck_name(path)]) if depth else deck_name(path)
            for depth in range(len(parents) + 1)]


def plan(db: Database | LiteDatabase, documents: list[Document], *, deck: str | None = None) -> list[Planned]:
    """Which deck each document fills (see the module's rules)."""
    if deck is not None:
        if len(documents) > 1:
            raise QuizzerError(_("--deck names one deck, so give it one document, not several."))
        with db.reading() as session:
            connection = raw_connection(session)
            found = connection.execute("SELECT source FROM deck WHERE name = ?", (nfc(deck),)).fetchone()
            before = None if found is None else found[0]
            filled = [name for name, in connection.execute("SELECT name FROM deck WHERE source = ? ORDER BY id",
                                                            (origin(documents[0].path),))]
        # a new deck of the same notes, fresh cards beside the first's (taking over a deck that exists,
        # the built-in one say, stays allowed: its history is what the person asks for)
        if filled and nfc(deck) not in filled and before is None:
            raise QuizzerError(_(
                "{path} already fills the deck '{deck}'; a document fills one deck, so it was not imported as "
                "'{name}' (import it without --deck to update '{deck}')."
            ).format(path=origin(documents[0].path), deck=filled[0], name=nfc(deck)), paths=(origin(documents[0].path),))
        # a deck filled from another document moves to this one: the result says so (quizzer.render)
        return [Planned(document, nfc(deck), adopt=True,
                        moved_from=before if before is not None and before != origin(document.path) else None)
                for document in documents]
    with db.reading() as session:
        decks = {name: (source, deck_id)
                 for name, source, deck_id in raw_connection(session).execute("SELECT name, source, id FROM deck")}
    by_source = {source: name for name, (source, _) in decks.items()}
    origins = {document.path: origin(document.path) for document in documents}
    fixed = {path: by_source[source] for path, source in origins.items() if source in by_source}
    gone = {
        name: deck_id
        for name, (source, deck_id) in decks.items()
        if deck_origin(source) is not Origin.BUILTIN and source not in origins.values() and not _exists(source)
    }
    # decks another document may take: not built in, and not filled by a document of this batch
    open_decks = {name for name, (source, _) in decks.items()
                  if deck_origin(source) is not Origin.BUILTIN and source not in origins.values()}
    moved: dict[Path, Planned] = {}
    for document in documents:
        if document.path in fixed or not open_decks:
            continue
        for name in _candidates(document.path):
            if name not in open_decks or name in fixed.values():
                continue
            made = _moved_here(db, document, name, decks[name][1], retired=False) if name in gone else None
            if made is None:  # taken over by another document (--deck): this one was its document before
                made = _moved_here(db, document, name, decks[name][1], retired=True)
            if made is not None:
                fixed[document.path] = name
                moved[document.path] = Planned(document, name, True, decks[name][0], made)
                gone.pop(name, None)
                break
    for document in documents:  # a renamed document: no name it may have had, but a gone deck's notes
        if document.path in fixed or not gone:
            continue
        renamed = _renamed_from(db, document, {n: deck_id for n, deck_id in gone.items() if n not in fixed.values()})
        if renamed is not None:
            made = _moved_here(db, document, renamed, gone.pop(renamed), retired=False)
            if made is not None:
                fixed[document.path] = renamed
                moved[document.path] = Planned(document, renamed, True, decks[renamed][0], made)
    taken = {name for name, (source, _) in decks.items() if name not in fixed.values()}
    names = deck_names([document.path for document in documents], fixed=fixed, taken=taken)
    return [moved.get(document.path) or Planned(document, name) for document, name in zip(documents, names, strict=True)]


def _exists(source: str) -> bool:
    try:
        return Path(source).exists()
    except (OSError, ValueError):
        return False


def _renamed_from(db: Database | LiteDatabase, document: Document, gone: Mapping[str, int]) -> str | None:
    """The gone deck whose live notes are mostly the document's and the document's mostly its,
    the one sharing most; None if none is.  Read only when some deck's document is gone."""
    if not gone:
        return None
    own = deck_name(document.path)
    try:
        mine = _suffixes((note.key for note in draft(document, own, str(document.path)).notes), own)
    except QuizzerError:
        return None
    best: tuple[int, str] | None = None
    with db.reading() as session:
        for name, deck_id in sorted(gone.items()):
            keys = raw_connection(session).execute("SELECT key FROM note WHERE deck_id = ? AND retired_at IS NULL",
                                                   (deck_id,))
            stored = _suffixes((key for key, in keys), name)
            shared = len(stored & mine)
            # most of both: a name in common is no evidence here (one shared note of a small deck is not a rename)
            if shared and shared >= SAME_DOCUMENT * max(len(stored), len(mine)) and (best is None or shared > best[0]):
                best = (shared, name)
    return None if best is None else best[1]


def _moved_here(db: Database | LiteDatabase, document: Document, name: str, deck_id: int, *, retired: bool) -> DeckDraft | None:
    """The document's draft under ``name`` if its notes are mostly that deck's live notes
    (``retired``: its retired notes, and more of those than of its live ones); else None."""
    with db.reading() as session:
        keys = raw_connection(session).execute("SELECT key, retired_at IS NOT NULL FROM note WHERE deck_id = ?",
                                               (deck_id,)).fetchall()
    stored = _suffixes((key for key, gone in keys if gone == retired), name)
    if not stored:
        return None
    try:
        made = draft(document, name, str(document.path))
    except QuizzerError:
        return None
    mine = _suffixes((note.key for note in made.notes), name)
    shared = len(stored & mine)
    if retired and shared <= len(_suffixes((key for key, gone in keys if not gone), name) & mine):
        return None  # as much the deck's document now (a copy of it): not the one it was taken from
    return made if shared >= SAME_DOCUMENT * min(len(stored), len(mine)) and shared else None


def import_paths(
    db: Database | LiteDatabase,
    paths: Iterable[str | Path],
    *,
    now: dt.datetime,
    deck: str | None = None,
    loaded: list[Document] | None = None,
    skipped: list[Skipped] | None = None,
    drafts: Mapping[Path, DeckDraft] | None = None,
    progress: Callable[[int, int], None] | None = None,
    check: Mode | None = None,
) -> Batch:
    """Import every document under ``paths`` that can be, one transaction each.

    ``loaded``/``skipped``: documents already read (and what could not be),
    instead of reading ``paths``; ``drafts``: some already extracted (used
    when the deck planned is the one they were made for).  ``progress(done,
    total)`` is called with characters of documents done, after each.
    """
    if loaded is None:
        loaded, skipped = read_documents(paths)
    skipped = list(skipped or [])
    results: list[ImportResult] = []
    moved: list[tuple[str, str, str]] = []
    total = sum(len(document.text) for document in loaded) or 1
    # ``check``: what the check before learning does with new cards (quizzer.db.check_import)
    done = 0
    finished = 0  # documents imported or skipped: a Ctrl-C leaves the others out
    try:
        planned_all = plan(db, loaded, deck=deck)
        for planned in planned_all:
            try:
                result = _import_one(db, planned, now=now, drafts=drafts, check=check)
            except QuizzerError as error:
                skipped.append(Skipped.of(planned.document.path, error))
            else:
                results.append(result)
                if planned.moved_from is not None:
                    moved.append((planned.name, planned.moved_from, origin(planned.document.path)))
            finished += 1
            done += len(planned.document.text)
            if progress is not None:
                progress(done, total)
    except KeyboardInterrupt:  # the document being written was rolled back; the ones before stay
        left = [p.document for p in planned_all[finished:]] if finished else loaded
        raise ImportInterrupted(Batch(tuple(results), tuple(skipped), tuple(moved)),
                                tuple(document.path for document in left)) from None
    return Batch(tuple(results), tuple(skipped), tuple(moved))


def _import_one(
    db: Database | LiteDatabase, planned: Planned, *, now: dt.datetime, drafts: Mapping[Path, DeckDraft] | None,
    check: Mode | None,
) -> ImportResult:
    """One planned document, in its own transaction."""
    document = planned.document
    made = planned.draft
    if made is None and drafts is not None and document.path in drafts:
        made = drafts[document.path] if drafts[document.path].name == planned.name else None
    (result,) = import_documents(
        db,
        [(document, planned.name)],
        now=now,
        adopt=planned.adopt,
        drafts=[made] if made is not None else None,
        check=check,
    )
    return result
