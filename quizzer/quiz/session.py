"""Where a quiz or exam stands (pure): the question on screen, answers, skips, time.

No database and no wall clock: ``timer`` (seconds, monotonic) is passed in, so
a test can run an exam out of time without waiting.  The controller stores
each answer first and then tells the session, so what is on screen is never
ahead of what is saved.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from quizzer.quiz.check import ALMOST, EXACT, Attempt
from quizzer.quiz.model import Question

__all__ = ["QuizSession"]


class QuizSession:
    """A sitting over fixed questions.

    In an exam (``time_limit`` set, ``feedback`` off) any question can be
    visited in any order, skipped and answered again until the end; the end
    comes when every question is answered and the person says so, or when the
    time runs out.  In practice (``feedback`` on) each answer is shown checked
    before moving on.
    """

    def __init__(
        self,
        questions: Sequence[Question],
        *,
        timer: Callable[[], float],
        time_limit: float | None = None,
        feedback: bool = False,
    ) -> None:
        if not questions:
            raise ValueError("A quiz needs at least one question.")
        self.questions = list(questions)
        self.timer = timer
        self.time_limit = time_limit
        self.feedback = feedback
        self.started = timer()
        self.index = 0
        self.answers: dict[int, Attempt] = {}
        self.spent = [0.0] * len(self.questions)
        self._shown_at = self.started
        self.ended: str | None = None  # finished, time, stopped

    # -- time ------------------------------------------------------------------
    def elapsed(self) -> float:
        return self.timer() - self.started

    def remaining(self) -> float | None:
        """Seconds left (never below 0); None without a time limit."""
        if self.time_limit is None:
            return None
        return max(self.time_limit - self.elapsed(), 0.0)

    def out_of_time(self) -> bool:
        remaining = self.remaining()
        return remaining is not None and remaining <= 0

    def _account(self) -> None:
        """Charge the time since the question was shown to it."""
        now = self.timer()
        if self.ended is None:
            if self.time_limit is not None:  # time past the limit belongs to no question
                now = min(now, self.started + self.time_limit)
            self.spent[self.index] += max(now - self._shown_at, 0.0)
        self._shown_at = max(now, self._shown_at)

    def spent_on(self, index: int) -> float:
        """All the time question ``index`` has been on screen, now included."""
        if index == self.index and self.ended is None:
            now = self.timer()
            if self.time_limit is not None:
                now = min(now, self.started + self.time_limit)
            return self.spent[index] + max(now - self._shown_at, 0.0)
        return self.spent[index]

    # -- where we are ----------------------------------------------------------
    @property
    def current(self) -> Question:
        return self.questions[self.index]

    @property
    def total(self) -> int:
        return len(self.questions)

    def answered(self, index: int) -> bool:
        return index in self.answers

    def unanswered(self) -> list[int]:
        return [n for n in range(self.total) if n not in self.answers]

    def score(self) -> int:
        return sum(1 for attempt in self.answers.values() if attempt.right)

    # -- moving ----------------------------------------------------------------
    def go(self, index: int) -> None:
        if self.ended is not None:
            return
        self._account()
        self.index = index % self.total

    def next(self) -> None:
        self.go(self.index + 1)

    def previous(self) -> None:
        self.go(self.index - 1)

    def next_unanswered(self) -> bool:
        """Go to the next question not yet answered (after this one, wrapping); False if none."""
        for step in range(1, self.total + 1):
            index = (self.index + step) % self.total
            if index not in self.answers:
                self.go(index)
                return True
        return False

    # -- answering -------------------------------------------------------------
    def record(self, index: int, attempt: Attempt) -> None:
        """The stored answer to question ``index``."""
        if self.ended is not None:
            raise ValueError("The exam has ended.")
        self.answers[index] = attempt

    def overrule(self, index: int) -> Attempt:
        """Count an ``almost`` answer as right (the person's call); returns the new attempt."""
        attempt = self.answers[index]
        if attempt.outcome != ALMOST:
            raise ValueError("Only an answer graded 'almost' can be accepted.")
        accepted = replace(attempt, outcome=EXACT, overruled=True)
        self.answers[index] = accepted
        return accepted

    def resume(self, answers: Mapping[int, Attempt], spent: Sequence[float]) -> None:
        """Take up a sitting cut off (kill -9, a power loss) as it was last saved: its answers, the
        time each question had been on screen, and so the time used (their sum); on screen the
        first question not answered."""
        self.answers = dict(answers)
        self.spent = [float(seconds) for seconds in spent]
        now = self.timer()
        self.started = now - sum(self.spent)
        self._shown_at = now
        self.index = next((n for n in range(self.total) if n not in self.answers), 0)

    def end(self, reason: str) -> None:
        """Stop the clock: ``finished``, ``time`` or ``stopped``."""
        if self.ended is None:
            self._account()
            self.ended = reason
