"""What an import of notes does with the check before learning (one deck, one import).

``CHECK`` (``quizzer import``): a new card whose shape the deck has kept comes in
as before; one whose shape was held back is held too; any other waits for a
check (and its shape, if new to the deck, is ``unchecked``).  ``TRUST``
(``import --trust``, or ``check = false`` in the settings): the document's
shapes are kept, and their cards waiting for a check are let in; shapes the
person held back stay held.  Built-in decks, Anki packages and dumps are
imported without a gate at all.

Notes imported before schema 11 have no reason stored: the shape such a note
turns out to have when its document is imported again counts as kept (it was
learnt without a check), so nothing already imported is held.

Plain SQL on the import's DB-API connection (:mod:`quizzer.db.sync` writes
rows the same way).
"""

from __future__ import annotations

import sqlite3
from typing import Literal

from quizzer.checking import needs_check_kind
from quizzer.db.checks import HELD, HELD_BACK, KEPT, UNCHECKED, WAITING

__all__ = ["CHECK", "TRUST", "Gate", "Mode", "waiting_count"]

Mode = Literal["check", "trust"]
CHECK: Mode = "check"
TRUST: Mode = "trust"

_Shape = tuple[str, str]  # (reason or '', kind) as stored in shape_check

_VERDICTS = "SELECT reason, kind, verdict FROM shape_check WHERE deck_id = ?"
_SET_VERDICT = ("INSERT INTO shape_check (deck_id, reason, kind, verdict) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (deck_id, reason, kind) DO UPDATE SET verdict = excluded.verdict")
_WAITING_OF = ("SELECT card.id, coalesce(note.reason, ''), note.kind FROM card INDEXED BY ix_card_held "
               "JOIN note ON note.id = card.note_id WHERE card.deck_id = ? AND card.held > 0 AND card.held = 1")
_RELEASE = "UPDATE card SET suspended = 0, held = 0 WHERE id = ? AND held > 0"
_HOLD = f"UPDATE card SET held = {HELD} WHERE id = ? AND held > 0"


class Gate:
    """One deck's verdicts as an import reads and changes them; :meth:`write` stores them."""

    __slots__ = ("connection", "deck_id", "mode", "verdicts", "changed", "trusted", "reshaped")

    def __init__(self, connection: sqlite3.Connection, deck_id: int, mode: Mode) -> None:
        self.connection = connection
        self.deck_id = deck_id
        self.mode = mode
        self.verdicts: dict[_Shape, str] = {
            (reason, kind): verdict for reason, kind, verdict in connection.execute(_VERDICTS, (deck_id,))
        }
        self.changed: dict[_Shape, str] = {}
        self.trusted = False  # TRUST turned an unchecked shape kept: its waiting cards are let in
        self.reshaped = False  # a stored note has another shape now: its waiting cards follow it

    def _set(self, shape: _Shape, verdict: str) -> None:
        self.verdicts[shape] = self.changed[shape] = verdict

    def seen(self, reason: str | None, kind: str, *, stored_reason: str | None = None, stored: bool = False) -> None:
        """A note of the document (``stored``: it was in the deck, with ``stored_reason``)."""
        shape = (reason or "", kind)
        if stored and stored_reason is None and shape not in self.verdicts:
            self._set(shape, KEPT)  # imported before the check (or from a package): learnt as it was
        if self.mode == TRUST and needs_check_kind(kind) and self.verdicts.get(shape) not in (KEPT, HELD_BACK):
            self.trusted = self.trusted or self.verdicts.get(shape) == UNCHECKED
            self._set(shape, KEPT)

    def note_reshaped(self) -> None:
        self.reshaped = True

    def state(self, reason: str | None, kind: str) -> int:
        """``card.held`` for a new card of a note of this shape (0: not suspended)."""
        if not needs_check_kind(kind):
            return 0
        shape = (reason or "", kind)
        verdict = self.verdicts.get(shape)
        if verdict == KEPT:
            return 0
        if verdict == HELD_BACK:
            return HELD
        if verdict is None:
            self._set(shape, UNCHECKED)
        return WAITING

    def write(self) -> None:
        """Store the verdicts this import changed; cards waiting for a check whose shape is
        now decided (trusted, or a note read another way) follow its verdict."""
        if self.changed:
            self.connection.executemany(
                _SET_VERDICT, [(self.deck_id, reason, kind, verdict) for (reason, kind), verdict in self.changed.items()])
        if not (self.trusted or self.reshaped):
            return
        release, hold = [], []
        for card_id, reason, kind in self.connection.execute(_WAITING_OF, (self.deck_id,)).fetchall():
            state = self.state(reason or None, kind)
            if state == 0:
                release.append((card_id,))
            elif state == HELD:
                hold.append((card_id,))
        if self.changed:  # state() may have met a shape new to the deck
            self.connection.executemany(
                _SET_VERDICT, [(self.deck_id, reason, kind, verdict) for (reason, kind), verdict in self.changed.items()])
        if release:
            self.connection.executemany(_RELEASE, release)
        if hold:
            self.connection.executemany(_HOLD, hold)


_WAITING_COUNT = (
    "SELECT count(*), count(DISTINCT coalesce(note.reason, '') || char(31) || note.kind) "
    "FROM card INDEXED BY ix_card_held JOIN note ON note.id = card.note_id "
    "WHERE card.deck_id = ? AND card.held > 0 AND card.held = 1 AND note.retired_at IS NULL"
)


def waiting_count(connection: sqlite3.Connection, deck_id: int) -> tuple[int, int]:
    """The deck's cards waiting for a check, and how many shapes they have."""
    cards, shapes = connection.execute(_WAITING_COUNT, (deck_id,)).fetchone()
    return int(cards), int(shapes)
