"""Import stamps: what a document's last import into a deck left, so importing
the same bytes again with the same quizzer is known to change nothing.

Plain SQL on the DB-API connection (a sqlite3 connection, or a SQLAlchemy
session's through :func:`quizzer.db.lite.raw_connection`): an unchanged
re-import is decided and reported without importing SQLAlchemy or extracting.
The stamp (JSON in ``meta``, key ``import:DECK``) holds the document's sha256,
quizzer's version and code, the deck's state (its id and source, how many
notes and retired notes, the last time a note was written) and the import's
warnings, worded in the interface's language of that import (a re-import in another
language extracts again, so its warnings are in its own); anything that writes the deck's
notes changes the state.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from quizzer.db.held import waiting_count
from quizzer.db.lite import from_epoch_ms
from quizzer.db.results import ImportResult
from quizzer.documents import Document, Fingerprint, origin
from quizzer.extract.model import ExtractWarning
from quizzer.i18n import language

__all__ = ["code_digest", "code_version", "deck_state", "import_key", "import_stamp", "imported_digests", "unchanged", "unchanged_all"]


def import_key(deck: str) -> str:
    return f"import:{deck}"


@cache
def code_version() -> str:
    """Which quizzer extracted: its version and a digest of its code (:func:`code_digest` of the package)."""
    from quizzer import __version__

    return f"{__version__}:{code_digest(Path(__file__).resolve().parents[1])}"


#: What a package holds that makes what an import gives: its modules, and the translations its warnings are worded in.
_CODE_SUFFIXES = (".py", ".mo")


def code_digest(package: Path) -> str:
    """A digest of every module and translation under ``package``: their paths and bytes, not their times, so a
    tree written again with the same files (a checkout, a merge, a copy) keeps the pieces and stamps it made."""
    root = os.fspath(package)
    found: list[str] = []
    for folder, folders, files in os.walk(root):
        folders[:] = [name for name in folders if name != "__pycache__"]
        found.extend(os.path.join(folder, name) for name in files if name.endswith(_CODE_SUFFIXES))
    digest = hashlib.sha256()  # (the CPU's own instructions: half blake2b's time over the 2.7 MB)
    for path in sorted(found):
        with open(path, "rb") as file:
            data = file.read()
        name = path[len(root) + 1 :].replace(os.sep, "/").encode()
        for part in (name, data):
            digest.update(len(part).to_bytes(8, "little"))
            digest.update(part)
    return digest.hexdigest()[:16]


# The notes from the running count (note_tally, schema 6), the retired ones through the partial
# index of retired notes, the last written one through ix_note_deck_updated (schema 8): no note
# row is read (a deck of a million notes: 30 ms when it was counted).
_STATE = """
SELECT deck.id, deck.source,
       coalesce((SELECT notes FROM note_tally WHERE note_tally.deck_id = deck.id), 0),
       (SELECT count(*) FROM note INDEXED BY ix_note_retired WHERE note.retired_at IS NOT NULL
        AND note.deck_id = deck.id),
       (SELECT max(note.updated_at) FROM note WHERE note.deck_id = deck.id)
FROM deck
WHERE deck.name = ?
"""


def deck_state(connection: sqlite3.Connection, name: str) -> list[object] | None:
    """What changes whenever anything writes the deck's notes (None: no such deck)."""
    row = connection.execute(_STATE, (name,)).fetchone()
    if row is None:
        return None
    deck_id, source, notes, retired, updated = row
    return [deck_id, source, notes, retired, from_epoch_ms(updated).isoformat() if updated is not None else None]


def imported_digests(connection: sqlite3.Connection) -> dict[str, str]:
    """Each deck's document as it was last imported (its sha256), by deck name; a deck no import
    stamped (a dump's, or one imported before stamps) is not there."""
    found = {}
    prefix = import_key("")
    for key, value in connection.execute("SELECT key, value FROM meta WHERE key LIKE ?", (prefix + "%",)):
        try:
            digest = json.loads(value).get("digest")
        except (ValueError, AttributeError):
            continue
        if isinstance(digest, str):
            found[key.removeprefix(prefix)] = digest
    return found


def import_stamp(
    connection: sqlite3.Connection, document: Document, name: str, warnings: tuple[ExtractWarning, ...]
) -> str:
    """The stamp of ``document`` just imported into the deck ``name`` (its notes written)."""
    return json.dumps(
        {
            "digest": document.digest,
            "code": code_version(),
            "deck": deck_state(connection, name),
            "warnings": [[w.line, w.message] for w in warnings],
            "language": language(),
        },
        ensure_ascii=False,
    )


def unchanged(connection: sqlite3.Connection, document: Document | Fingerprint, name: str) -> ImportResult | None:
    """The result of importing ``document`` into ``name`` again, if that would change nothing.

    Decided on the bytes alone: what :func:`quizzer.documents.load` checks of a
    document depends only on its bytes, and these bytes passed when they were imported."""
    row = connection.execute("SELECT value FROM meta WHERE key = ?", (import_key(name),)).fetchone()
    if row is None:
        return None
    try:
        stamp = json.loads(row[0])
    except ValueError:
        return None
    if not isinstance(stamp, dict) or stamp.get("digest") != document.digest or stamp.get("code") != code_version():
        return None
    if stamp.get("warnings") and stamp.get("language") != language():
        return None  # its warnings were worded in another language: extract again
    state = deck_state(connection, name)
    if state is None or state != stamp.get("deck") or state[1] != origin(document.path):
        return None
    live = int(state[2]) - int(state[3])  # type: ignore[call-overload]
    warnings = tuple(ExtractWarning(int(line), str(message)) for line, message in stamp.get("warnings", []))
    waiting, shapes = waiting_count(connection, int(state[0]))  # type: ignore[call-overload]
    return ImportResult(deck=name, source=str(document.path), unchanged=live, warnings=warnings, waiting=waiting,
                        waiting_groups=shapes)


def unchanged_all(
    connection: sqlite3.Connection, documents: Sequence[tuple[Document | Fingerprint, str | None]]
) -> list[ImportResult] | None:
    """The results of importing every document again, if none of them would change
    anything; else None.  A deck name of None: the deck filled from that document
    (as :func:`quizzer.importing.plan` names it), and None when there is none."""
    by_source: dict[str, str] | None = None
    results = []
    for document, name in documents:
        if name is None:
            if by_source is None:
                by_source = {source: deck for source, deck in connection.execute("SELECT source, name FROM deck")}
            name = by_source.get(origin(document.path))
        result = None if name is None else unchanged(connection, document, name)
        if result is None:
            return None
        results.append(result)
    return results
