"""Where a review day stands: the queue, the re-drill line and undo (pure).

The session never touches the database; its controller stores each answer
first and then tells the session, so what is on screen is never ahead of
what is saved.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from quizzer.review.logic import REDRILL_BELOW, Answer, Candidate

__all__ = ["Session", "Undo"]


@dataclass(frozen=True, slots=True)
class Undo:
    """The last step taken back: an answer (to remove) or a suspension (to lift)."""

    card_id: int
    answer: Answer | None


@dataclass(frozen=True, slots=True)
class _Snapshot:
    """What a step changed, to take it back: the position and re-drill line before it, and
    whether it added its card to the graded or the dropped cards (a step adds at most that
    one card, and steps are taken back last first, so the sets need no copy)."""

    position: int
    redrill: tuple[int, ...]
    graded: bool
    dropped: bool
    undo: Undo


class Session:
    def __init__(
        self,
        queue: Sequence[Candidate],
        *,
        redrill: Iterable[int] = (),
        graded_today: Iterable[int] = (),
    ) -> None:
        self._queue = list(queue)
        self._position = 0
        self._redrill = list(dict.fromkeys(redrill))
        self._graded = set(graded_today)
        self._dropped: set[int] = set()
        self._gone: set[int] = set()  # cards whose note an edit removed (never undone)
        self._history: list[_Snapshot] = []
        self.answers: list[Answer] = []

    # -- what is next ----------------------------------------------------------
    def _skip_dropped(self) -> None:
        gone = self._gone
        while self._position < len(self._queue) and (
            self._queue[self._position].card_id in self._dropped or self._queue[self._position].card_id in gone
        ):
            self._position += 1
        if gone and any(c in gone for c in self._redrill):  # an undo may have put one back
            self._redrill = [c for c in self._redrill if c not in gone]

    def current(self) -> int | None:
        """The card to show now, or None when the day is done."""
        self._skip_dropped()
        if self._position < len(self._queue):
            return self._queue[self._position].card_id
        return self._redrill[0] if self._redrill else None

    @property
    def in_redrill(self) -> bool:
        self._skip_dropped()
        return self._position >= len(self._queue) and bool(self._redrill)

    def graded_today(self, card_id: int) -> bool:
        """Has SM-2 already had this card's grade today?"""
        return card_id in self._graded

    def counts(self) -> tuple[int, int, int]:
        """(new, review, re-drill) cards left, the one on screen included."""
        self._skip_dropped()
        rest = [c for c in self._queue[self._position :] if c.card_id not in self._dropped and c.card_id not in self._gone]
        new = sum(1 for c in rest if c.is_new)
        return new, len(rest) - new, len(self._redrill)

    @property
    def total(self) -> int:
        return len(self._queue)

    @property
    def done(self) -> int:
        return len(self.answers)

    # -- steps -----------------------------------------------------------------
    def _snapshot(self, undo: Undo, *, graded: bool = False, dropped: bool = False) -> _Snapshot:
        return _Snapshot(self._position, tuple(self._redrill), graded, dropped, undo)

    def _leave_current(self, card_id: int) -> None:
        if self._position < len(self._queue) and self._queue[self._position].card_id == card_id:
            self._position += 1
        elif self._redrill and self._redrill[0] == card_id:
            self._redrill.pop(0)
        else:
            raise ValueError(f"Card {card_id} is not the card on screen.")

    def record(self, answer: Answer) -> None:
        """The stored answer to the card on screen; move on."""
        graded = not answer.drill and answer.card_id not in self._graded
        snapshot = self._snapshot(Undo(answer.card_id, answer), graded=graded)
        self._leave_current(answer.card_id)
        if graded:
            self._graded.add(answer.card_id)
        if answer.grade < REDRILL_BELOW and not answer.after.suspended:
            self._redrill.append(answer.card_id)
        self._history.append(snapshot)
        self.answers.append(answer)

    def drop(self, card_id: int) -> None:
        """The card on screen was suspended: it leaves today's queue."""
        snapshot = self._snapshot(Undo(card_id, None), dropped=card_id not in self._dropped)
        self._leave_current(card_id)
        self._dropped.add(card_id)
        self._redrill = [c for c in self._redrill if c != card_id]
        self._history.append(snapshot)

    def forget(self, card_id: int) -> None:
        """The card can no longer come up (an edit took its note out of the notes, another program
        suspended, retired or deleted it): out of today's queue for good, nothing to undo."""
        self._gone.add(card_id)
        self._redrill = [c for c in self._redrill if c != card_id]

    def refill(self, queue: Sequence[Candidate], *, on_screen: int | None = None) -> None:
        """``queue``, today's queue built again (an edit added or retired notes): the cards still to come become
        its cards, as a review started now would hold them, those still to come before keeping their order and the
        new ones after them (during the re-drill, before its line: a review started now asks them first).  The
        cards gone by (answered, suspended, skipped) and the re-drill line stay."""
        self._skip_dropped()
        fresh = {card.card_id for card in queue}
        rest = self._queue[self._position :]
        # the card on screen (``on_screen``) stays on screen: a limit reached may leave it out of the queue built again
        kept = [card for n, card in enumerate(rest) if card.card_id in fresh or not n and card.card_id == on_screen]
        shown = {card.card_id for card in kept}
        self._queue[self._position :] = kept + [card for card in queue if card.card_id not in shown]

    def last_step(self) -> Undo | None:
        """What ``undo`` would take back, without taking it back."""
        return self._history[-1].undo if self._history else None

    def undo(self) -> Undo | None:
        """Take back the last step; the caller restores the database to match."""
        if not self._history:
            return None
        snapshot = self._history.pop()
        self._position = snapshot.position
        self._redrill = list(snapshot.redrill)
        if snapshot.graded:
            self._graded.discard(snapshot.undo.card_id)
        if snapshot.dropped:
            self._dropped.discard(snapshot.undo.card_id)
        if snapshot.undo.answer is not None:
            self.answers.pop()
        return snapshot.undo

    @property
    def can_undo(self) -> bool:
        return bool(self._history)
