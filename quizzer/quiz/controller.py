"""A quiz or exam against the database: the imperative shell around the session.

An exam is stored when it starts (its questions) and every answer is its own
committed transaction before the screen moves on, so kill -9 loses nothing
answered; while it runs it holds its lock (:mod:`quizzer.quiz.live`), so another
program does not take it for one cut off.  A practice quiz stores nothing unless it schedules (``--schedule``):
then each first answer to a card is graded into SM-2 like a review.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

from quizzer.config import Config
from quizzer.days import study_day
from quizzer.db import Database
from quizzer.errors import QuizzerError
from quizzer.i18n import _
from quizzer.quiz import store
from quizzer.quiz.check import Attempt, check, valid
from quizzer.quiz.live import ExamLock
from quizzer.quiz.model import Question
from quizzer.quiz.report import Report, make_report
from quizzer.quiz.session import QuizSession
from quizzer.review.logic import LeechRule

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

__all__ = ["QuizController", "Schedule"]


class Schedule(Protocol):
    """Grades a first answer into SM-2 (:class:`quizzer.quiz.schedule.Scheduler`); ``wait``
    as for :meth:`quizzer.db.Database.session`."""

    def __call__(self, question: Question, attempt: Attempt, seconds: float, *, wait: bool = True) -> None: ...


class QuizController:
    def __init__(
        self,
        db: Database,
        questions: Sequence[Question],
        *,
        config: Config,
        clock: Callable[[], dt.datetime],
        timer: Callable[[], float],
        exam: bool,
        time_limit: float | None = None,
        seed: int = 0,
        decks: Sequence[str] = (),
        schedule: Schedule | None = None,
        resume: store.Unfinished | None = None,
    ) -> None:
        """``resume``: take up this exam cut off by a crash (its questions are ``questions``) with the
        answers it had and the time left as it was at its last saved answer."""
        self.db = db
        self.config = config
        self.clock = clock
        self.exam = exam
        self.schedule = schedule
        #: False (the screen's writes): a write gives up at once (DatabaseBusy) while another
        #: program holds the lock, so the screen can say it is waiting instead of freezing
        self.wait = True
        self.session = QuizSession(questions, timer=timer, time_limit=time_limit, feedback=not exam)
        self.exam_id: int | None = None
        self._saved_ms: dict[int, int] = {}  # each question's time on screen as stored (an exam)
        #: held while the exam runs, so no other program offers it for resume (quizzer.quiz.live)
        self._lock: ExamLock | None = None
        #: an exam's drafts as stored (question number → text typed and not submitted): what a crash keeps
        self.drafts: dict[int, str] = {}
        if resume is not None:
            self._lock = ExamLock.take(db.path, resume.id)  # another program resuming it too: one sentence
            with db.reading() as s:
                ended = store.exam_ended(s, resume.id)
            if ended:  # ended in another program since it was offered
                self._release()
                from quizzer.paths import db_option
                from quizzer.to_copy import quizzer_command

                # the command made as every printed one is (quoted, with --db where the exam's database needs it)
                command = quizzer_command("exam", "--review", str(resume.id), db_option=db_option(db.path))
                raise QuizzerError(_("Exam {id} was ended in another terminal; see {command}.").format(
                    id=resume.id, command=command), command=command)
            self.session.resume(resume.answers, resume.spent)
            self.drafts = dict(resume.drafts)
            self.exam_id = resume.id
            self._saved_ms = {n: int(seconds * 1000) for n, seconds in enumerate(resume.spent)}
        elif exam:
            with db.session() as s:
                self.exam_id = store.start_exam(
                    s, questions, at=self._utc(), seed=seed,
                    time_limit_s=None if time_limit is None else int(time_limit), decks=decks,
                )
                self._lock = ExamLock.take(db.path, self.exam_id)  # before it is committed: never seen unlocked
        self.report: Report | None = None
        self._unscheduled: int | None = None  # practice: a first answer not yet graded into SM-2

    def _release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _utc(self) -> dt.datetime:
        return self.clock().astimezone(dt.timezone.utc)

    @property
    def today(self) -> dt.date:
        return study_day(self.clock(), self.config.rollover_hour)

    # -- answering -------------------------------------------------------------
    def problem(self, typed: str, *, index: int | None = None) -> str | None:
        """Why ``typed`` is not an answer to the question on screen (or question ``index``) yet;
        None if it is."""
        session = self.session
        return valid(session.current if index is None else session.questions[index], typed)

    def answer(self, typed: str, *, index: int | None = None) -> Attempt:
        """Check, store (when it is an exam) and record the answer to the question on screen
        (or to question ``index``: an answer typed there and left unsubmitted)."""
        session = self.session
        if index is None:
            index = session.index
        question = session.questions[index]
        attempt = check(question, typed)
        if self.exam_id is not None:
            with self.db.session(wait=self.wait) as s:
                written = self._save(s, index, attempt)
            self._saved_ms.update(written)  # once committed: a write held up by the lock is made again
            self.drafts.pop(index, None)
        first = not session.answered(index)
        if self.schedule is not None and first:
            self.settle()  # before this answer is recorded: a write held up leaves it to be given again
        session.record(index, attempt)
        if self.schedule is not None and first:
            self._unscheduled = index  # graded when the person moves on: they may accept an "almost" first
        return attempt

    def keep_draft(self, index: int, text: str | None) -> None:
        """Store what is typed to question ``index`` and not submitted (None: nothing is), so a crash
        keeps it; an exam only.  A database held by another program (or a full disk) leaves it
        unstored, said nowhere: the screen keeps it, stores it at the next pause or move, and an answer
        given says what is wrong as ever."""
        if self.exam_id is None or self.drafts.get(index) == text:
            return
        spent_ms = int(self.session.spent_on(index) * 1000)
        try:
            with self.db.session(wait=False) as s:
                store.save_draft(s, self.exam_id, index, text, spent_ms=spent_ms)
        except QuizzerError:  # DatabaseBusy among them; the draft is the screen's still
            return
        self._saved_ms[index] = spent_ms
        if text is None:
            self.drafts.pop(index, None)
        else:
            self.drafts[index] = text

    def keep_time(self) -> None:
        """Store the time each question has been on screen, where it changed since it was last stored
        (an exam; the screen calls it as its clock runs): an exam cut off before its next answer is
        then taken up with the time that had passed, not with what was left at its last answer (or
        all of it, before the first).  A database held by another program leaves it for the next
        call, said nowhere."""
        session = self.session
        if self.exam_id is None or session.ended is not None:
            return
        changed = {index: ms for index in range(session.total)
                   if (ms := int(session.spent_on(index) * 1000)) != self._saved_ms.get(index, 0)}
        if not changed:
            return
        try:
            with self.db.session(wait=False) as s:
                for index, ms in changed.items():
                    store.save_time(s, self.exam_id, index, ms)
        except QuizzerError:  # DatabaseBusy among them: the time is stored with the next answer or call
            return
        self._saved_ms.update(changed)

    def settle(self) -> None:
        """Grade the last first answer into SM-2 (practice with a schedule), as it finally stands."""
        index = self._unscheduled
        if index is not None and self.schedule is not None:
            question = self.session.questions[index]
            self.schedule(question, self.session.answers[index], self.session.spent_on(index), wait=self.wait)
        self._unscheduled = None  # not before: a write held up is made again

    def overrule(self) -> Attempt:
        """Count the ``almost`` answer on screen as right (the person's call)."""
        index = self.session.index
        attempt = self.session.overrule(index)
        if self.exam_id is not None:
            with self.db.session(wait=self.wait) as s:
                written = self._save(s, index, attempt)
            self._saved_ms.update(written)  # once committed: a write held up by the lock is made again
        return attempt

    def _save(self, s: Session, index: int, attempt: Attempt) -> dict[int, int]:
        """Store an exam's answer with, in the same transaction, the time every question has been on
        screen so far: their sum is the time used, what a resumed exam takes up again after a crash."""
        assert self.exam_id is not None
        session = self.session
        spent_ms = int(session.spent_on(index) * 1000)
        store.save_answer(s, self.exam_id, index, attempt, at=self._utc(), spent_ms=spent_ms)
        written = {index: spent_ms}
        for other in range(session.total):
            ms = int(session.spent_on(other) * 1000)
            if other == index or ms == self._saved_ms.get(other, 0):
                continue
            if session.answered(other):
                store.set_spent(s, self.exam_id, other, ms)
            else:  # visited, not answered: stored as unanswered, with its time
                store.save_answer(s, self.exam_id, other, None, at=None, spent_ms=ms)
            written[other] = ms
        return written

    # -- the end ---------------------------------------------------------------
    def out_of_time(self) -> bool:
        return self.session.out_of_time()

    def finish(self, reason: str, *, typed: str = "", drafts: Mapping[int, str] | None = None) -> Report:
        """End the sitting (``finished``, ``time`` or ``stopped``) and make its report.

        ``typed``: the answer being typed to the question on screen, not yet
        submitted (the screen gives it when the time runs out and when an exam
        is ended with Ctrl-X or stopped with Ctrl-C); it is graded as if
        submitted (a changed answer included), unless it is no answer yet
        (:meth:`problem`).  ``drafts``: the same for other questions, typed there and left
        with Tab unsubmitted (question number → text); by default the drafts stored (scoring
        an exam cut off as it stands grades them, as ending it would have).
        The time of every question is stored, and each one left unanswered is
        stored as such (it counts as wrong).
        """
        session = self.session
        if self.report is not None:
            return self.report
        pending = dict(self.drafts if drafts is None else drafts)
        if typed:
            pending[session.index] = typed
        for index, text in sorted(pending.items()):
            if text.strip() and session.ended is None and self.problem(text, index=index) is None:
                stored = session.answers.get(index)
                if stored is None or stored.typed != text:
                    self.answer(text, index=index)
        self.settle()
        session.end(reason)
        if self.exam_id is not None:
            at = self._utc()
            with self.db.session(wait=self.wait) as s:
                for index in range(session.total):
                    spent_ms = int(session.spent[index] * 1000)
                    if session.answered(index):
                        store.set_spent(s, self.exam_id, index, spent_ms)
                    else:
                        store.save_answer(s, self.exam_id, index, None, at=None, spent_ms=spent_ms)
                store.finish_exam(s, self.exam_id, at=at, ended=reason)
            self._release()
            with self.db.reading() as s:
                self.report = store.load_report(s, self.exam_id)
        else:
            used = session.elapsed()
            if session.time_limit is not None:
                used = min(used, session.time_limit)
            # a practice stopped early is reported on the questions it reached: the others were never shown
            reached = session.questions if reason != "stopped" else session.questions[: session.index + 1]
            self.report = make_report(reached, session.answers, session.spent, ended=reason,
                                      seconds_used=used, time_limit=session.time_limit)
        return self.report

    def send_back_preview(self) -> tuple[int, int, int]:
        """What :meth:`send_back` would do, nothing written: the missed cards it would make due,
        how many of them today's review would not show, and how many questions they are of (for
        the question before it)."""
        report = self.report
        if report is None:
            raise ValueError("The exam has not ended.")
        with self.db.reading() as s:
            return store.send_back_preview(s, report.missed_questions(), today=self.today)

    def send_back(self) -> store.SentBack:
        """Make the missed questions' cards lapses due today (after the person said yes)."""
        report = self.report
        if report is None:
            raise ValueError("The exam has not ended.")
        leech = LeechRule(self.config.leech_lapses, self.config.leech_suspend)
        with self.db.session() as s:
            return store.send_back(s, self.exam_id, report.missed_questions(), today=self.today, at=self._utc(),
                                   leech=leech)
