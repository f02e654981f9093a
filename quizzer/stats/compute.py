"""The statistics as pure functions over the few rows SQL aggregated.

No clock, no database: ``today`` (a study day) and every row are passed in,
so each figure can be checked against a review history made by hand.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from quizzer.to_copy import quizzer_command

__all__ = [
    "EASE_BUCKETS",
    "HEATMAP_WEEKS",
    "INTERVAL_BUCKETS",
    "MATURE_DAYS",
    "Backlog",
    "Bucket",
    "Heatmap",
    "Rate",
    "Retention",
    "Streak",
    "WeakCard",
    "bucket_counts",
    "forecast",
    "heatmap",
    "heat_level",
    "streaks",
    "study_command",
]

MATURE_DAYS = 21  # an interval from which a card is mature (Anki's line)
HEATMAP_WEEKS = 26

#: Interval buckets in days: (first, last); None: no upper end.
INTERVAL_BUCKETS: tuple[tuple[int, int | None], ...] = (
    (0, 1), (2, 6), (7, 13), (14, 20), (21, 29), (30, 89), (90, 179), (180, 364), (365, None),
)
#: EF buckets in hundredths.
EASE_BUCKETS: tuple[tuple[int, int | None], ...] = (
    (130, 149), (150, 169), (170, 189), (190, 209), (210, 229), (230, 249), (250, 250), (251, None),
)


@dataclass(frozen=True, slots=True)
class Streak:
    """Study days in a row with at least one answer."""

    current: int
    longest: int
    longest_from: dt.date | None
    longest_to: dt.date | None
    studied_today: bool

    def as_json(self) -> dict[str, object]:
        return {
            "current": self.current, "longest": self.longest, "studied_today": self.studied_today,
            "longest_from": _iso(self.longest_from), "longest_to": _iso(self.longest_to),
        }


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def streaks(days: Iterable[dt.date], today: dt.date) -> Streak:
    """The current streak (up to today, or up to yesterday while today has no answer yet:
    the day is not over) and the longest one, from the study days that have answers."""
    ordered = sorted(set(day for day in days if day <= today))
    longest = 0
    longest_from = longest_to = None
    run_start: dt.date | None = None
    previous: dt.date | None = None
    for day in ordered:
        if previous is None or (day - previous).days != 1:
            run_start = day
        previous = day
        assert run_start is not None
        length = (day - run_start).days + 1
        if length > longest:
            longest, longest_from, longest_to = length, run_start, day
    studied_today = bool(ordered) and ordered[-1] == today
    current = 0
    if ordered and (today - ordered[-1]).days <= 1 and run_start is not None:
        current = (ordered[-1] - run_start).days + 1
    return Streak(current, longest, longest_from, longest_to, studied_today)


@dataclass(frozen=True, slots=True)
class Backlog:
    overdue: int  # due before today
    due_today: int

    @property
    def total(self) -> int:
        return self.overdue + self.due_today


def forecast(
    due_rows: Iterable[tuple[dt.date, int]], today: dt.date, days: int, held: Iterable[tuple[dt.date, int]] = (),
) -> tuple[list[tuple[dt.date, int]], Backlog]:
    """Cards due on each of the ``days`` days after today (zeros included), and today's backlog.

    ``held`` are due cards today's review holds back (by due day, all by today): they are
    not due today, as ``quizzer decks`` and the review have it, but tomorrow.
    """
    held = list(held)
    counts: dict[dt.date, int] = {}
    overdue = due_today = 0
    tomorrow = today + dt.timedelta(days=1)
    for day, n in [*due_rows, *((day, -n) for day, n in held)]:
        if day < today:
            overdue += n
        elif day == today:
            due_today += n
        else:
            counts[day] = counts.get(day, 0) + n
    for _day, n in held:
        counts[tomorrow] = counts.get(tomorrow, 0) + n
    ahead = [today + dt.timedelta(days=i) for i in range(1, days + 1)]
    return [(day, counts.get(day, 0)) for day in ahead], Backlog(overdue, due_today)


@dataclass(frozen=True, slots=True)
class Heatmap:
    """Answers per day over whole weeks (Monday first), the last one holding today.

    ``cells[week][weekday]`` is the number of answers, or None for days after today.
    """

    first: dt.date  # the Monday of the first column
    today: dt.date
    cells: tuple[tuple[int | None, ...], ...]
    most: int  # the largest count in the grid

    def day(self, week: int, weekday: int) -> dt.date:
        return self.first + dt.timedelta(days=week * 7 + weekday)

    def level(self, count: int | None) -> int | None:
        return None if count is None else heat_level(count, self.most)

    def month_labels(self) -> list[tuple[int, int]]:
        """``(week, month)`` for each month to name over the grid: over the week holding its first day
        (on or before today; a week was named by its Monday, so December 1st, a Tuesday, named no
        column until the next Monday), and over the first week when its month began at most a week
        before it (room for the name before the next one)."""
        labels = [(0, self.first.month)] if self.first.day <= 7 and self.first.day != 1 else []
        days = (self.day(week, weekday) for week in range(len(self.cells)) for weekday in range(7))
        return labels + [((day - self.first).days // 7, day.month) for day in days if day.day == 1 and day <= self.today]

    def last(self, weeks: int) -> Heatmap:
        """Only the last ``weeks`` weeks (today's the last), shaded by their own busiest day."""
        if weeks >= len(self.cells):
            return self
        cells = self.cells[len(self.cells) - max(weeks, 1):]
        first = self.first + dt.timedelta(days=7 * (len(self.cells) - len(cells)))
        return Heatmap(first, self.today, cells, max((n or 0 for week in cells for n in week), default=0))

    def as_json(self) -> dict[str, object]:
        return {
            "from": self.first.isoformat(), "to": self.today.isoformat(), "weeks": len(self.cells), "most": self.most,
            "days": [{"day": self.day(w, d).isoformat(), "answers": n}
                     for w, week in enumerate(self.cells) for d, n in enumerate(week) if n],
        }


def heat_level(count: int, most: int) -> int:
    """A shade from 0 (no answer) to 4 (the busiest days): quarters of the busiest day's count."""
    if count <= 0 or most <= 0:
        return 0
    return min(4, max(1, -(-4 * count // most)))


def heatmap(day_counts: Iterable[tuple[dt.date, int]], today: dt.date, weeks: int = HEATMAP_WEEKS) -> Heatmap:
    first = today - dt.timedelta(days=today.weekday() + 7 * (weeks - 1))
    counts = {day: n for day, n in day_counts if first <= day <= today}
    cells = tuple(
        tuple(
            None if (day := first + dt.timedelta(days=w * 7 + d)) > today else counts.get(day, 0)
            for d in range(7)
        )
        for w in range(weeks)
    )
    return Heatmap(first, today, cells, max(counts.values(), default=0))


@dataclass(frozen=True, slots=True)
class Rate:
    """``passed`` of ``total`` answers passed; ``rate`` None when there were none."""

    passed: int
    total: int

    @property
    def rate(self) -> float | None:
        return None if self.total == 0 else self.passed / self.total

    def __add__(self, other: Rate) -> Rate:
        return Rate(self.passed + other.passed, self.total + other.total)

    def as_json(self) -> dict[str, object]:
        rate = self.rate
        return {"passed": self.passed, "reviews": self.total, "rate": None if rate is None else round(rate, 4)}


@dataclass(frozen=True, slots=True)
class Retention:
    """Over the last ``days`` days: young and mature cards' passing share."""

    days: int
    young: Rate
    mature: Rate

    @property
    def all(self) -> Rate:
        return self.young + self.mature

    def as_json(self) -> dict[str, object]:
        return {"days": self.days, "young": self.young.as_json(), "mature": self.mature.as_json(),
                "all": self.all.as_json()}


@dataclass(frozen=True, slots=True)
class Bucket:
    first: int
    last: int | None
    count: int

    def as_json(self) -> dict[str, object]:
        return {"from": self.first, "to": self.last, "cards": self.count}


def bucket_counts(rows: Iterable[tuple[int, int]], buckets: Sequence[tuple[int, int | None]]) -> list[Bucket]:
    """Counts per value (``(value, count)`` rows) gathered into ``buckets`` (``(first, last)``,
    both included; a value below the first bucket counts in it)."""
    totals = [0] * len(buckets)
    for value, count in rows:
        for i, (first, last) in enumerate(buckets):
            if last is None or value <= last:
                totals[i] += count
                break
    return [Bucket(first, last, n) for (first, last), n in zip(buckets, totals)]


@dataclass(frozen=True, slots=True)
class Grades:
    """Scheduling answers (drills left out) per grade 0–5 over a period."""

    counts: tuple[int, ...] = field(default=(0, 0, 0, 0, 0, 0))

    def as_json(self) -> list[dict[str, int]]:
        return [{"grade": g, "answers": n} for g, n in enumerate(self.counts)]


def study_command(deck: str, section: Sequence[str], db_option: Sequence[str] = ()) -> str:
    """The command that studies just this part of the notes (a quiz on its section, else the deck), on
    the database ``db_option`` names (:func:`quizzer.paths.db_option`: none for the default one)."""
    if section:
        return quizzer_command("quiz", deck, "--section", section[-1], db_option=db_option)
    return quizzer_command("review", deck, db_option=db_option)


@dataclass(frozen=True, slots=True)
class WeakCard:
    """One of the weakest cards (most lapses, or lowest EF), and the command that studies it."""

    card_id: int
    deck: str
    front: str
    section: tuple[str, ...]
    lapses: int
    ef_centi: int
    interval: int
    suspended: bool
    #: the words that name the database in the command (:func:`quizzer.paths.db_option`)
    db_option: tuple[str, ...] = ()

    @property
    def command(self) -> str:
        if self.suspended:
            return quizzer_command("unsuspend", str(self.card_id), db_option=self.db_option)
        return study_command(self.deck, self.section, self.db_option)

    def as_json(self) -> dict[str, object]:
        return {"card": self.card_id, "deck": self.deck, "front": self.front, "section": list(self.section),
                "lapses": self.lapses, "ef": self.ef_centi / 100, "interval": self.interval,
                "suspended": self.suspended, "command": self.command}
