"""SM-2 scheduling as a small pure function: no clock, no randomness, no I/O.

The ease factor (EF) is kept as whole hundredths (``ef_centi``; 250 means 2.50)
so every step is exact integer arithmetic.  ``today`` is always passed in.
Only the first grade of a card on a day it is due should reach ``review``;
that rule lives in the session layer, not here.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from enum import IntEnum

from quizzer.i18n import N_

__all__ = [
    "GRADE_LABELS",
    "MAX_INTERVAL",
    "MIN_EF_CENTI",
    "NEW",
    "INITIAL_EF_CENTI",
    "PASS_THRESHOLD",
    "Grade",
    "Sm2State",
    "grade_label",
    "passed",
    "review",
    "validate_grade",
]

PASS_THRESHOLD = 3
#: A new card's ease: EF 2.50, in hundredths (Wozniak's starting value).
INITIAL_EF_CENTI = 250
MAX_INTERVAL = 36500  # days; caps the due date only, never the stored interval
MIN_EF_CENTI = 130


class Grade(IntEnum):
    """How well a card was recalled, 0 (worst) to 5 (best)."""

    BLACKOUT = 0
    WRONG_REMEMBERED = 1
    WRONG_EASY = 2
    HARD = 3
    HESITANT = 4
    PERFECT = 5


GRADE_LABELS: dict[Grade, str] = {
    Grade.BLACKOUT: N_("0 blackout"),
    Grade.WRONG_REMEMBERED: N_("1 wrong, remembered once shown"),
    Grade.WRONG_EASY: N_("2 wrong, seemed easy once shown"),
    Grade.HARD: N_("3 correct with serious difficulty"),
    Grade.HESITANT: N_("4 correct after hesitation"),
    Grade.PERFECT: N_("5 perfect"),
}

# Change to the EF, in hundredths, indexed by grade 0..5.
_EF_DELTA = (-80, -54, -32, -14, 0, 10)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_date(value: object) -> bool:
    # datetime is a subclass of date; a time of day has no place here.
    return isinstance(value, datetime.date) and not isinstance(value, datetime.datetime)


@dataclass(frozen=True)
class Sm2State:
    """Scheduling state of one card; ``due`` is None until its first review."""

    reps: int
    interval: int
    ef_centi: int
    due: datetime.date | None

    def __post_init__(self) -> None:
        # the common case at once (a card read or reviewed: plain ints and a date), then each check
        reps, interval, ef_centi, due = self.reps, self.interval, self.ef_centi, self.due
        if (type(reps) is int and type(interval) is int and type(ef_centi) is int and reps >= 0 and interval >= 0
                and ef_centi >= MIN_EF_CENTI and (due is None or type(due) is datetime.date)):
            return
        for name in ("reps", "interval"):
            value = getattr(self, name)
            if not _is_int(value) or value < 0:
                raise ValueError(f"{name} must be a whole number of at least 0, not {value!r}.")
        if not _is_int(self.ef_centi) or self.ef_centi < MIN_EF_CENTI:
            raise ValueError(
                f"ef_centi must be a whole number of at least {MIN_EF_CENTI}, not {self.ef_centi!r}."
            )
        if self.due is not None and not _is_date(self.due):
            raise ValueError(f"due must be a date or None, not {self.due!r}.")


NEW = Sm2State(reps=0, interval=0, ef_centi=INITIAL_EF_CENTI, due=None)


def validate_grade(q: object) -> int:
    """Return ``q`` as a plain int if it is a grade 0..5, else raise ValueError."""
    if isinstance(q, bool) or not isinstance(q, int) or not 0 <= q <= 5:
        raise ValueError(f"A grade is a whole number from 0 to 5, not '{q}'.")
    return int(q)


def passed(quality: int) -> bool:
    """True if the grade counts as a correct recall (3 or more)."""
    return validate_grade(quality) >= PASS_THRESHOLD


def grade_label(quality: int) -> str:
    """Short English label for a grade, e.g. ``"0 blackout"``."""
    return GRADE_LABELS[Grade(validate_grade(quality))]


def review(state: Sm2State, quality: int, today: datetime.date) -> Sm2State:
    """Return the state after grading ``state`` with ``quality`` on ``today``."""
    q = validate_grade(quality)
    if not isinstance(state, Sm2State):
        raise ValueError(f"state must be an Sm2State, not {state!r}.")
    if not _is_date(today):
        raise ValueError(f"today must be a date, not {today!r}.")

    if q >= PASS_THRESHOLD:
        if state.reps == 0:
            interval = 1
        elif state.reps == 1:
            interval = 6
        else:  # interval x EF rounded up, with the EF from before this review
            interval = (state.interval * state.ef_centi + 99) // 100
        reps = state.reps + 1
    else:
        reps, interval = 0, 1

    ef_centi = max(MIN_EF_CENTI, state.ef_centi + _EF_DELTA[q])
    due = today + datetime.timedelta(days=min(interval, MAX_INTERVAL))
    return Sm2State(reps=reps, interval=interval, ef_centi=ef_centi, due=due)
