"""The review day, as pure functions: what an answer does, and today's queue.

No clock, no database: today and every count are passed in.  ``store.py`` reads
and writes what these functions decide.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from quizzer.sm2 import PASS_THRESHOLD, Sm2State, review, validate_grade

__all__ = ["DEFAULT_LEECH_LAPSES", "Answer", "Candidate", "CardState", "LeechRule", "REDRILL_BELOW", "answer_card", "build_queue"]

REDRILL_BELOW = 4  # a grade under this is asked again later the same day
#: Lapses that make a card a leech (Anki's default; ``leech_lapses`` in the settings).
DEFAULT_LEECH_LAPSES = 8


@dataclass(frozen=True, slots=True)
class CardState:
    """All a review can change on one card."""

    card_id: int
    note_id: int
    sm2: Sm2State
    lapses: int = 0
    suspended: bool = False
    leech: bool = False


@dataclass(frozen=True, slots=True)
class LeechRule:
    """As Anki: at ``lapses`` lapses a card is a leech, and again every half as many after."""

    lapses: int = DEFAULT_LEECH_LAPSES
    suspend: bool = True

    def triggers(self, lapses: int) -> bool:
        if lapses < self.lapses:
            return False
        return (lapses - self.lapses) % max(self.lapses // 2, 1) == 0


@dataclass(frozen=True, slots=True)
class Answer:
    """What one grade did: ``before`` and ``after`` differ unless it was a drill."""

    card_id: int
    grade: int
    day: dt.date
    drill: bool
    before: CardState
    after: CardState

    @property
    def became_leech(self) -> bool:
        return self.after.leech and self.after.lapses != self.before.lapses


def answer_card(
    card: CardState, grade: int, today: dt.date, *, graded_today: bool, leech: LeechRule = LeechRule()
) -> Answer:
    """Grade ``card`` on ``today``.

    Only the first grade of a card on a day reaches SM-2; later ones (the
    re-drill of a low grade) are drills: logged, changing nothing.
    """
    grade = validate_grade(grade)
    if graded_today:
        return Answer(card.card_id, grade, today, True, card, card)
    lapses, suspended, is_leech = card.lapses, card.suspended, card.leech
    if grade < PASS_THRESHOLD and card.sm2.due is not None:  # a learned card forgotten
        lapses += 1
        if leech.triggers(lapses):
            is_leech, suspended = True, suspended or leech.suspend
    after = CardState(card.card_id, card.note_id, review(card.sm2, grade, today), lapses, suspended, is_leech)
    return Answer(card.card_id, grade, today, False, card, after)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A card that could be shown today."""

    card_id: int
    note_id: int
    deck_id: int
    due: dt.date | None  # None: a new card
    new_rank: int = 0
    ord: int = 0

    @property
    def is_new(self) -> bool:
        return self.due is None


def build_queue(
    *,
    due: Iterable[Candidate],
    new: Iterable[Candidate],
    review_room: Mapping[int, int],
    new_room: Mapping[int, int],
    seen_notes: Iterable[int] = (),
    deck_order: Sequence[int] = (),
) -> list[Candidate]:
    """Today's cards: due reviews, most overdue first, then new cards in document order.

    ``review_room`` and ``new_room`` are what each deck's daily limits leave for
    today; ``seen_notes`` are notes with a card already answered today, whose
    siblings wait for another day (as do both sides of a note here).
    """
    seen = set(seen_notes)
    review_left = dict(review_room)
    new_left = dict(new_room)
    queue: list[Candidate] = []
    for card in sorted(due, key=lambda c: (c.due, c.deck_id, c.new_rank, c.ord, c.card_id)):
        if card.note_id in seen or review_left.get(card.deck_id, 0) <= 0:
            continue
        queue.append(card)
        seen.add(card.note_id)
        review_left[card.deck_id] -= 1
    rank = {deck: n for n, deck in enumerate(deck_order)}
    for card in sorted(new, key=lambda c: (rank.get(c.deck_id, len(rank)), c.deck_id, c.new_rank, c.ord, c.card_id)):
        if card.note_id in seen or new_left.get(card.deck_id, 0) <= 0:
            continue
        queue.append(card)
        seen.add(card.note_id)
        new_left[card.deck_id] -= 1
    return queue
