"""Every figure of ``quizzer stats`` in one value, read in one transaction.

:func:`collect` asks :mod:`quizzer.stats.queries` (SQL aggregation) and shapes
the answers with :mod:`quizzer.stats.compute` (pure); :meth:`Stats.as_json`
gives every number.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from quizzer.config import Config
from quizzer.db.card_tally import LEARNED_REPS  # passes in a row after which a card is in review
from quizzer.days import DEFAULT_ROLLOVER_HOUR
from quizzer.db.lite import raw_connection
from quizzer.quiz.history import ExamRow, exam_history
from quizzer.stats import compute, queries
from quizzer.stats.compute import (
    Backlog, Bucket, Grades, Heatmap, Rate, Retention, Streak, WeakCard, study_command,
)
from quizzer.stats.queries import DeckStates, Scope

__all__ = ["FORECAST_DAYS", "LEARNED_REPS", "Stats", "Today", "WeakCard", "WeakSection", "collect", "study_command"]

FORECAST_DAYS = 30
WEAK_LIMIT = 5
SECTION_MIN_REVIEWS = 5  # fewer reviews than this say nothing about a section


@dataclass(frozen=True, slots=True)
class Today:
    day: dt.date
    new: int
    review: int
    redrill: int
    ms: int
    left_review: int
    left_new: int
    left_redrill: int

    @property
    def answered(self) -> int:
        return self.new + self.review + self.redrill

    @property
    def left(self) -> int:
        return self.left_review + self.left_new + self.left_redrill

    def as_json(self) -> dict[str, object]:
        return {
            "day": self.day.isoformat(), "answered": self.answered, "new": self.new, "review": self.review,
            "redrill": self.redrill, "seconds": round(self.ms / 1000), "left": self.left,
            "left_review": self.left_review, "left_new": self.left_new, "left_redrill": self.left_redrill,
        }


@dataclass(frozen=True, slots=True)
class Period:
    """The last ``days`` study days (today included)."""

    days: int
    answers: int
    days_studied: int
    ms: int
    grades: Grades

    def as_json(self) -> dict[str, object]:
        return {"days": self.days, "answers": self.answers, "days_studied": self.days_studied,
                "seconds": round(self.ms / 1000), "grades": self.grades.as_json()}


@dataclass(frozen=True, slots=True)
class WeakSection:
    deck: str
    section: tuple[str, ...]
    rate: Rate
    #: the words that name the database in the command (:func:`quizzer.paths.db_option`)
    db_option: tuple[str, ...] = ()

    @property
    def command(self) -> str:
        return study_command(self.deck, self.section, self.db_option)

    def as_json(self) -> dict[str, object]:
        return {"deck": self.deck, "section": list(self.section), **self.rate.as_json(), "command": self.command}


def _states_json(row: DeckStates) -> dict[str, object]:
    return {"deck": row.deck, "new": row.new, "learning": row.learning, "review": row.review,
            "suspended": row.suspended, "to_check": row.to_check, "held_back": row.held_back, "leech": row.leech,
            "retired": row.retired, "total": row.total}


@dataclass(frozen=True, slots=True)
class Stats:
    today: Today
    streak: Streak
    period: Period
    forecast: list[tuple[dt.date, int]]
    backlog: Backlog
    heatmap: Heatmap
    retention: list[Retention]
    intervals: list[Bucket]
    ease: list[Bucket]
    decks: list[DeckStates]
    weak_lapses: list[WeakCard]  # the cards forgotten most often
    weak_ease: list[WeakCard]  # the lowest EF of the other cards (answered right with effort)
    weak_sections: list[WeakSection]
    exams: list[ExamRow] | None  # None: this database has no exams table
    total_answers: int
    #: the words that name the database in the commands the screen gives (:func:`quizzer.paths.db_option`)
    db_option: tuple[str, ...] = ()
    #: the hour a study day starts (config): an exam is dated by the study day it was taken in, as today is
    rollover_hour: int = DEFAULT_ROLLOVER_HOUR

    @property
    def empty(self) -> bool:
        """No card and no answer at all."""
        return self.total_answers == 0 and not any(row.total for row in self.decks)

    def as_json(self) -> dict[str, object]:
        return {
            "today": self.today.as_json(),
            "streak": self.streak.as_json(),
            "period": self.period.as_json(),
            "answers": self.total_answers,
            "forecast": [{"day": day.isoformat(), "due": n} for day, n in self.forecast],
            "backlog": {"overdue": self.backlog.overdue, "due_today": self.backlog.due_today,
                        "total": self.backlog.total},
            "heatmap": self.heatmap.as_json(),
            "retention": [r.as_json() for r in self.retention],
            "intervals": [b.as_json() for b in self.intervals],
            "ease": [{"from": b.first / 100, "to": None if b.last is None else b.last / 100, "cards": b.count}
                     for b in self.ease],
            "decks": [_states_json(row) for row in self.decks],
            "weak": {
                "lapses": [c.as_json() for c in self.weak_lapses],
                "ease": [c.as_json() for c in self.weak_ease],
                "sections": [s.as_json() for s in self.weak_sections],
            },
            "exams": None if self.exams is None else [e.as_json() for e in self.exams],
        }


def _left(handle: object, scope: Scope, today: dt.date, config: Config) -> tuple[int, int, int]:
    """What today's review would still ask: (reviews, new cards, re-drills), from the queue ``quizzer review``
    starts from (:mod:`quizzer.review.day_queue`)."""
    from quizzer.review import day_queue
    from quizzer.db.decks import deck_refs

    decks = deck_refs(handle, ())
    if scope.deck_ids is not None:
        decks = [deck for deck in decks if deck.id in scope.deck_ids]
    if not decks:
        return 0, 0, 0
    plan, queue = day_queue.queue(handle, decks, today, config)
    new = sum(1 for card in queue if card.is_new)
    return len(queue) - new, new, len(plan.redrill)


def _exams(handle: object, deck_names: Sequence[str] | None) -> list[ExamRow] | None:
    exam_table = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'exam'"
    if raw_connection(handle).execute(exam_table).fetchone() is None:
        return None
    rows = exam_history(handle)
    if deck_names is not None:
        wanted = set(deck_names)
        rows = [row for row in rows if wanted & set(row.decks)]
    return rows


def collect(
    handle: object, *, today: dt.date, config: Config, period_days: int,
    deck_ids: Sequence[int] | None = None, deck_names: Sequence[str] | None = None,
    db_option: Sequence[str] = (),
) -> Stats:
    """Every figure for the decks given (all when None), as of study day ``today``; ``db_option``: the
    words that name the database in the commands to copy (:func:`quizzer.paths.db_option`)."""
    named = tuple(db_option)
    scope = Scope(None if deck_ids is None else tuple(deck_ids))
    by_day = queries.answers_by_day(handle, scope)
    new, review, redrill, ms = queries.today_rows(handle, scope, today)
    left = _left(handle, scope, today, config)
    first = today - dt.timedelta(days=period_days - 1)
    totals = queries.period_rows(handle, scope, first, today)
    period = Period(period_days, totals.answers, sum(1 for day, _n in by_day if first <= day <= today),
                    totals.ms, Grades(totals.grades))
    ahead, backlog = compute.forecast(
        queries.due_by_day(handle, scope, today + dt.timedelta(days=FORECAST_DAYS)), today, FORECAST_DAYS,
        held=queries.held_by_day(handle, scope, today))
    young = {7: Rate(0, 0), 30: Rate(0, 0), 365: Rate(0, 0)}
    mature = dict(young)
    for r in queries.retention_rows(handle, scope, today):
        target = mature if r.mature else young
        for days, (passed, total) in zip((7, 30, 365), (r.week, r.month, r.year)):
            target[days] = target[days] + Rate(passed, total)
    retention = [Retention(days, young[days], mature[days]) for days in (7, 30, 365)]

    def weak(by: str, *, besides: Sequence[WeakCard] = ()) -> list[WeakCard]:
        shown = {card.card_id for card in besides}
        found = queries.weak_cards(handle, scope, by, WEAK_LIMIT + len(shown))
        return [replace(card, db_option=named) for card in found if card.card_id not in shown][:WEAK_LIMIT]

    sections = [
        WeakSection(r.deck, r.section, Rate(r.passed, r.reviews), named)
        for r in queries.weak_sections(handle, scope, first, today, min_reviews=SECTION_MIN_REVIEWS,
                                       limit=WEAK_LIMIT)
    ]
    return Stats(
        today=Today(today, new, review, redrill, ms, *left),
        streak=compute.streaks((day for day, _n in by_day), today),
        period=period,
        forecast=ahead,
        backlog=backlog,
        heatmap=compute.heatmap(by_day, today),
        retention=retention,
        intervals=compute.bucket_counts(queries.interval_counts(handle, scope), compute.INTERVAL_BUCKETS),
        ease=compute.bucket_counts(queries.ease_counts(handle, scope), compute.EASE_BUCKETS),
        decks=queries.deck_states(handle, scope),
        weak_lapses=(lapsed := weak("lapses")),
        # lapses lower a card's EF too: the cards forgotten most often would head both lists (u-campaign7);
        # this one is for the others, those answered right only with effort
        weak_ease=weak("ease", besides=lapsed),
        weak_sections=sections,
        exams=_exams(handle, deck_names),
        total_answers=sum(n for _day, n in by_day),
        db_option=named,
        rollover_hour=config.rollover_hour,
    )
