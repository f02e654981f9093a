"""What an import of notes does with the check before learning (one deck, one import).

``CHECK`` (``quizzer import``): a new card whose shape the deck has kept comes in
as before; one whose shape was held back is held too; any other waits for a
check (and its shape, if new to the deck, is ``unchecked``).  ``TRUST``
(``import --trust``, or ``check = false`` in the settings): the document's
shapes are kept, and their cards waiting for a check are let in; shapes the
person held back stay held.  Built-in decks, Anki packages and dumps are
imported without a gate at all.

A shape is a rule, a kind and a section (:mod:`quizzer.checking`); a verdict stored
before schema 13 names no section (:data:`~quizzer.checking.ANY_SECTION`) and holds
for the rule and kind in every section that has no verdict of its own.

A shape the deck has no verdict on, but whose notes it already learns (notes
imported before schema 11, which have no reason stored, or without a check:
built in, from a package), counts as kept when its document is imported
again: nothing already imported is held, nor its new notes of those shapes.  A
note that went through the check (its stored shape has a verdict: kept one by one,
say) is no such evidence: when its section is renamed, the new section waits for
a check like any new one, and the notes left waiting in the old one stay waiting.

Plain SQL on the import's DB-API connection (:mod:`quizzer.db.sync` writes
rows the same way).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Literal

from quizzer.checking import ANY_SECTION, asked, needs_check_kind, section_key, section_of_key, shape_section
from quizzer.db.held import HELD, HELD_BACK, KEPT, UNCHECKED, WAITING, waiting_count

__all__ = ["CHECK", "TRUST", "Gate", "Mode", "waiting_count"]  # waiting_count: quizzer.db.held's

Mode = Literal["check", "trust"]
CHECK: Mode = "check"
TRUST: Mode = "trust"

_Shape = tuple[str, str, str]  # (reason or '', kind, section) as stored in shape_check

_VERDICTS = "SELECT reason, kind, section, verdict FROM shape_check WHERE deck_id = ?"
_SET_VERDICT = ("INSERT INTO shape_check (deck_id, reason, kind, section, verdict) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (deck_id, reason, kind, section) DO UPDATE SET verdict = excluded.verdict")
_WAITING_OF = ("SELECT card.id, coalesce(note.reason, ''), note.kind, note.section FROM card INDEXED BY ix_card_held "
               f"JOIN note ON note.id = card.note_id WHERE card.deck_id = ? AND card.held > 0 AND card.held = {WAITING}")
_RELEASE = "UPDATE card SET suspended = 0, held = 0 WHERE id = ? AND held > 0"
_HOLD = f"UPDATE card SET held = {HELD} WHERE id = ? AND held > 0"


class Gate:
    """One deck's verdicts as an import reads and changes them; :meth:`write` stores them."""

    __slots__ = ("connection", "deck_id", "mode", "verdicts", "changed", "trusted", "reshaped", "_shapes", "_unsettled",
                 "_states")

    def __init__(self, connection: sqlite3.Connection, deck_id: int, mode: Mode) -> None:
        self.connection = connection
        self.deck_id = deck_id
        self.mode = mode
        self.verdicts: dict[_Shape, str] = {
            (reason, kind, section): verdict for reason, kind, section, verdict in connection.execute(_VERDICTS, (deck_id,))
        }
        # a note's shape, once a rule, kind and section (many notes share one: an import asks of every note)
        self._shapes: dict[tuple[str | None, str, Sequence[str]], _Shape] = {}
        # unsettled()'s answer for each (reason, kind, section) asked, until a verdict changes
        self._unsettled: dict[tuple[str | None, str, Sequence[str]], bool] = {}
        # state()'s answer for each (reason, kind, section) asked, until a verdict changes
        self._states: dict[tuple[str | None, str, Sequence[str]], int] = {}
        self.changed: dict[_Shape, str] = {}
        self.trusted = False  # TRUST turned an unchecked shape kept: its waiting cards are let in
        self.reshaped = False  # a stored note has another shape now: its waiting cards follow it

    def _set(self, shape: _Shape, verdict: str) -> None:
        self.verdicts[shape] = self.changed[shape] = verdict
        self._unsettled.clear()
        self._states.clear()

    def _shape(self, reason: str | None, kind: str, section: Sequence[str]) -> _Shape:
        key = asked(reason, kind, section)
        shape = self._shapes.get(key)
        if shape is None:  # (read from its heading: the section that heading sits in, shape_section)
            shape = self._shapes[key] = (reason or "", kind, section_key(shape_section(reason, key[2])))
        return shape

    def _verdict(self, shape: _Shape) -> str | None:
        """The shape's verdict: its own, else the one its rule and kind had before schema 13."""
        found = self.verdicts.get(shape)
        return found if found is not None else self.verdicts.get((shape[0], shape[1], ANY_SECTION))

    def unsettled(self, reason: str | None, kind: str, section: Sequence[str] = ()) -> bool:
        """Whether :meth:`seen` may change anything for a note of this shape (asked of every note of
        an import: kept for each rule, kind and section until a verdict changes)."""
        key = asked(reason, kind, section)
        answer = self._unsettled.get(key)
        if answer is None:
            verdict = self._verdict(self._shape(reason, kind, section))
            answer = self._unsettled[key] = verdict is None or (self.mode == TRUST and verdict == UNCHECKED)
        return answer

    def checked(self, reason: str | None, kind: str, section: Sequence[str] = ()) -> bool:
        """Whether notes of this shape went through the check in this deck (it has a verdict on
        it, "unchecked" too): such a note's cards in review say what the person decided of it,
        not that its shape is learnt without a check."""
        return self._verdict(self._shape(reason, kind, section)) is not None

    def seen(self, reason: str | None, kind: str, section: Sequence[str] = (), *, learnt: bool = False) -> None:
        """A note of the document (``learnt``: it was in the deck, a card of it not held by the check)."""
        if not learnt and self.mode != TRUST:
            return  # a new note of a plain import: nothing to record until its cards are made (state)
        shape = self._shape(reason, kind, section)
        if learnt and self._verdict(shape) is None:
            self._set(shape, KEPT)  # learnt without a check (before schema 11, from a package, built in)
        if self.mode == TRUST and needs_check_kind(kind) and self._verdict(shape) not in (KEPT, HELD_BACK):
            self.trusted = self.trusted or self._verdict(shape) == UNCHECKED
            self._set(shape, KEPT)

    def note_reshaped(self) -> None:
        self.reshaped = True

    def state(self, reason: str | None, kind: str, section: Sequence[str] = ()) -> int:
        """``card.held`` for a new card of a note of this shape (0: not suspended), asked of every new note
        of an import: kept for each rule, kind and section until a verdict changes."""
        key = asked(reason, kind, section)
        found = self._states.get(key)
        if found is None:
            found = self._states[key] = self._state(reason, kind, section)  # (after the verdict it may set)
        return found

    def _state(self, reason: str | None, kind: str, section: Sequence[str]) -> int:
        if not needs_check_kind(kind):
            return 0
        shape = self._shape(reason, kind, section)
        verdict = self._verdict(shape)
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
                _SET_VERDICT, [(self.deck_id, *shape, verdict) for shape, verdict in self.changed.items()])
        if not (self.trusted or self.reshaped):
            return
        release, hold = [], []
        for card_id, reason, kind, section in self.connection.execute(_WAITING_OF, (self.deck_id,)).fetchall():
            state = self.state(reason or None, kind, section_of_key(section))
            if state == 0:
                release.append((card_id,))
            elif state == HELD:
                hold.append((card_id,))
        if self.changed:  # state() may have met a shape new to the deck
            self.connection.executemany(
                _SET_VERDICT, [(self.deck_id, *shape, verdict) for shape, verdict in self.changed.items()])
        if release:
            self.connection.executemany(_RELEASE, release)
        if hold:
            self.connection.executemany(_HOLD, hold)

