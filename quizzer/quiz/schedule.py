"""Practice that counts (``quizzer quiz --schedule``): each first answer to a question
grades its cards into SM-2, as a review would, one transaction per answer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from quizzer.config import Config
from quizzer.days import study_day
from quizzer.db import Database
from quizzer.quiz.check import Attempt
from quizzer.quiz.model import Format, Question
from quizzer.review import store
from quizzer.review.logic import Answer, LeechRule, answer_card

__all__ = ["Scheduler"]


class Scheduler:
    """Called with each first answer: grade = :func:`quizzer.grading.quality` of its outcome.

    An "almost" the person accepted is graded as right, and the review row
    keeps the grader's suggestion beside it (so the override shows).
    """

    def __init__(self, db: Database, *, config: Config, clock: Callable[[], dt.datetime]) -> None:
        self.db = db
        self.config = config
        self.clock = clock
        self.leech = LeechRule(config.leech_lapses, config.leech_suspend)
        self.answers: list[Answer] = []

    def __call__(self, question: Question, attempt: Attempt, seconds: float, *, wait: bool = True) -> None:
        from quizzer.grading import quality

        outcome = "almost" if attempt.overruled else attempt.outcome
        outcome = outcome if outcome in ("exact", "almost") else "wrong"
        suggested = quality(outcome, seconds=seconds)  # type: ignore[arg-type]
        grade = quality("exact", seconds=seconds) if attempt.overruled else suggested
        typed = None
        if question.format in (Format.TYPED, Format.LINE):  # logged as the review screen logs a typed answer
            typed = store.TypedAnswer(attempt.typed, outcome, suggested)
        now = self.clock()
        today = study_day(now, self.config.rollover_hour)
        with self.db.session(wait=wait) as s:
            for card_id in question.card_ids:
                try:
                    state, graded, note_live = store.load_for_answer(s, card_id, today)
                except LookupError:  # deleted by another program since it was asked (its deck deleted)
                    continue
                if state.suspended or not note_live:  # suspended, or its note retired by an import, since
                    continue
                answer = answer_card(state, grade, today, graded_today=graded, leech=self.leech)
                store.apply_answer(s, answer, at=now.astimezone(dt.timezone.utc), duration_ms=int(seconds * 1000),
                                   typed=typed)
                self.answers.append(answer)
