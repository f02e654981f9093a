"""The person's check of new shapes of card, as pure state (``quizzer check``).

A *shape* is one kind of line read one way in one part of a document: the
cards a rule (a note's ``reason``) made of one kind in one section (its first
headings: :mod:`quizzer.checking`) of one deck.  Within a document a shape
is right or wrong as a whole, so the person looks at a few of its cards and
keeps or holds back all of them; when unsure, they go through its cards one by
one.  :class:`CheckSession` is that conversation without a terminal or a
database: :meth:`CheckSession.press` takes a key and returns the
:class:`Decision` to store, if the key made one; the caller stores it (and
commits) before the next key.  No clock, no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Protocol

__all__ = ["CardLike", "CheckSession", "Decision", "ShapeLike", "Tally", "Verdict", "notes_of"]


class CardLike(Protocol):
    """A card waiting for a check (``quizzer.db.checks.WaitingCard``): its note's text."""

    @property
    def card_id(self) -> int: ...
    @property
    def note_id(self) -> int: ...
    @property
    def front(self) -> str: ...
    @property
    def back(self) -> str: ...
    @property
    def line(self) -> int: ...
    @property
    def written(self) -> str: ...  # the line as written in the document ("" when it could not be read)
    @property
    def section(self) -> str: ...  # the section of its shape (quizzer.checking.section_key)


class ShapeLike(Protocol):
    """A shape waiting for a check (``quizzer.db.checks.Waiting``)."""

    @property
    def deck(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def reason(self) -> str | None: ...
    @property
    def kind(self) -> str: ...
    @property
    def section(self) -> str: ...  # quizzer.checking.section_key of its notes' headings
    @property
    def headings(self) -> tuple[str, ...]: ...  # those headings, outermost first
    @property
    def sections(self) -> tuple[str, ...]: ...  # its cards' sections: more than one for shapes asked together
    @property
    def cards(self) -> Sequence[CardLike]: ...
    @property
    def changed(self) -> bool: ...  # its document changed or is gone since the import


def notes_of(shape: ShapeLike) -> list[tuple[CardLike, ...]]:
    """The shape's cards note by note, in document order (a note asked both ways has two
    cards with the same text: the person judges the note once)."""
    grouped: dict[int, list[CardLike]] = {}
    for card in shape.cards:
        grouped.setdefault(card.note_id, []).append(card)
    return [tuple(cards) for cards in grouped.values()]


class Verdict(Enum):
    KEEP = "keep"  # every card of the shape goes to review
    HOLD = "hold"  # every card stays out of review
    SOME = "some"  # looked at one by one: the cards in ``kept`` go to review, the others stay out
    NOTE = "note"  # one by one, one note answered: its cards in ``kept`` go to review, or those in ``held``
    #                stay out; the shape's other cards are not touched (it is decided at its last note)


@dataclass(frozen=True, slots=True)
class Decision:
    """What to store for one shape."""

    shape: ShapeLike
    verdict: Verdict
    kept: tuple[int, ...] = ()  # card ids, for Verdict.SOME and Verdict.NOTE
    held: tuple[int, ...] = ()  # card ids, for Verdict.NOTE

    @property
    def counts(self) -> tuple[int, int]:
        """(cards kept, cards held back): the shape's (the note's, for Verdict.NOTE)."""
        if self.verdict is Verdict.NOTE:
            return len(self.kept), len(self.held)
        total = len(self.shape.cards)
        if self.verdict is Verdict.KEEP:
            return total, 0
        if self.verdict is Verdict.HOLD:
            return 0, total
        return len(self.kept), total - len(self.kept)


@dataclass(frozen=True, slots=True)
class Tally:
    """What the session decided: cards kept and held back, shapes skipped or left."""

    kept: int = 0
    held: int = 0
    skipped: int = 0  # shapes passed over with ``s``
    left: int = 0  # shapes not reached (the person quit), the one being looked at included


class CheckSession:
    """Shapes to check, one at a time, and where the person is among them.

    Keys on a shape: ``y`` keep all, ``n`` hold all back, ``o`` one by one,
    ``s`` skip for now, ``q`` quit.  One by one, on each note (its cards go
    together: a note asked both ways is one fact): ``y`` keep it,
    ``n`` hold it back; each answer is a decision to store at once
    (:data:`Verdict.NOTE`), and after the last note the shape is kept with the
    notes answered ``n`` held back (all ``y``: kept whole; all ``n``: held
    whole, as ``n`` on the shape would).  ``s`` leaves the notes not yet
    answered for later and ``q`` quits: what was answered stays answered, and
    the shape keeps waiting with its other notes.  Other keys do nothing
    (``press`` returns None and nothing changes).
    """

    SHAPE_KEYS = "ynosq"
    CARD_KEYS = "ynsq"

    def __init__(self, shapes: Sequence[ShapeLike]) -> None:
        self.shapes: tuple[ShapeLike, ...] = tuple(shape for shape in shapes if shape.cards)
        self.index = 0
        self.quit = False
        self._answers: list[bool] | None = None  # one by one: y/n for the cards seen so far
        self._decisions: list[Decision] = []
        self._skipped = 0
        self._kept = 0  # cards kept and held back so far
        self._held = 0

    # where the person is

    @property
    def done(self) -> bool:
        return self.quit or self.index >= len(self.shapes)

    def current(self) -> ShapeLike | None:
        """The shape being looked at; None when the session is over."""
        return None if self.done else self.shapes[self.index]

    @property
    def one_by_one(self) -> bool:
        """Is the person going through the current shape's cards one by one?"""
        return self._answers is not None and not self.done

    def card(self) -> CardLike | None:
        """One by one: the note being looked at, as its first card (None otherwise)."""
        cards = self.note_cards()
        return cards[0] if cards else None

    def note_cards(self) -> tuple[CardLike, ...]:
        """One by one: the cards of the note being looked at (two for a note asked both ways:
        ``y`` or ``n`` decides both); empty otherwise."""
        shape = self.current()
        if shape is None or self._answers is None:
            return ()
        return notes_of(shape)[len(self._answers)]

    @property
    def card_position(self) -> int:
        """One by one: the position (from 1) of the note being looked at among the shape's."""
        return 0 if self._answers is None else len(self._answers) + 1

    @property
    def keys(self) -> str:
        """The keys that do something now."""
        return self.CARD_KEYS if self.one_by_one else self.SHAPE_KEYS

    @property
    def decisions(self) -> tuple[Decision, ...]:
        return tuple(self._decisions)

    def tally(self) -> Tally:
        left = max(len(self.shapes) - self.index, 0)
        return Tally(kept=self._kept, held=self._held, skipped=self._skipped, left=left)

    # keys

    def press(self, key: str) -> Decision | None:
        """Take one key; the decision it made (store it now), if any."""
        shape = self.current()
        if shape is None:
            return None
        key = key.lower()
        if self._answers is not None:
            return self._press_card(shape, key)
        if key == "y":
            return self._decide(Decision(shape, Verdict.KEEP))
        if key == "n":
            return self._decide(Decision(shape, Verdict.HOLD))
        if key == "o":
            self._answers = []
        elif key == "s":
            self._skip()
        elif key == "q":
            self.stop()
        return None

    def stop(self) -> None:
        """End the session (``q``, Ctrl-C, end of input): what was decided stays decided."""
        self.quit = True
        self._answers = None

    def _press_card(self, shape: ShapeLike, key: str) -> Decision | None:
        assert self._answers is not None
        if key in ("y", "n"):
            notes = notes_of(shape)
            ids = tuple(card.card_id for card in notes[len(self._answers)])
            self._answers.append(key == "y")
            note = Decision(shape, Verdict.NOTE, kept=ids) if key == "y" else Decision(shape, Verdict.NOTE, held=ids)
            self._count(note)
            if len(self._answers) < len(notes):
                self._decisions.append(note)
                return note
            # the last note: the shape is decided (its notes' cards as answered, stored again: no change)
            if all(self._answers):  # every card right: the shape is right
                return self._decide(Decision(shape, Verdict.KEEP), counted=True)
            if not any(self._answers):  # every card wrong: the shape is wrong, its next cards held too
                return self._decide(Decision(shape, Verdict.HOLD), counted=True)
            kept = tuple(card.card_id for cards, keep in zip(notes, self._answers, strict=True) if keep for card in cards)
            return self._decide(Decision(shape, Verdict.SOME, kept), counted=True)
        if key == "s":
            self._skip()
        elif key == "q":
            self.stop()
        return None

    def _count(self, decision: Decision) -> None:
        kept, held = decision.counts
        self._kept += kept
        self._held += held

    def _decide(self, decision: Decision, *, counted: bool = False) -> Decision:
        if not counted:  # one by one, the notes were counted as they were answered
            self._count(decision)
        self._decisions.append(decision)
        self._answers = None
        self.index += 1
        return decision

    def _skip(self) -> None:
        self._skipped += 1
        self._answers = None
        self.index += 1
