"""Reading notes for a quiz, and storing exams (the database edge of quizzes).

Each function takes the caller's session and neither opens nor commits one;
the controller makes every answer its own transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy import select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from quizzer.db.models import Card, Deck, Exam, ExamAnswer, Note, Review
from quizzer.errors import QuizzerError
from quizzer.i18n import _
from quizzer.quiz.check import Attempt
from quizzer.quiz.history import ExamRow, exam_history  # re-exported: the history reads plain SQL
from quizzer.quiz.model import Fact, Question
from quizzer.quiz.report import Report, make_report
from quizzer.review.logic import LeechRule, answer_card
from quizzer.review.store import load_card

__all__ = [
    "ExamRow",
    "SentBack",
    "Unfinished",
    "exam_ended",
    "exam_history",
    "finish_exam",
    "load_facts",
    "load_report",
    "save_answer",
    "save_draft",
    "save_time",
    "send_back",
    "send_back_preview",
    "set_spent",
    "start_exam",
    "unfinished_exam",
]


def load_facts(session: Session, decks: Sequence[Deck]) -> list[Fact]:
    """The live notes of ``decks`` (deck by deck, in document order) with their cards; not
    a note whose cards wait for ``quizzer check`` or were held back by it (quizzer.db.checks):
    a card the person has not seen, or found wrong, is not practised either."""
    deck_ids = [deck.id for deck in decks]
    names = {deck.id: deck.name for deck in decks}
    cards: dict[int, dict[int, int]] = {}
    held: set[int] = set()
    for note_id, ord_, card_id, by_check in session.execute(
        select(Card.note_id, Card.ord, Card.id, Card.held).where(Card.deck_id.in_(deck_ids))
    ):
        cards.setdefault(note_id, {})[ord_] = card_id
        if by_check:
            held.add(note_id)
    order = {deck_id: n for n, deck_id in enumerate(deck_ids)}
    rows = list(session.execute(
        select(Note.id, Note.deck_id, Note.kind, Note.front, Note.back, Note.command, Note.context, Note.answers,
               Note.section, Note.position, Note.doc_order)
        .where(Note.deck_id.in_(deck_ids), Note.retired_at.is_(None))
    ))
    rows.sort(key=lambda row: (order[row.deck_id], row.doc_order, row.id))
    facts = []
    for row in rows:
        if row.id in held:
            continue
        by_ord = cards.get(row.id, {})
        facts.append(Fact(
            row.id, names[row.deck_id], row.kind, row.front, row.back, row.command, row.context,
            tuple(row.answers or ()), tuple(row.section or ()), row.position,
            tuple(by_ord[o] for o in sorted(by_ord)),
        ))
    return facts


def start_exam(
    session: Session, questions: Sequence[Question], *, at: dt.datetime, seed: int, time_limit_s: int | None,
    decks: Sequence[str],
) -> int:
    exam = Exam(started_at=at, seed=seed, time_limit_s=time_limit_s, decks=list(decks),
                questions=[q.as_json() for q in questions])
    session.add(exam)
    session.flush()
    return exam.id


_UPSERT = sqlite_insert(ExamAnswer)


def save_answer(
    session: Session, exam_id: int, position: int, attempt: Attempt | None, *, at: dt.datetime | None, spent_ms: int
) -> None:
    """Store (or replace) the answer to one question; None stores it as unanswered (its draft, if
    it has one, kept).  An answer's question has no draft: what was typed to it is the answer now."""
    values = {
        "exam_id": exam_id,
        "position": position,
        "typed": None if attempt is None else attempt.typed,
        "outcome": "unanswered" if attempt is None else attempt.outcome,
        "explanation": None if attempt is None else (attempt.explanation or None),
        "answered_at": at,
        "spent_ms": spent_ms,
    }
    if attempt is not None:
        values["draft"] = None
    session.execute(
        _UPSERT.values(values).on_conflict_do_update(
            index_elements=["exam_id", "position"],
            set_={k: v for k, v in values.items() if k not in ("exam_id", "position")},
        )
    )


def save_draft(session: Session, exam_id: int, position: int, draft: str | None, *, spent_ms: int) -> None:
    """Store what was typed to one question and not submitted (None: nothing is), with its time on
    screen; the question's answer, if it has one, stays as it was."""
    session.execute(
        _UPSERT.values(exam_id=exam_id, position=position, typed=None, outcome="unanswered", spent_ms=spent_ms,
                       draft=draft)
        .on_conflict_do_update(index_elements=["exam_id", "position"], set_={"draft": draft, "spent_ms": spent_ms})
    )


def save_time(session: Session, exam_id: int, position: int, spent_ms: int) -> None:
    """Store the time a question has been on screen so far (its answer and draft as they were; a
    question not answered yet is stored as unanswered): what a crash before its next answer keeps."""
    session.execute(
        _UPSERT.values(exam_id=exam_id, position=position, typed=None, outcome="unanswered", spent_ms=spent_ms)
        .on_conflict_do_update(index_elements=["exam_id", "position"], set_={"spent_ms": spent_ms})
    )


def set_spent(session: Session, exam_id: int, position: int, spent_ms: int) -> None:
    """Store all the time a question was on screen (it may have been revisited after its answer)."""
    session.execute(
        update(ExamAnswer)
        .where(ExamAnswer.exam_id == exam_id, ExamAnswer.position == position)
        .values(spent_ms=spent_ms)
    )


@dataclass(frozen=True, slots=True)
class Unfinished:
    """An exam that never ended (the program was killed, the power went), as last saved."""

    id: int
    started_at: dt.datetime
    time_limit_s: int | None
    seed: int
    decks: tuple[str, ...]
    questions: tuple[Question, ...]
    answers: dict[int, Attempt]
    spent: tuple[float, ...]  # seconds each question had been on screen when the last answer was saved
    drafts: dict[int, str] = field(default_factory=dict)  # typed and not submitted (question number → text)

    @property
    def seconds_used(self) -> float:
        return sum(self.spent)

    @property
    def seconds_left(self) -> float | None:
        return None if self.time_limit_s is None else max(self.time_limit_s - self.seconds_used, 0.0)


def _stored(session: Session, exam: Exam) -> tuple[list[Question], dict[int, Attempt], list[float], dict[int, str]]:
    """An exam's questions, its answers (question number → attempt), each question's time on screen
    and its drafts (question number → what was typed and not submitted)."""
    questions = [Question.from_json(q) for q in exam.questions]
    answers: dict[int, Attempt] = {}
    spent = [0.0] * len(questions)
    drafts: dict[int, str] = {}
    for row in session.scalars(select(ExamAnswer).where(ExamAnswer.exam_id == exam.id)):
        if 0 <= row.position < len(questions):
            spent[row.position] = row.spent_ms / 1000
            if row.typed is not None:
                answers[row.position] = Attempt(row.typed, row.outcome, row.explanation or "")
            if row.draft is not None:
                drafts[row.position] = row.draft
    return questions, answers, spent, drafts


def unfinished_exam(session: Session, decks: Collection[str], *, running: Callable[[int], bool]) -> Unfinished | None:
    """The latest exam of exactly ``decks`` (an exam of other decks, or of these and others, is not
    theirs), if it never ended and is not ``running`` now in another program (a live exam is not cut
    off).  One with no question left is not offered, nor an older one of these decks left unfinished
    (Enter at the offer: a new exam was started after it); ``--history`` still lists them."""
    wanted = sorted(decks)
    exam_id = None
    for row_id, row_decks in session.execute(
        select(Exam.id, Exam.decks).order_by(Exam.started_at.desc(), Exam.id.desc())
    ):
        if sorted(row_decks or ()) == wanted:
            exam_id = row_id
            break
    exam = None if exam_id is None else session.get(Exam, exam_id)
    if exam is None or exam.ended is not None or running(exam.id):
        return None
    questions, answers, spent, drafts = _stored(session, exam)
    if not questions:
        return None
    return Unfinished(exam.id, exam.started_at, exam.time_limit_s, exam.seed, tuple(exam.decks or ()),
                      tuple(questions), answers, tuple(spent), drafts)


def exam_ended(session: Session, exam_id: int) -> bool:
    """Whether exam ``exam_id`` has ended (or is gone): another program may have ended it."""
    exam = session.get(Exam, exam_id)
    return exam is None or exam.ended is not None


def finish_exam(session: Session, exam_id: int, *, at: dt.datetime, ended: str) -> None:
    exam = session.get_one(Exam, exam_id)
    exam.finished_at = at
    exam.ended = ended


def load_report(session: Session, exam_id: int) -> Report:
    """The report of a stored exam (one killed mid-way: what was answered, the rest unanswered)."""
    exam = session.get(Exam, exam_id)
    if exam is None:
        from quizzer.db.lite import db_option_of
        from quizzer.to_copy import quizzer_command

        command = quizzer_command("exam", "--history", db_option=db_option_of(session))
        raise QuizzerError(_("There is no exam {id} (see {command}).").format(id=exam_id, command=command),
                           command=command)
    questions, answers, spent, _drafts = _stored(session, exam)
    used = sum(spent)  # not the clock from start to end: an exam resumed after a crash did not run meanwhile
    if exam.time_limit_s is not None:
        used = min(used, float(exam.time_limit_s))
    return make_report(
        questions, answers, spent, ended=exam.ended or "unfinished", seconds_used=used,
        time_limit=exam.time_limit_s, exam_id=exam.id, started_at=exam.started_at, sent_back=exam.sent_back,
    )


@dataclass(frozen=True, slots=True)
class SentBack:
    """What sending missed cards back did."""

    due: int  # cards now due today
    leeches: int  # of them, cards that became leeches (and perhaps were suspended)
    skipped: int  # cards gone or suspended
    later: int = 0  # of the due, cards today's review will not show: one card a note a day, none of a note answered today
    questions: int = 0  # the missed questions those cards are of (an order question has a card a step); 0: one a card

    @property
    def asked(self) -> int:
        """How many questions the person missed that went back (what they saw, not the cards)."""
        return self.questions or self.due


def _questions(cards: Collection[int], missed: Sequence[Sequence[int]]) -> int:
    """How many of the ``missed`` questions (their cards each) have a card among ``cards``."""
    return sum(1 for question in missed if any(card in cards for card in question))


def _sendable(session: Session, card_ids: Sequence[int]) -> tuple[dict[int, int], int]:
    """The cards that can go back into review (their note not retired, not suspended), each
    with its note, and how many cannot."""
    cards: dict[int, int] = {}
    skipped = 0
    for card_id in dict.fromkeys(card_ids):
        row = session.execute(
            select(Note.retired_at, Note.id.label("note_id"), Card.suspended).join(Note, Note.id == Card.note_id)
            .where(Card.id == card_id)
        ).one_or_none()
        if row is None or row.retired_at is not None or row.suspended:
            skipped += 1
        else:
            cards[card_id] = row.note_id
    return cards, skipped


def _later(session: Session, notes: set[int], due: int, today: dt.date) -> int:
    """Of ``due`` cards made due today on ``notes``, those today's review will not show: it shows one
    card a note, and none of a note answered today (quizzer.review.store.plan_day)."""
    answered = set(session.scalars(
        select(Card.note_id).join(Review, Review.card_id == Card.id)
        .where(Card.note_id.in_(notes), Review.day == today)
    )) if notes else set()
    return due - len(notes - answered)


def send_back_preview(session: Session, missed: Sequence[Sequence[int]], *, today: dt.date) -> tuple[int, int, int]:
    """What :func:`send_back` would do with the cards of the ``missed`` questions, nothing written: the
    cards it would make due, how many of them today's review would not show, and how many questions
    they are of (for the question before it)."""
    cards, _skipped = _sendable(session, [card for question in missed for card in question])
    return len(cards), _later(session, set(cards.values()), len(cards), today), _questions(cards, missed)


def send_back(
    session: Session, exam_id: int | None, missed: Sequence[Sequence[int]], *, today: dt.date, at: dt.datetime,
    leech: LeechRule,
) -> SentBack:
    """Make each card a lapse due today: SM-2 as after a failed recall (grade 1), due ``today``.

    A card already learned counts a lapse (and may become a leech).  No review
    row is written: the card was missed in an exam, not reviewed.
    """
    cards, skipped = _sendable(session, [card for question in missed for card in question])
    leeches = 0
    for card_id in cards:
        before = load_card(session, card_id)
        answer = answer_card(before, 1, today, graded_today=False, leech=leech)
        after = replace(answer.after, sm2=replace(answer.after.sm2, due=today))
        suspension = {"suspended_at": at} if after.suspended != before.suspended else {}  # a leech suspended
        session.execute(
            update(Card).where(Card.id == card_id).values(
                reps=after.sm2.reps, interval=after.sm2.interval, ef_centi=after.sm2.ef_centi, due=after.sm2.due,
                lapses=after.lapses, suspended=after.suspended, leech=after.leech, changed_at=at, **suspension,
            )
        )
        leeches += answer.became_leech
    due = len(cards)
    if exam_id is not None:
        exam = session.get_one(Exam, exam_id)
        exam.sent_back_at = at
        exam.sent_back = due
    return SentBack(due, leeches, skipped, later=_later(session, set(cards.values()), due, today),
                    questions=_questions(cards, missed))
