"""Scheduling between quizzer's SM-2 and Anki's cards and review log (pure).

quizzer → Anki: a card never answered is new; any other is a review card with
its interval, ease as Anki's factor (EF 2.50 → 2500) and due day counted from
Anki's "today"; every review row becomes a revlog row (grades 0–2 → Again,
3 → Hard, 4 → Good, 5 → Easy; a re-drill is a relearning step).  Anki's
``reps`` counts every answer, quizzer's counts the successful streak, so
each side keeps its own meaning.

Anki → quizzer: a review card keeps interval, factor → EF, due and lapses, and
its SM-2 repetition count is the run of passing answers at the end of its log
(at least 2 for a review card: its next interval then grows by the EF, as
Anki's would); a learning card is due today; Again → 1, Hard → 3, Good → 4,
Easy → 5.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from quizzer.sm2 import INITIAL_EF_CENTI, MIN_EF_CENTI, PASS_THRESHOLD

__all__ = [
    "AnkiCardState",
    "ReviewRow",
    "anki_card_state",
    "anki_ease",
    "quizzer_grade",
    "revlog_answer",
    "revlog_row",
    "sm2_reps",
]

#: Anki's card types and queues.
NEW, LEARNING, REVIEW, RELEARNING = 0, 1, 2, 3
SUSPENDED_QUEUE = -1
REVLOG_LEARN, REVLOG_REVIEW, REVLOG_RELEARN = 0, 1, 2
MAX_ANSWER_MS = 60_000  # Anki caps an answer's time at a minute


@dataclass(frozen=True, slots=True)
class ReviewRow:
    card_id: int
    at_ms: int
    grade: int
    drill: bool
    duration_ms: int | None
    prev_interval: int | None
    interval: int | None
    ef_centi: int | None
    first: bool  # the card was new before this answer


@dataclass(frozen=True, slots=True)
class AnkiCardState:
    ctype: int
    queue: int
    due: int  # a day number from the collection's start, or a new card's position
    ivl: int
    factor: int
    reps: int
    lapses: int


def anki_ease(grade: int) -> int:
    """Anki's answer button (1 Again … 4 Easy) for a grade 0..5."""
    return (1, 1, 1, 2, 3, 4)[grade]


def quizzer_grade(ease: int) -> int:
    """The grade for an Anki button: Again 1, Hard 3, Good 4, Easy 5."""
    return {1: 1, 2: 3, 3: 4, 4: 5}.get(ease, 4)


def anki_card_state(
    *,
    due_ordinal: int | None,
    today_ordinal: int,
    anki_today: int,
    interval: int,
    ef_centi: int,
    suspended: bool,
    lapses: int,
    answers: int,
    new_position: int,
) -> AnkiCardState:
    """Anki's card fields for a quizzer card (``answers``: its review rows)."""
    if due_ordinal is None:
        return AnkiCardState(NEW, SUSPENDED_QUEUE if suspended else NEW, new_position, 0, 0, answers, lapses)
    return AnkiCardState(
        REVIEW,
        SUSPENDED_QUEUE if suspended else REVIEW,
        anki_today + (due_ordinal - today_ordinal),
        max(interval, 1),
        ef_centi * 10,
        answers,
        lapses,
    )


def revlog_answer(grade: int, interval: int | None, prev_interval: int | None) -> tuple[int, int, int]:
    """An answer as Anki's revlog holds it: (ease, ivl, lastIvl)."""
    return anki_ease(grade), interval if interval is not None else (prev_interval or 0), prev_interval or 0


def revlog_row(row: ReviewRow, *, revlog_id: int, card_id: int) -> tuple[int, ...]:
    """(id, cid, usn, ease, ivl, lastIvl, factor, time, type) for Anki's revlog table."""
    if row.first and not row.drill:
        kind = REVLOG_LEARN
    elif row.drill:
        kind = REVLOG_RELEARN
    else:
        kind = REVLOG_REVIEW
    return (
        revlog_id, card_id, -1, *revlog_answer(row.grade, row.interval, row.prev_interval),
        (row.ef_centi or INITIAL_EF_CENTI) * 10, min(row.duration_ms or 0, MAX_ANSWER_MS), kind,
    )


def sm2_reps(eases: Sequence[int], *, review_card: bool) -> int:
    """SM-2's repetition count from a card's Anki answers (oldest first)."""
    streak = 0
    for ease in reversed(eases):
        if quizzer_grade(ease) < PASS_THRESHOLD:
            break
        streak += 1
    return max(streak, 2) if review_card else streak


def sm2_ef(factor: int) -> int:
    """Anki's factor (2500) as an EF in hundredths (250); a new card's 0 is the default."""
    return INITIAL_EF_CENTI if factor <= 0 else max(MIN_EF_CENTI, round(factor / 10))
