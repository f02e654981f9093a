"""The history of mock exams, read in plain SQL (no SQLAlchemy: ``quizzer stats``
and ``quizzer exam --history`` run on the standard library's sqlite3)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from quizzer.db.lite import from_epoch_ms, raw_connection
from quizzer.quiz.report import percent

__all__ = ["ExamRow", "exam_history"]


@dataclass(frozen=True, slots=True)
class ExamRow:
    """One exam in the history."""

    id: int
    started_at: dt.datetime
    ended: str  # finished, time, stopped, unfinished
    decks: tuple[str, ...]
    questions: int
    right: int
    answered: int
    minutes: float | None

    @property
    def percent(self) -> int:
        return percent(self.right, self.questions)

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id, "started_at": self.started_at.isoformat(), "ended": self.ended,
            "decks": list(self.decks), "questions": self.questions, "right": self.right,
            "answered": self.answered, "percent": self.percent, "minutes": self.minutes,
        }


_HISTORY = """
SELECT exam.id, exam.started_at, exam.finished_at, exam.ended, exam.decks, json_array_length(exam.questions),
       coalesce(answers.right, 0), coalesce(answers.answered, 0), coalesce(answers.spent_ms, 0), exam.time_limit_s
FROM exam LEFT JOIN (
    SELECT exam_id, sum(outcome = 'exact') AS right, sum(typed IS NOT NULL) AS answered, sum(spent_ms) AS spent_ms
    FROM exam_answer GROUP BY exam_id
) AS answers ON answers.exam_id = exam.id
ORDER BY exam.started_at, exam.id
"""


def exam_history(handle: object) -> list[ExamRow]:
    """Every exam, oldest first, with its score (on a sqlite3 connection or a SQLAlchemy session).

    An ended exam's minutes are its questions' time on screen (as in its report), not the clock
    from its start to its end: one resumed after a crash did not run meanwhile."""
    rows = []
    for (exam_id, started, finished, ended, decks, questions, right, answered, spent_ms,
         limit) in raw_connection(handle).execute(_HISTORY):
        started_at = from_epoch_ms(started)
        seconds = spent_ms / 1000 if limit is None else min(spent_ms / 1000, limit)
        minutes = None if finished is None else seconds / 60
        rows.append(ExamRow(int(exam_id), started_at, ended or "unfinished", tuple(json.loads(decks)),
                            int(questions or 0), int(right), int(answered), minutes))
    return rows
