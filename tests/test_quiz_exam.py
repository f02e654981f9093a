"""The exam without a screen: the session's time and moves, the controller's storage, the report,
sending missed cards back, and practice that schedules."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Callable
from functools import partial

import pytest
from conftest import EPOCH, FakeClock, card_row, set_card
from sqlalchemy import select

from quizzer.config import Config
from quizzer.db import Database
from quizzer.db.models import Exam, ExamAnswer, Review
from quizzer.db.queries import all_decks
from quizzer.quiz.build import build_questions
from quizzer.quiz.check import ALMOST, EXACT, UNANSWERED, WRONG, check, valid
from quizzer.quiz.controller import QuizController
from quizzer.quiz.live import exam_running
from quizzer.quiz.model import Format, Question
from quizzer.quiz.schedule import Scheduler
from quizzer.quiz.session import QuizSession
from quizzer.quiz.store import exam_history, load_facts, load_report


def q(fmt: Format = Format.TYPED, **fields: object) -> Question:
    base: dict[str, object] = dict(format=fmt, kind="command", deck="d", section="s", prompt="p", text="t",
                                   answer="docker ps", accepted=("docker ps",))
    base.update(fields)
    return Question(**base)  # type: ignore[arg-type]


CHOICE = q(Format.CHOICE, answer="b", key="2", choices=("a", "b", "c", "d"), accepted=())
ORDER = q(Format.ORDER, kind="step", answer="BCA", key="BCA", choices=("two", "three", "one"), accepted=())


# -- checking ------------------------------------------------------------------------


def test_checking_each_format() -> None:
    assert check(CHOICE, "2").outcome == EXACT
    assert check(CHOICE, "3").outcome == WRONG and "c" in check(CHOICE, "3").explanation
    assert check(ORDER, "b c a").outcome == EXACT
    wrong = check(ORDER, "ACB")
    assert wrong.outcome == WRONG and "1 of 3" in wrong.explanation
    assert check(q(), "Docker  ps").outcome == EXACT
    assert check(q(accepted=("docker run -d nginx",)), "docker run nginx").outcome == ALMOST


def test_what_cannot_be_an_answer_yet() -> None:
    assert valid(CHOICE, "5") is not None and valid(CHOICE, "1") is None
    assert valid(ORDER, "AB") is not None and valid(ORDER, "AAB") is not None and valid(ORDER, "cab") is None
    assert valid(q(), "   ") is not None and valid(q(), "x") is None


# -- the session -----------------------------------------------------------------------


def test_time_is_charged_to_the_question_on_screen_and_stops_at_the_limit(clock: FakeClock) -> None:
    session = QuizSession([q(), q(), q()], timer=clock.timer, time_limit=60)
    clock.advance(seconds=10)
    session.next()  # skipped after 10 s
    clock.advance(seconds=5)
    session.previous()  # back to the first
    clock.advance(seconds=3)
    assert session.spent_on(0) == 13
    assert session.remaining() == 42
    clock.advance(seconds=100)
    assert session.out_of_time() and session.remaining() == 0
    session.end("time")
    assert session.spent == [55, 5, 0]  # never more than the limit in all
    assert session.ended == "time"
    session.next()  # nothing moves after the end
    assert session.index == 0


def test_next_unanswered_skips_answered_questions_and_wraps(clock: FakeClock) -> None:
    session = QuizSession([q(), q(), q()], timer=clock.timer)
    session.record(1, check(q(), "docker ps"))
    assert session.next_unanswered() and session.index == 2
    session.record(2, check(q(), "x"))
    assert session.next_unanswered() and session.index == 0
    session.record(0, check(q(), "x"))
    assert not session.next_unanswered()
    assert session.score() == 1 and session.unanswered() == []


def test_only_an_almost_can_be_overruled(clock: FakeClock) -> None:
    session = QuizSession([q(accepted=("docker run -d nginx",))], timer=clock.timer, feedback=True)
    session.record(0, check(session.current, "docker run nginx"))
    accepted = session.overrule(0)
    assert accepted.outcome == EXACT and accepted.overruled
    with pytest.raises(ValueError):
        session.overrule(0)


# -- a stored exam ---------------------------------------------------------------------


def seed_questions(db: Database, count: int = 6, seed: int = 3) -> list[Question]:
    with db.reading() as s:
        facts = load_facts(s, all_decks(s))
    return build_questions(facts, random.Random(seed), count=count)


def right_answer(question: Question) -> str:
    return question.key if question.format in (Format.CHOICE, Format.ORDER) else question.answer


DECKS = ("docker-containers.ko",)


def running(db: Database) -> Callable[[int], bool]:
    """Whether an exam of ``db`` runs now (its lock is held: quizzer.quiz.live)."""
    return partial(exam_running, db.path)


def exam(db: Database, clock: FakeClock, questions: list[Question], time_limit: float = 600) -> QuizController:
    return QuizController(db, questions, config=Config(), clock=clock, timer=clock.timer, exam=True,
                          time_limit=time_limit, seed=3, decks=list(DECKS))


def test_each_answer_is_stored_when_given(seeded_db: Database, clock: FakeClock) -> None:
    questions = seed_questions(seeded_db)
    controller = exam(seeded_db, clock, questions)
    clock.advance(seconds=7)
    controller.answer(right_answer(questions[0]))
    controller.session.go(2)
    clock.advance(seconds=4)
    wrong = "1" if questions[2].format is Format.CHOICE and questions[2].key != "1" else "2"
    if questions[2].format in (Format.TYPED, Format.LINE):
        wrong = "ls -la"
    elif questions[2].format is Format.ORDER:
        wrong = "".join(sorted(questions[2].key))
    controller.answer(wrong)
    # nothing finished: what another process (or a restart after kill -9) reads
    with seeded_db.reading() as s:
        rows = list(s.scalars(select(ExamAnswer).order_by(ExamAnswer.position)))
        report = load_report(s, controller.exam_id)  # type: ignore[arg-type]
        (row,) = exam_history(s)
    assert [(r.position, r.outcome, r.spent_ms) for r in rows] == [(0, EXACT, 7000), (2, WRONG, 4000)]
    assert report.ended == "unfinished" and report.score == 1 and report.unanswered == len(questions) - 2
    assert (row.ended, row.right, row.answered) == ("unfinished", 1, 2)


def test_time_running_out_ends_the_exam_and_the_rest_count_as_wrong(seeded_db: Database, clock: FakeClock) -> None:
    questions = seed_questions(seeded_db, count=5)
    controller = exam(seeded_db, clock, questions, time_limit=60)
    clock.advance(seconds=20)
    controller.answer(right_answer(questions[0]))
    controller.session.next()
    clock.advance(seconds=50)
    assert controller.out_of_time()
    report = controller.finish("time")
    assert report.ended == "time" and report.total == 5 and report.score == 1 and report.unanswered == 4
    assert [item.outcome for item in report.items] == [EXACT] + [UNANSWERED] * 4
    assert [item.seconds for item in report.items] == [20, 40, 0, 0, 0]
    assert report.seconds_used == 60
    with seeded_db.reading() as s:
        stored = s.get_one(Exam, controller.exam_id)
        assert stored.ended == "time" and stored.time_limit_s == 60 and stored.seed == 3
        assert s.scalar(select(ExamAnswer).where(ExamAnswer.position == 4)).typed is None  # type: ignore[union-attr]
        again = load_report(s, controller.exam_id)  # type: ignore[arg-type]
    assert [(i.outcome, i.seconds, i.question) for i in again.items] == [
        (i.outcome, i.seconds, i.question) for i in report.items]
    assert len(again.by_section()) >= 1 and sum(t.total for t in again.by_kind()) == 5


def test_missed_cards_go_back_as_lapses_due_today(seeded_db: Database, clock: FakeClock) -> None:
    questions = seed_questions(seeded_db, count=4)
    controller = exam(seeded_db, clock, questions)
    controller.answer(right_answer(questions[0]))
    report = controller.finish("finished")
    missed = report.missed_card_ids()
    assert missed and not set(missed) & set(questions[0].card_ids)
    learned = missed[0]
    set_card(seeded_db, learned, reps=3, interval=15, due=dt.date(2024, 3, 20), ef_centi=250)
    with seeded_db.reading() as s:
        before_reviews = len(list(s.scalars(select(Review))))
    result = controller.send_back()
    assert result.due == len(missed) and result.skipped == 0
    today = EPOCH.date()
    row = card_row(seeded_db, learned)
    assert (row["due"], row["reps"], row["lapses"], row["ef_centi"]) == (today, 0, 1, 196)
    for card_id in missed[1:]:
        row = card_row(seeded_db, card_id)
        assert row["due"] == today and row["lapses"] == 0  # new cards: not lapses, but due today
    with seeded_db.reading() as s:
        assert len(list(s.scalars(select(Review)))) == before_reviews  # an exam is not a review
        assert s.get_one(Exam, controller.exam_id).sent_back == len(missed)
        assert load_report(s, controller.exam_id).sent_back == len(missed)  # type: ignore[arg-type]


def test_there_is_no_exam_99(seeded_db: Database) -> None:
    from quizzer.errors import QuizzerError

    with seeded_db.reading() as s, pytest.raises(QuizzerError, match="no exam 99"):
        load_report(s, 99)


# -- practice --------------------------------------------------------------------------


def test_practice_stores_nothing_unless_it_schedules(seeded_db: Database, clock: FakeClock) -> None:
    questions = seed_questions(seeded_db, count=3)
    practice = QuizController(seeded_db, questions, config=Config(), clock=clock, timer=clock.timer, exam=False)
    practice.answer(right_answer(questions[0]))
    practice.finish("finished")
    with seeded_db.reading() as s:
        assert list(s.scalars(select(Exam))) == [] and list(s.scalars(select(Review))) == []

    scheduler = Scheduler(seeded_db, config=Config(), clock=clock)
    scheduled = QuizController(seeded_db, questions, config=Config(), clock=clock, timer=clock.timer, exam=False,
                               schedule=scheduler)
    clock.advance(seconds=3)
    scheduled.answer(right_answer(questions[0]))
    scheduled.answer(right_answer(questions[0]))  # a second answer to the same question schedules nothing
    with seeded_db.reading() as s:
        assert list(s.scalars(select(Review))) == []  # graded when the person moves on
    scheduled.settle()
    with seeded_db.reading() as s:
        rows = list(s.scalars(select(Review)))
    assert [(r.card_id, r.grade, r.drill) for r in rows] == [(c, 5, False) for c in questions[0].card_ids]
    assert card_row(seeded_db, questions[0].card_ids[0])["due"] == EPOCH.date() + dt.timedelta(days=1)


def test_an_accepted_almost_is_graded_right_and_the_suggestion_is_logged(seeded_db: Database, clock: FakeClock) -> None:
    with seeded_db.reading() as s:
        facts = load_facts(s, all_decks(s))
    logs = next(f for f in facts if f.front == "docker logs -f webserver1")
    question = q(answer=logs.front, accepted=(logs.front,), card_ids=(logs.card_ids[1],))
    controller = QuizController(seeded_db, [question], config=Config(), clock=clock, timer=clock.timer, exam=False,
                                schedule=Scheduler(seeded_db, config=Config(), clock=clock))
    assert controller.answer("docker logs webserver1").outcome == ALMOST
    controller.overrule()
    report = controller.finish("finished")
    assert report.score == 1 and report.items[0].overruled
    with seeded_db.reading() as s:
        (row,) = s.scalars(select(Review))
    assert (row.card_id, row.grade, row.suggested_grade, row.typed_outcome, row.typed_answer) == (
        logs.card_ids[1], 5, 3, "almost", "docker logs webserver1")
    assert row.overridden


def test_missed_cards_of_notes_answered_today_are_said_to_come_up_later(seeded_db: Database, clock: FakeClock) -> None:
    """A card answered in today's review, then missed in an exam, was 'due today' after the send-back,
    but today's review shows no card of a note answered today (one card a note a day): the sentence said
    they are due today, and the review said nothing was due."""
    from rich.console import Console

    from quizzer.i18n import set_language
    from quizzer.quiz.render import print_sent_back
    from quizzer.review.controller import Controller

    questions = seed_questions(seeded_db, count=4)
    controller = exam(seeded_db, clock, questions)
    report = controller.finish("finished")
    missed = report.missed_card_ids()
    with seeded_db.reading() as s:
        notes = {card_id: s.get_one(__import__("quizzer.db.models", fromlist=["Card"]).Card, card_id).note_id
                 for card_id in missed}
    answered = missed[0]
    with seeded_db.session() as s:  # answered in today's review, before the exam's send-back
        s.add(Review(card_id=answered, reviewed_at=clock().astimezone(dt.timezone.utc), grade=4, day=EPOCH.date(),
                     drill=False, duration_ms=1000, prev_reps=0, prev_interval=0, prev_ef_centi=250, prev_due=None,
                     prev_lapses=0, prev_suspended=False, prev_leech=False, interval=1, ef_centi=250,
                     due=EPOCH.date() + dt.timedelta(days=1)))
    result = controller.send_back()
    by_note: dict[int, int] = {}
    for card_id in missed:
        by_note[notes[card_id]] = by_note.get(notes[card_id], 0) + 1
    shown_today = len(by_note) - 1  # a card a note, none of the note answered today
    assert result.due == len(missed) and result.later == len(missed) - shown_today
    review = Controller(seeded_db, config=Config(), clock=clock, timer=clock.timer)
    shown: set[int] = set()
    while (card_id := review.session.current()) is not None:
        shown.add(card_id)
        review.session.drop(card_id)
    assert len(shown & set(missed)) == shown_today  # what the sentence says
    console = Console(width=300, force_terminal=False)
    with console.capture() as captured:
        print_sent_back(result, console)
    assert 0 < result.later < result.due  # the seeded exam: some cards today, some later
    comes = "comes" if result.later == 1 else "come"
    assert result.asked == len(report.missed) < result.due  # the questions the person saw, then their cards
    assert (f"Sent {result.asked} missed questions back into review: their {result.due} cards are due today. "
            f"{result.later} of them {comes} up "
            "on a later day: today's review shows one card of a note, and none of a note already answered today.") \
        in captured.get()
    set_language("ko")
    with console.capture() as captured:
        print_sent_back(result, console)
        print_sent_back(type(result)(due=2, leeches=0, skipped=0, later=2), console)
    set_language("en")
    assert f"그중 {result.later}장은 다른 날에 나옵니다" in captured.get()
    assert "틀린 카드 2장을 복습으로 되돌렸습니다: 오늘 복습은" in captured.get()
    with console.capture() as captured:  # none today: not "due today"
        print_sent_back(type(result)(due=1, leeches=0, skipped=0, later=1), console)
    assert captured.get().strip() == ("Sent 1 missed card back into review: it comes up on a later day, since today's "
                                      "review shows one card of a note, and none of a note already answered today.")


def test_the_send_back_question_says_when_the_cards_come_up(seeded_db: Database, clock: FakeClock) -> None:
    """The question said 'due today' where today's review would show none or only some of them
    (one card a note a day, none of a note answered today): it now says what will happen."""
    from quizzer.i18n import set_language
    from quizzer.quiz.render import send_back_question

    questions = seed_questions(seeded_db, count=4)
    controller = exam(seeded_db, clock, questions)
    missed = controller.finish("finished").missed_card_ids()
    with seeded_db.session() as s:  # one of them answered in today's review
        s.add(Review(card_id=missed[0], reviewed_at=clock().astimezone(dt.timezone.utc), grade=4, day=EPOCH.date(),
                     drill=False, duration_ms=1000, prev_reps=0, prev_interval=0, prev_ef_centi=250, prev_due=None,
                     prev_lapses=0, prev_suspended=False, prev_leech=False, interval=1, ef_centi=250,
                     due=EPOCH.date() + dt.timedelta(days=1)))
    cards, later, _questions = controller.send_back_preview()
    with seeded_db.reading() as s:
        assert s.scalar(select(Exam.sent_back).where(Exam.id == controller.exam_id)) is None  # nothing written
    result = controller.send_back()
    assert (cards, later) == (result.due, result.later) and 0 < later < cards
    question = send_back_question(cards, later)
    assert "due today" not in question and question.endswith("[y/N]")
    today = cards - later
    assert f"{today} of them come{'s' if today == 1 else ''} up today and {later} on a later day" in question
    # one card left for a later day is not "the others"
    assert send_back_question(2, 1) == ("Send the 2 missed cards back into review? 1 of them comes up today and 1 on a "
                                        "later day. [y/N]")
    assert send_back_question(3, 0) == "Send the 3 missed cards back into review, due today? [y/N]"
    assert send_back_question(1, 1) == (
        "Send the 1 missed card back into review? It comes up on a later day: today's review shows one card "
        "of a note, and none of a note already answered today. [y/N]")
    set_language("ko")
    try:
        assert send_back_question(2, 2).startswith("틀린 카드 2장을 복습으로 되돌릴까요? 오늘 복습은")
        assert send_back_question(3, 1) == "틀린 카드 3장을 복습으로 되돌릴까요? 그중 2장은 오늘, 1장은 다른 날에 나옵니다. [y/N]"
    finally:
        set_language("en")


def test_practice_that_schedules_skips_cards_another_program_took_out(seeded_db: Database, clock: FakeClock) -> None:
    """quizzer quiz --schedule graded the cards of a question whose note an import retired while it
    was asked (and a card deleted meanwhile, its deck deleted, raised LookupError: a traceback)."""
    from sqlalchemy import text

    questions = seed_questions(seeded_db, count=3)
    scheduler = Scheduler(seeded_db, config=Config(), clock=clock)
    scheduled = QuizController(seeded_db, questions, config=Config(), clock=clock, timer=clock.timer, exam=False,
                               schedule=scheduler)
    retired, deleted = questions[0].card_ids[0], questions[1].card_ids[0]
    with seeded_db.session() as s:  # another program: an import retiring one note, a delete of the other's card
        s.execute(text("UPDATE note SET retired_at = 1700000000000 WHERE id = "
                       "(SELECT note_id FROM card WHERE id = :card)"), {"card": retired})
        s.execute(text("DELETE FROM card WHERE id = :card"), {"card": deleted})
    for index, question in enumerate(questions[:2]):
        scheduled.answer(right_answer(question), index=index)  # the one before is graded now
    scheduled.settle()
    with seeded_db.reading() as s:
        graded = set(s.scalars(select(Review.card_id)))
    assert retired not in graded and deleted not in graded


# -- an exam cut off by a crash ---------------------------------------------------------


def wrong_answer(question: Question) -> str:
    if question.format is Format.CHOICE:
        return next(str(n) for n in range(1, 5) if str(n) != question.key)
    if question.format is Format.ORDER:
        return "".join(sorted(question.key))
    return "ls -la"


def test_an_exam_killed_mid_way_is_resumed_with_its_answers_and_the_time_left_at_its_last_answer(
    seeded_db: Database, clock: FakeClock
) -> None:
    from quizzer.quiz.store import unfinished_exam

    questions = seed_questions(seeded_db, count=4)
    first = exam(seeded_db, clock, questions, time_limit=600)
    clock.advance(seconds=7)
    first.answer(right_answer(questions[0]))
    first.session.go(1)
    clock.advance(seconds=5)  # looked at, skipped
    first.session.go(2)
    clock.advance(seconds=4)
    first.answer(wrong_answer(questions[2]))
    clock.advance(seconds=30)  # typing the next one when the power goes: nothing of it was saved
    del first
    clock.advance(hours=2)  # the machine is back two hours later

    with seeded_db.reading() as s:
        cut = unfinished_exam(s, DECKS, running=running(seeded_db))
    assert cut is not None and cut.seconds_used == 16 and cut.seconds_left == 584
    assert sorted(cut.answers) == [0, 2] and list(cut.questions) == questions
    resumed = QuizController(seeded_db, list(cut.questions), config=Config(), clock=clock, timer=clock.timer,
                             exam=True, time_limit=600, seed=3, resume=cut)
    session = resumed.session
    assert resumed.exam_id == cut.id and session.index == 1 and session.remaining() == 584
    assert session.answers[0].right and not session.answers[2].right
    clock.advance(seconds=10)
    resumed.answer(right_answer(questions[1]))
    report = resumed.finish("stopped")
    assert (report.ended, report.score, report.unanswered, report.seconds_used) == ("stopped", 2, 1, 26)
    assert [item.seconds for item in report.items] == [7, 15, 4, 0]
    with seeded_db.reading() as s:
        assert unfinished_exam(s, DECKS, running=running(seeded_db)) is None
        (row,) = exam_history(s)
        assert len(list(s.scalars(select(Exam)))) == 1  # the same exam, not a second one
    assert (row.ended, row.right, row.answered, row.minutes) == ("stopped", 2, 3, 26 / 60)


def test_an_exam_killed_mid_way_scored_as_it_stands(seeded_db: Database, clock: FakeClock) -> None:
    from quizzer.quiz.store import unfinished_exam

    questions = seed_questions(seeded_db, count=3)
    first = exam(seeded_db, clock, questions, time_limit=300)
    clock.advance(seconds=40)
    first.answer(right_answer(questions[0]))
    del first  # kill -9: its lock goes with it
    clock.advance(days=1)
    with seeded_db.reading() as s:
        cut = unfinished_exam(s, DECKS, running=running(seeded_db))
    assert cut is not None
    report = QuizController(seeded_db, list(cut.questions), config=Config(), clock=clock, timer=clock.timer,
                            exam=True, time_limit=300, resume=cut).finish("stopped")
    assert (report.ended, report.score, report.unanswered, report.seconds_used) == ("stopped", 1, 2, 40)
    with seeded_db.reading() as s:
        assert unfinished_exam(s, DECKS, running=running(seeded_db)) is None and load_report(s, cut.id).seconds_used == 40


def test_an_exam_left_unfinished_is_not_offered_again_once_a_later_exam_ended(
    seeded_db: Database, clock: FakeClock
) -> None:
    # r-review2: Enter at the offer leaves the cut-off exam and starts a new one; once that one ended, the next
    # 'quizzer exam' asked about the left one again (and would after every exam, for ever)
    from quizzer.quiz.store import unfinished_exam

    questions = seed_questions(seeded_db, count=3)
    left = exam(seeded_db, clock, questions, time_limit=300)
    clock.advance(seconds=20)
    left.answer(right_answer(questions[0]))
    del left  # kill -9
    clock.advance(minutes=5)
    with seeded_db.reading() as s:
        cut = unfinished_exam(s, DECKS, running=running(seeded_db))
    assert cut is not None  # offered; Enter leaves it and starts a new exam
    later = exam(seeded_db, clock, questions, time_limit=300)
    clock.advance(seconds=10)
    later.answer(right_answer(questions[0]))
    with seeded_db.reading() as s:
        assert unfinished_exam(s, DECKS, running=running(seeded_db)) is None  # the latest is running (here): not cut off, not offered
    later.finish("stopped")
    with seeded_db.reading() as s:
        assert unfinished_exam(s, DECKS, running=running(seeded_db)) is None
        assert [row.ended for row in exam_history(s)] == ["unfinished", "stopped"]  # the left one still listed


def test_a_missed_order_question_is_counted_as_the_one_question_it_was(seeded_db: Database, clock: FakeClock) -> None:
    """Send-back counted an order question of eight steps as 'the 8 missed cards': the person answered
    one question.  The question before it and the line after it count the questions, their cards after."""
    from rich.console import Console

    from quizzer.i18n import set_language
    from quizzer.quiz.build import order_question, procedures
    from quizzer.quiz.render import print_sent_back, send_back_question

    with seeded_db.reading() as s:
        facts = load_facts(s, all_decks(s))
    order = order_question(max(procedures(facts), key=len), random.Random(0))
    steps = len(order.card_ids)
    assert steps > 2  # the test can tell
    controller = exam(seeded_db, clock, [order])
    controller.answer("".join(sorted(order.key)) if "".join(sorted(order.key)) != order.key else order.key[::-1])
    report = controller.finish("finished")
    assert len(report.missed) == 1
    cards, later, questions = controller.send_back_preview()
    assert (cards, later, questions) == (steps, 0, 1)
    assert send_back_question(cards, later, questions=questions) == (
        f"Send the 1 missed question back into review, its {steps} cards due today? [y/N]")
    assert send_back_question(2 * steps, steps, questions=2) == (
        f"Send the 2 missed questions back into review? Of their {2 * steps} cards, today's review shows {steps} "
        f"and a later day {steps}. [y/N]")
    assert send_back_question(3, 0, questions=3) == "Send the 3 missed cards back into review, due today? [y/N]"
    result = controller.send_back()
    assert (result.due, result.asked) == (steps, 1)
    console = Console(width=300, force_terminal=False)
    with console.capture() as captured:
        print_sent_back(result, console)
    assert captured.get().strip() == f"Sent 1 missed question back into review: its {steps} cards are due today."
    set_language("ko")
    try:
        assert send_back_question(cards, later, questions=questions).startswith("틀린 문제 1개를 복습으로 되돌릴까요?")
        with console.capture() as captured:
            print_sent_back(result, console)
        assert captured.get().startswith(f"틀린 문제 1개를 복습으로 되돌렸습니다. 그 카드 {steps}장은")
    finally:
        set_language("en")
    # quizzer exam --review says it as the screen did: the question, its cards after (the store keeps cards)
    from quizzer.quiz.render import print_report
    from quizzer.quiz.store import load_report

    with seeded_db.reading() as s:
        stored = load_report(s, controller.exam_id)  # type: ignore[arg-type]
    assert stored.sent_back == steps
    with console.capture() as captured:
        print_report(stored, console)
    said = " ".join(captured.get().split())
    assert f"1 missed question was sent back into review: its {steps} cards were due that day." in said
    assert "missed cards" not in said
    # some of its cards left alone then (suspended since the exam began): what went back, of how many
    with console.capture() as captured:
        print_report(dataclasses.replace(stored, sent_back=2), console)
    said = " ".join(captured.get().split())
    assert (f"Of the 1 missed question's {steps} cards, 2 went back into review, due that day; the others were "
            "left alone (suspended or no longer in the notes).") in said
    set_language("ko")
    try:
        with console.capture() as captured:
            print_report(stored, console)
        assert f"틀린 문제 1개를 복습으로 되돌렸습니다. 그 카드 {steps}장은 그날 복습할 카드였습니다." in " ".join(
            captured.get().split())
    finally:
        set_language("en")


def test_an_exam_ended_with_questions_left_is_not_said_to_be_done_to_the_end() -> None:
    """Ended with Ctrl-X, two of three questions unanswered, the Korean report said '끝까지 풀었음'
    (solved to the end): it says the person finished it."""
    from rich.console import Console

    from quizzer.i18n import set_language
    from quizzer.quiz.render import print_report
    from quizzer.quiz.report import make_report

    questions = [Question(Format.TYPED, "command", "git", "", "이 일을 하는 명령어를 입력하세요.", f"일 {n}",
                          answer=f"git {n}", accepted=(f"git {n}",)) for n in range(3)]
    report = make_report(questions, {}, [0.0, 0.0, 0.0], ended="finished", seconds_used=11, time_limit=1200)
    console = Console(width=80, force_terminal=False)
    set_language("ko")
    try:
        with console.capture() as captured:
            print_report(report, console)
    finally:
        set_language("en")
    assert "마쳤음" in captured.get() and "끝까지" not in captured.get()
