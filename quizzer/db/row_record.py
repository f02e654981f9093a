"""What a deck's last import wrote, kept beside its rows: a re-import compares and writes only the
runs of notes that differ from it (:func:`quizzer.db.sync.sync_deck`).

A document's notes, in the order the import writes them, are cut into runs of :data:`RUN`; each
run is known by a digest of its notes' values (every field of a :class:`NoteDraft`, in order), or,
for the notes a kept piece of the document wrote, of that piece's content and their places there.
After an import, the deck's live notes are exactly the draft's, each row as the draft has it with
its place (``doc_order``), and each of its cards there with its place as its rank: so a run whose
digest is the one recorded, at the same place, needs no row read, compared or written.  Nothing
but an import sets a card's rank or takes a card away (short of deleting the deck).

The record (JSON in ``meta``, key ``rows:DECK``) is written in the import's own transaction, so it
is there exactly when the rows it describes are.  It holds the deck's state as the import left it
(:func:`quizzer.db.stamps.deck_state`: the deck's id and source, its notes, retired notes and last
write, and every note's last write summed), so anything else that writes the deck's notes since (a person's card added or fixed, an
Anki package) makes it stale; a stale, missing or unreadable record means every row is read and
compared, as without one.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import operator
import sqlite3
from collections.abc import Sequence
from dataclasses import fields
from typing import TYPE_CHECKING

from quizzer.db.lite import meta_value, set_meta
from quizzer.db.stamps import deck_state
from quizzer.extract.model import NoteDraft

if TYPE_CHECKING:
    from quizzer.extract.incremental import Sources

__all__ = ["RUN", "kept_runs", "record_key", "run_digests", "write"]

#: Notes in a run.  A one-line edit compares and writes the rows of one run (or two).
RUN = 256

# a note's values in field order, its kind by name: plain values marshal writes the same in any process
_VALUES = operator.attrgetter(*(f"{f.name}._value_" if f.name == "kind" else f.name for f in fields(NoteDraft)))


# every note's last write summed (in ix_note_deck_updated alone): a note written since with a time
# before the deck's last write (a clock set back) changes it too
_WRITTEN = "SELECT total(updated_at) FROM note WHERE deck_id = ?"


def _state(connection: sqlite3.Connection, deck: str) -> list[object] | None:
    state = deck_state(connection, deck)
    return None if state is None else [*state, connection.execute(_WRITTEN, (state[0],)).fetchone()[0]]


def record_key(deck: str) -> str:
    return f"rows:{deck}"


def run_digests(notes: Sequence[NoteDraft], sources: Sources | None = None) -> list[str]:
    """Each run's digest, in order: of the kept pieces that wrote its notes and their places there
    (``sources``: :meth:`quizzer.extract.incremental.Sources.known`, no note read), and of the values of
    the notes no kept piece wrote (marshal's version 0: no references or interned strings, so equal
    values give equal bytes whatever objects they are)."""
    digests = []
    for at in range(0, len(notes), RUN):
        run = notes[at : at + RUN]
        known, loose = sources.known(run) if sources is not None else (b"", run)
        digest = hashlib.blake2b(known, digest_size=16)
        digest.update(marshal.dumps(list(map(_VALUES, loose)), 0))
        digests.append(digest.hexdigest())
    return digests


def kept_runs(connection: sqlite3.Connection, deck: str, digests: Sequence[str]) -> set[int]:
    """The runs of this import (by number) that are, at the same place, those the deck's last
    import wrote, when the deck is as that import left it; none when it may not be."""
    value = meta_value(connection, record_key(deck))
    if value is None:
        return set()
    try:
        record = json.loads(value)
        state, size_then, then = record["state"], record["run"], record["digests"]
    except (ValueError, TypeError, KeyError):  # not what write() wrote: read every row
        return set()
    if size_then != RUN or not isinstance(then, list) or state is None or state != _state(connection, deck):
        return set()
    return {number for number, (now, before) in enumerate(zip(digests, then)) if now == before}


def write(connection: sqlite3.Connection, deck: str, digests: Sequence[str]) -> None:
    """Record the runs just written (in the import's transaction, after its last write of a note)."""
    record = json.dumps({"state": _state(connection, deck), "run": RUN, "digests": list(digests)})
    set_meta(connection, record_key(deck), record)
