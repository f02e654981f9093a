"""The quiz and exam screen driven with prompt-toolkit's pipe input (no terminal).

The exam runs on the real event loop with a fake clock: keys go in, the test
waits (a generous deadline, never a timing assertion) until the session shows
them, then moves the clock past the limit; the screen's own ticker ends the
exam.  Assertions are on the session, the database and the drawn text.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable

import pytest
from conftest import FakeClock
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import PipeInput, create_pipe_input
from prompt_toolkit.output import DummyOutput
from rich.console import Console
from sqlalchemy import select
from wcwidth import wcswidth

from quizzer.config import Config
from quizzer.db import Database
from quizzer.db.models import Card, ExamAnswer
from quizzer.db.queries import all_decks
from quizzer.quiz.build import build_questions
from quizzer.quiz.check import EXACT, UNANSWERED, WRONG
from quizzer.quiz.controller import QuizController
from quizzer.quiz.model import Fact, Format, Question
from quizzer.quiz.render import print_report, print_sent_back
from quizzer.quiz.screen import QuizScreen
from quizzer.quiz.view import answer_text, clock_text
from quizzer.screen import ask_key
from quizzer.quiz.store import load_facts

ENTER, TAB, SHIFT_TAB, CTRL_X, CTRL_C, BACKSPACE, LEFT = "\r", "\t", "\x1b[Z", "\x18", "\x03", "\x7f", "\x1b[D"
DEADLINE = 30.0


class SizedOutput(DummyOutput):
    def __init__(self, columns: int = 80, rows: int = 30) -> None:
        super().__init__()
        self.size = Size(rows=rows, columns=columns)

    def get_size(self) -> Size:
        return self.size


def questions_of(db: Database, count: int, seed: int = 11) -> list[Question]:
    with db.reading() as s:
        facts = load_facts(s, all_decks(s))
    return build_questions(facts, random.Random(seed), count=count)


def keys_for(question: Question, *, right: bool) -> str:
    """What a person types to answer ``question`` right (or wrong)."""
    if question.format is Format.CHOICE:
        wrong = next(str(n) for n in range(1, 5) if str(n) != question.key)
        return question.key if right else wrong
    if question.format is Format.ORDER:
        return (question.key if right else "".join(sorted(question.key))) + ENTER
    return (question.answer if right else "ls -la") + ENTER


def text_of(screen: QuizScreen) -> str:
    return "".join(fragment[1] for fragment in screen._fragments())  # noqa: SLF001 - what the screen draws


async def until(check: Callable[[], object], what: str) -> None:
    loop = asyncio.get_running_loop()
    end = loop.time() + DEADLINE
    while not check():
        if loop.time() > end:
            raise AssertionError(f"gave up waiting for {what}")
        await asyncio.sleep(0.01)


def test_an_exam_from_start_to_report_where_the_time_runs_out(
    seeded_db: Database, clock: FakeClock, pipe: PipeInput
) -> None:
    questions = questions_of(seeded_db, 6)
    controller = QuizController(seeded_db, questions, config=Config(), clock=clock, timer=clock.timer, exam=True,
                                time_limit=300, seed=11, decks=["docker-containers.ko"])
    screen = QuizScreen(controller, input=pipe, output=SizedOutput(80, 30))
    session = controller.session
    seen: list[str] = []

    async def drive() -> None:
        task = asyncio.ensure_future(screen.run_async())
        await until(lambda: screen.app.is_running, "the screen")
        seen.append(text_of(screen))
        clock.advance(seconds=30)
        pipe.send_text(keys_for(questions[0], right=True))  # answered: on to question 2
        await until(lambda: session.answered(0) and session.index == 1, "the first answer")
        pipe.send_text(TAB)  # skip question 2
        await until(lambda: session.index == 2, "the skip")
        clock.advance(seconds=20)
        pipe.send_text(keys_for(questions[2], right=False))
        await until(lambda: session.answered(2), "the third answer")
        pipe.send_text(SHIFT_TAB * 2)  # revisit the skipped one
        await until(lambda: session.index == 1, "the revisit")
        seen.append(text_of(screen))
        clock.advance(seconds=400)  # the time runs out with nobody typing
        await asyncio.wait_for(task, DEADLINE)

    asyncio.run(drive())

    report = controller.report
    assert report is not None and report.ended == "time"
    assert [item.outcome for item in report.items] == [EXACT, UNANSWERED, WRONG, UNANSWERED, UNANSWERED, UNANSWERED]
    assert report.score == 1 and report.unanswered == 4 and report.seconds_used == 300
    assert [item.seconds for item in report.items][:3] == [30, 250, 20]
    # the countdown was on screen, and the revisited question was the skipped one
    assert "5:00 left" in seen[0] and "Question 1 of 6" in seen[0]
    assert "4:10 left" in seen[1] and "Question 2 of 6 · answered 2" in seen[1]
    with seeded_db.reading() as s:
        rows = list(s.scalars(select(ExamAnswer).order_by(ExamAnswer.position)))
    assert [(r.position, r.outcome) for r in rows] == list(enumerate(item.outcome for item in report.items))
    assert [r.typed is None for r in rows] == [False, True, False, True, True, True]

    console = Console(record=True, width=240, highlight=False, markup=False)
    print_report(report, console)
    printed = console.export_text()
    assert "Exam 1: 1 of 6 right (17%)" in printed
    assert "Time: 5m 00s of 5m 00s; the time ran out." in printed
    assert "Unanswered (counted as wrong): 4" in printed
    assert "(no answer)" in printed and "By section" in printed and "By kind" in printed
    for item in report.missed:  # every missed item with its right answer
        assert item.question.answer.split("\n")[0][:12] in printed, item.question.answer
    wrong = report.items[2]  # and what was typed for it
    assert wrong.typed is not None
    typed = wrong.typed
    if wrong.question.format is Format.CHOICE:
        typed = f"{typed}. {wrong.question.choices[int(typed) - 1]}"
    assert typed[:12] in printed
    assert "Time per question" in printed

    # the report asks before touching the schedule: a key, then what it did
    with create_pipe_input() as keys:
        keys.send_text("y")
        assert ask_key("Send them back?", "yYnN", input=keys, output=DummyOutput()) == "y"
    result = controller.send_back()
    console = Console(record=True, width=120)
    print_sent_back(result, console)
    assert (f"Sent {len(report.missed)} missed questions back into review: their {result.due} cards are due today."
            in console.export_text())  # the order question among them: one question, a card for each step
    with seeded_db.reading() as s:
        dues = {c.id: c.due for c in s.scalars(select(Card).where(Card.id.in_(report.missed_card_ids())))}
    assert set(dues.values()) == {clock.now.date()}


def test_enter_on_nothing_and_a_wrong_choice_key_explain_themselves(
    seeded_db: Database, clock: FakeClock, pipe: PipeInput
) -> None:
    questions = questions_of(seeded_db, 6)
    typed = next(n for n, q in enumerate(questions) if q.format in (Format.TYPED, Format.LINE))
    controller = QuizController(seeded_db, questions, config=Config(), clock=clock, timer=clock.timer, exam=True,
                                time_limit=300)
    controller.session.go(typed)
    screen = QuizScreen(controller, input=pipe, output=SizedOutput(80, 30))
    pipe.send_text(ENTER + "docker stopp" + BACKSPACE + "컨테이너" + BACKSPACE + "q5?" + CTRL_X + CTRL_C)
    screen.run()  # Ctrl-X with unanswered questions asks again; Ctrl-C ends it below
    # Backspace takes one character: a whole syllable; q, 5 and ? typed in the box are text, not keys
    assert screen.typed == "docker stop컨테이q5?"
    assert "5 questions are unanswered and will count as wrong" in screen.message  # the typed one is not
    # Ctrl-C graded what was typed, as the end of the time does
    assert controller.session.answers[typed].typed == "docker stop컨테이q5?"
    assert controller.report is not None and controller.report.ended == "stopped"
    assert controller.report.items[typed].outcome == WRONG


def _practice_of_an_almost(db: Database, clock: FakeClock, pipe: PipeInput) -> tuple[QuizController, QuizScreen]:
    """A practice of two questions: a typed one that "docker logs webserver1" answers almost, then a choice; that
    answer typed."""
    with db.reading() as s:
        facts = load_facts(s, all_decks(s))
    run = next(f for f in facts if f.front == "docker logs -f webserver1")
    question = Question(Format.TYPED, "command", run.deck, "s", "Type the command that does this.", run.back,
                        answer=run.front, accepted=(run.front,), card_ids=run.card_ids)
    second = Question(Format.CHOICE, "command", run.deck, "s", "p", "t", answer="b", key="2",
                      choices=("a", "b", "c", "d"))
    controller = QuizController(db, [question, second], config=Config(), clock=clock, timer=clock.timer, exam=False)
    pipe.send_text("docker logs webserver1" + ENTER)
    return controller, QuizScreen(controller, input=pipe, output=SizedOutput(80, 30))


async def _overrule_the_almost(screen: QuizScreen, pipe: PipeInput) -> str:
    """Wait for the verdict on the almost, then count it as right ('a') and wait for that; the verdict's screen."""
    await until(lambda: screen.checked is not None, "the verdict")
    verdict = text_of(screen)
    pipe.send_text("a")
    await until(lambda: screen.checked is not None and screen.checked.overruled, "the override")
    return verdict


def test_a_practice_quiz_shows_each_verdict_and_an_almost_can_be_accepted(
    seeded_db: Database, clock: FakeClock, pipe: PipeInput
) -> None:
    controller, screen = _practice_of_an_almost(seeded_db, clock, pipe)
    drawn: list[str] = []

    async def drive() -> None:
        task = asyncio.ensure_future(screen.run_async())
        drawn.append(await _overrule_the_almost(screen, pipe))
        pipe.send_text(ENTER + "3" + ENTER)
        await asyncio.wait_for(task, DEADLINE)

    asyncio.run(drive())
    assert "≈ Almost" in drawn[0] and "Missing -f." in drawn[0] and "› docker logs webserver1" in drawn[0]
    assert "Answer: docker logs -f webserver1" in drawn[0]
    report = controller.report
    assert report is not None and report.ended == "finished"
    assert [(i.outcome, i.overruled) for i in report.items] == [(EXACT, True), (WRONG, False)]


# -- drawing ---------------------------------------------------------------------------


def screen_for(db: Database, clock: FakeClock, questions: list[Question], output: SizedOutput) -> QuizScreen:
    controller = QuizController(db, questions, config=Config(), clock=clock, timer=clock.timer, exam=True,
                                time_limit=65)
    with create_pipe_input() as inp:
        return QuizScreen(controller, input=inp, output=output)


MARKS = Question(Format.CHOICE, "command", "marks", "3-1-5 도커 이미지 삭제", "Which command does this?",
                 "하나 이상의 도커 이미지 삭제 [bold]not bold[/bold]", answer="docker image rm 옵션 이미지이름<:태그>", key="1",
                 choices=("docker image rm 옵션 이미지이름<:태그>", "docker IMAGE pull OPTIONS name[:tag | @IMAGE_DIGEST]",
                          "docker rmi", "<b>html</b>"))


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_korean_and_brackets_are_drawn_as_written_within_the_width(
    db: Database, clock: FakeClock, columns: int
) -> None:
    screen = screen_for(db, clock, [MARKS], SizedOutput(columns, 30))
    text = text_of(screen)
    for line in text.split("\n"):
        assert wcswidth(line) <= columns, line
    flat = text.replace("\n", "")
    if columns == 80:
        assert "docker image rm 옵션 이미지이름<:태그>" in text
        assert "name[:tag | @IMAGE_DIGEST]" in text and "[bold]not bold[/bold]" in text and "<b>html</b>" in text
    assert "1:05 left" in flat


def test_every_choice_shows_before_answering_when_rows_are_short(db: Database, clock: FakeClock) -> None:
    """At 40×14 a choice question whose usage line took two rows showed choices 1 and 2, then '…': 3 and 4
    were to be pressed unseen (found by u-campaign3).  The context gives way to the choices."""
    question = Question(Format.CHOICE, "command", "images", "이미지", "이 명령어는 무엇을 하나요?", "docker run",
                        answer="이미지로 컨테이너를 만든다", key="1", context="docker run name[:tag | @IMAGE_DIGEST]",
                        choices=("이미지로 컨테이너를 만든다", "(고침) 레지스트리에서 이미지를 내려받는다", "이미지를 지운다",
                                 "내려받은 이미지를 보여 준다"))
    small = text_of(screen_for(db, clock, [question], SizedOutput(40, 14)))
    assert len(small.split("\n")) == 14 and "…" not in small
    flat = "".join(small.split())
    assert all("".join(choice.split()) in flat for choice in question.choices)
    tall = text_of(screen_for(db, clock, [question], SizedOutput(60, 24)))
    assert "name[:tag | @IMAGE_DIGEST]" in tall  # where it fits, the context stays


def test_a_too_small_terminal_gets_a_message_and_keys_do_nothing(db: Database, clock: FakeClock) -> None:
    screen = screen_for(db, clock, [MARKS], SizedOutput(30, 10))
    assert "too small" in text_of(screen) and "40×14" in text_of(screen).replace("\n", "")
    with create_pipe_input() as inp:
        screen = QuizScreen(screen.controller, input=inp, output=SizedOutput(30, 10))
        inp.send_text("1" + CTRL_C)
        screen.run()
    assert not screen.controller.session.answered(0)
    assert screen.controller.report is not None and screen.controller.report.ended == "stopped"


def test_help_shows_the_keys_and_hides_the_question(db: Database, clock: FakeClock) -> None:
    screen = screen_for(db, clock, [MARKS], SizedOutput(80, 30))
    screen.help = True
    text = text_of(screen)
    assert "Ctrl-X" in text and "skip to the next question" in text
    assert "하나 이상의" not in text


def test_the_countdown_reads_like_a_clock() -> None:
    assert [clock_text(s) for s in (0, 0.2, 59.1, 60, 1200, 3725)] == ["0:00", "0:01", "1:00", "1:00", "20:00",
                                                                       "1:02:05"]


def test_the_order_answer_reads_as_steps(seeded_db: Database) -> None:
    with seeded_db.reading() as s:
        facts: list[Fact] = load_facts(s, all_decks(s))
    from quizzer.quiz.build import order_question, procedures

    question = order_question(procedures(facts)[0], random.Random(0))
    assert answer_text(question).startswith(question.key + " — 어플리케이션 코드 개발 → 베이스 이미지를")


def test_an_answer_typed_but_not_submitted_when_the_time_runs_out_is_graded(
    seeded_db: Database, clock: FakeClock, pipe: PipeInput
) -> None:
    questions = [q for q in questions_of(seeded_db, 12) if q.format in (Format.TYPED, Format.LINE)][:3]
    assert len(questions) == 3
    controller = QuizController(seeded_db, questions, config=Config(), clock=clock, timer=clock.timer, exam=True,
                                time_limit=300)
    screen = QuizScreen(controller, input=pipe, output=SizedOutput(80, 30))
    session = controller.session

    async def drive() -> None:
        task = asyncio.ensure_future(screen.run_async())
        await until(lambda: screen.app.is_running, "the screen")
        pipe.send_text(keys_for(questions[0], right=True))  # submitted
        await until(lambda: session.answered(0) and session.index == 1, "the first answer")
        clock.advance(seconds=10)
        right = questions[1].answer
        pipe.send_text(right)  # typed, never submitted
        await until(lambda: screen.typed == right, "the typing")
        clock.advance(seconds=400)
        await asyncio.wait_for(task, DEADLINE)

    asyncio.run(drive())
    report = controller.report
    assert report is not None and report.ended == "time"
    assert [item.outcome for item in report.items] == [EXACT, EXACT, UNANSWERED]
    assert report.items[1].typed == questions[1].answer
    with seeded_db.reading() as s:
        rows = list(s.scalars(select(ExamAnswer).order_by(ExamAnswer.position)))
    assert [(r.outcome, r.typed is None) for r in rows] == [(EXACT, False), (EXACT, False), (UNANSWERED, True)]


def _typed_exam(db: Database, pipe: PipeInput, count: int) -> tuple[QuizController, QuizScreen, list[Question]]:
    questions = [q for q in questions_of(db, 12) if q.format in (Format.TYPED, Format.LINE)][:count]
    assert len(questions) == count
    clock = FakeClock()
    controller = QuizController(db, questions, config=Config(), clock=clock, timer=clock.timer, exam=True, time_limit=300)
    return controller, QuizScreen(controller, input=pipe, output=SizedOutput(80, 30)), questions


def _run(screen: QuizScreen, pipe: PipeInput, keys: str) -> None:
    """Type ``keys`` and wait (up to a deadline, so a screen left waiting fails instead of hanging) for the end."""

    async def drive() -> None:
        task = asyncio.ensure_future(screen.run_async())
        pipe.send_text(keys)
        await asyncio.wait_for(task, DEADLINE)

    asyncio.run(drive())


def _stored(db: Database) -> list[tuple[str, str | None]]:
    with db.reading() as s:
        return [(r.outcome, r.typed) for r in s.scalars(select(ExamAnswer).order_by(ExamAnswer.position))]


def test_ctrl_x_on_the_last_question_grades_what_is_typed_and_ends_at_once(seeded_db: Database, pipe: PipeInput) -> None:
    controller, screen, questions = _typed_exam(seeded_db, pipe, 2)
    # nothing is left unanswered once the typed answer counts: no second Ctrl-X
    _run(screen, pipe, keys_for(questions[0], right=True) + questions[1].answer + CTRL_X)
    report = controller.report
    assert report is not None and report.ended == "finished"
    assert [item.outcome for item in report.items] == [EXACT, EXACT]
    assert _stored(seeded_db) == [(EXACT, questions[0].answer), (EXACT, questions[1].answer)]


def test_ctrl_x_counts_the_typed_answer_as_given_and_asks_about_the_others(seeded_db: Database, pipe: PipeInput) -> None:
    controller, screen, questions = _typed_exam(seeded_db, pipe, 3)
    _run(screen, pipe, questions[0].answer + CTRL_X + CTRL_X)
    report = controller.report
    assert report is not None and report.ended == "finished"
    assert [item.outcome for item in report.items] == [EXACT, UNANSWERED, UNANSWERED]
    assert _stored(seeded_db)[0] == (EXACT, questions[0].answer)


def test_ctrl_x_once_says_how_many_are_left_without_the_typed_one(seeded_db: Database, pipe: PipeInput) -> None:
    controller, screen, questions = _typed_exam(seeded_db, pipe, 3)

    async def drive() -> None:
        task = asyncio.ensure_future(screen.run_async())
        pipe.send_text(questions[0].answer + CTRL_X)
        await until(lambda: "unanswered" in screen.message, "the question")
        pipe.send_text(CTRL_C)
        await asyncio.wait_for(task, DEADLINE)

    asyncio.run(drive())
    assert "2 questions are unanswered and will count as wrong" in screen.message


def test_ctrl_c_grades_a_changed_answer_of_a_revisited_question(seeded_db: Database, pipe: PipeInput) -> None:
    controller, screen, questions = _typed_exam(seeded_db, pipe, 2)
    wrong = "ls -la"
    # answer the first wrongly, come back, replace it with the right answer, and stop without Enter
    clear = BACKSPACE * len(wrong)
    _run(screen, pipe, wrong + ENTER + SHIFT_TAB + clear + questions[0].answer + CTRL_C)
    report = controller.report
    assert report is not None and report.ended == "stopped"
    assert [item.outcome for item in report.items] == [EXACT, UNANSWERED]
    assert _stored(seeded_db)[0] == (EXACT, questions[0].answer)


def test_stopping_with_an_answer_that_is_not_one_yet_leaves_it_unanswered(seeded_db: Database, pipe: PipeInput) -> None:
    controller, screen, _questions = _typed_exam(seeded_db, pipe, 1)
    _run(screen, pipe, "   " + CTRL_C)  # only spaces: no answer
    report = controller.report
    assert report is not None and [item.outcome for item in report.items] == [UNANSWERED]


def test_a_practice_quiz_stopped_with_ctrl_c_leaves_the_typed_answer_out(
    seeded_db: Database, clock: FakeClock, pipe: PipeInput
) -> None:
    questions = [q for q in questions_of(seeded_db, 12) if q.format in (Format.TYPED, Format.LINE)][:2]
    controller = QuizController(seeded_db, questions, config=Config(), clock=clock, timer=clock.timer, exam=False)
    screen = QuizScreen(controller, input=pipe, output=SizedOutput(80, 30))
    _run(screen, pipe, questions[0].answer + CTRL_C)  # its verdict would show on Enter: stopping is not answering
    assert controller.report is not None and not controller.session.answers


def test_the_exam_screen_and_report_name_kinds_and_times_in_korean(
    seeded_db: Database, clock: FakeClock, pipe: PipeInput
) -> None:
    from quizzer.cards import kind_name
    from quizzer.i18n import set_language
    from quizzer.quiz.view import format_name

    set_language("ko")
    questions = questions_of(seeded_db, 6)
    kinds = {q.kind for q in questions}
    assert {kind for kind in kinds if kind_name(kind) != kind}, kinds  # the test can tell
    controller = QuizController(seeded_db, questions, config=Config(), clock=clock, timer=clock.timer, exam=True,
                                time_limit=300)
    screen = QuizScreen(controller, input=pipe, output=SizedOutput(80, 30))
    shown = text_of(screen)
    assert f"{format_name(questions[0].format)} · {kind_name(questions[0].kind)}" in shown
    _run(screen, pipe, CTRL_C)
    assert controller.report is not None
    console = Console(record=True, width=200, highlight=False, markup=False)
    print_report(controller.report, console)
    printed = console.export_text()
    assert "5분 00초" in printed and "5m" not in printed
    for kind in kinds:
        assert f"│ {kind_name(kind)} " in printed
        if kind_name(kind) != kind:
            assert f"│ {kind} " not in printed, kind


def test_tab_keeps_an_answer_typed_but_not_submitted_and_the_end_grades_it(seeded_db: Database, pipe: PipeInput) -> None:
    """Typing an answer, then Tab to look at another question, loses nothing: Shift-Tab shows
    it again, and the end of the exam grades it as it stands (as it does the one on screen)."""
    controller, screen, questions = _typed_exam(seeded_db, pipe, 3)
    session = controller.session
    seen: list[str] = []

    async def drive() -> None:
        task = asyncio.ensure_future(screen.run_async())
        pipe.send_text(questions[0].answer + TAB)  # typed, not submitted, then skipped
        await until(lambda: session.index == 1, "the skip")
        pipe.send_text("ls -la" + TAB)  # the second one too
        await until(lambda: session.index == 2, "the second skip")
        pipe.send_text(SHIFT_TAB + SHIFT_TAB)
        await until(lambda: session.index == 0, "the revisit")
        seen.append(screen.typed)
        pipe.send_text(TAB + TAB + CTRL_X)  # the third, empty, is the only one left unanswered
        await until(lambda: "unanswered" in screen.message, "the question")
        seen.append(screen.message)
        pipe.send_text(CTRL_X)
        await asyncio.wait_for(task, DEADLINE)

    asyncio.run(drive())
    assert seen[0] == questions[0].answer
    assert "1 question is unanswered and will count as wrong" in seen[1]
    report = controller.report
    assert report is not None and report.ended == "finished"
    assert [item.outcome for item in report.items] == [EXACT, WRONG, UNANSWERED]
    assert _stored(seeded_db) == [(EXACT, questions[0].answer), (WRONG, "ls -la"), (UNANSWERED, None)]


def test_a_draft_left_on_another_question_is_graded_when_the_time_runs_out(
    seeded_db: Database, clock: FakeClock, pipe: PipeInput
) -> None:
    questions = [q for q in questions_of(seeded_db, 12) if q.format in (Format.TYPED, Format.LINE)][:2]
    controller = QuizController(seeded_db, questions, config=Config(), clock=clock, timer=clock.timer, exam=True,
                                time_limit=300)
    screen = QuizScreen(controller, input=pipe, output=SizedOutput(80, 30))

    async def drive() -> None:
        task = asyncio.ensure_future(screen.run_async())
        pipe.send_text(questions[0].answer + TAB)
        await until(lambda: controller.session.index == 1, "the skip")
        clock.advance(seconds=400)
        await asyncio.wait_for(task, DEADLINE)

    asyncio.run(drive())
    report = controller.report
    assert report is not None and report.ended == "time"
    assert [item.outcome for item in report.items] == [EXACT, UNANSWERED]


def test_an_answer_may_begin_with_a_question_mark(db: Database, clock: FakeClock, pipe: PipeInput) -> None:
    """'?' on the empty box opened the help and the rest of '?문자열' was lost (found by qa5):
    typing on over the help closes it and keeps the '?'."""
    question = Question(Format.TYPED, "command", "vim", "8. 검색", "이 일을 하는 명령어를 입력하세요.",
                        "커서 위치에서 위로 탐색", answer="?문자열", accepted=("?문자열",))
    controller = QuizController(db, [question], config=Config(), clock=clock, timer=clock.timer, exam=True,
                                time_limit=600)
    screen = QuizScreen(controller, input=pipe, output=SizedOutput(80, 30))
    _run(screen, pipe, "?문자열" + CTRL_X)
    report = controller.report
    assert report is not None and [(item.outcome, item.typed) for item in report.items] == [(EXACT, "?문자열")]


def test_the_help_of_a_practice_quiz_does_not_claim_its_answers_are_saved() -> None:
    """A practice quiz stores nothing (with --schedule, only the answers graded into SM-2), yet
    its help said 'Ctrl-C stop; every answer so far is saved', as an exam's does."""
    from quizzer.quiz.view import help_keys

    assert dict(help_keys(True))["Ctrl-D"] == "stop; every answer so far is saved"
    assert dict(help_keys(False))["Ctrl-D"] == "stop and see the report"


@pytest.mark.parametrize("exam", [True, False])
def test_no_key_but_ctrl_d_acts_on_a_quiz_or_exam_too_small(seeded_db: Database, pipe: PipeInput, exam: bool) -> None:
    """Too small, the screen shows only 'press Ctrl-D to stop': ? opened the help, Tab moved on and
    Ctrl-X twice ended the exam; none may act (Ctrl-D and Ctrl-C stop)."""
    questions = [q for q in questions_of(seeded_db, 12) if q.format in (Format.TYPED, Format.LINE)][:2]
    clock = FakeClock()
    controller = QuizController(seeded_db, questions, config=Config(), clock=clock, timer=clock.timer, exam=exam,
                                time_limit=300 if exam else None)
    screen = QuizScreen(controller, input=pipe, output=SizedOutput(30, 10))
    _run(screen, pipe, "ls" + ENTER + "x?a" + TAB + CTRL_X + CTRL_X + "\x1bOP" + "\x04")  # \x1bOP: F1
    assert screen.box.text == "" and not screen.help and screen.message == "" and screen.drafts == {}
    assert controller.session.index == 0 and not controller.session.answered(0) and not screen.interrupted
    assert controller.report is not None and controller.report.ended == "stopped"


def verdict_small_then_tall(screen: QuizScreen, output: SizedOutput, pipe: PipeInput) -> list[str]:
    """The screen once its verdict shows, at the output's size and then 30 rows tall; Enter ends it."""
    drawn: list[str] = []

    async def drive() -> None:
        task = asyncio.ensure_future(screen.run_async())
        await until(lambda: screen.checked is not None, "the verdict")
        drawn.append(text_of(screen))
        output.size = Size(rows=30, columns=40)
        drawn.append(text_of(screen))
        pipe.send_text(ENTER)
        await asyncio.wait_for(task, DEADLINE)

    asyncio.run(drive())
    return drawn


def test_the_answer_shows_after_a_wrong_typed_answer_when_rows_are_short(
    seeded_db: Database, clock: FakeClock, pipe: PipeInput
) -> None:
    """At 40×14 the lines saying why an answer was wrong ('-x is not an option of this line. -y is not an
    option of this line. …') pushed the right answer behind '…': the person never saw it.  The why gives
    way; the answer stays.  (A different program's line is one sentence since c4c650d0, which fits.)"""
    question = Question(Format.TYPED, "command", "git", "s", "Type the command that does this.", "변경 사항을 스테이징",
                        answer="git add", accepted=("git add 파일",))
    controller = QuizController(seeded_db, [question], config=Config(), clock=clock, timer=clock.timer, exam=False)
    output = SizedOutput(40, 14)
    screen = QuizScreen(controller, input=pipe, output=output)
    pipe.send_text("git add -x -y -z a" + ENTER)
    drawn = verdict_small_then_tall(screen, output, pipe)
    small, tall = drawn
    assert len(small.split("\n")) == 14 and "✗ Wrong" in small and "Answer: git add" in small
    assert "-x is not an option of this line" in small and "…" in small  # as much of the why as fits
    flat = " ".join(tall.split())
    assert "› git add -x -y -z a" in flat and "Closest accepted answer: git add 파일" in flat and "…" not in tall
    assert "You typed" not in flat  # the answer box above shows it as submitted


def test_a_long_korean_typed_answer_shows_whole_within_the_width_when_rows_are_short(
    seeded_db: Database, clock: FakeClock, pipe: PipeInput
) -> None:
    """At 40×14 in Korean a typed line longer than the width was cut at the edge in the answer box, and
    the verdict's '입력한 답:' line repeating it went behind '…' (u-campaign2's finding 8): what was typed
    never showed whole.  The box wraps it by display width; the verdict does not repeat it."""
    question = Question(Format.TYPED, "command", "도커", "s", "이 일을 하는 명령어를 입력하세요.", "로그를 따라가며 본다",
                        answer="docker logs --follow", accepted=("docker logs --follow <컨테이너>",))
    controller = QuizController(seeded_db, [question], config=Config(), clock=clock, timer=clock.timer, exam=False)
    output = SizedOutput(40, 14)
    screen = QuizScreen(controller, input=pipe, output=output)
    typed = "docker logs --follow 아주긴이름의내컨테이너그리고또다른글자들"
    pipe.send_text(typed + ENTER)
    small, _tall = verdict_small_then_tall(screen, output, pipe)
    rows = small.split("\n")
    assert len(rows) == 14 and all(wcswidth(row) <= 40 for row in rows)
    assert "".join(small.split()).count("".join(typed.split())) == 1  # whole, and once
    assert "Answer: docker logs --follow" in " ".join(small.split())


def test_the_answer_shows_under_a_tall_question_when_rows_are_short(
    seeded_db: Database, clock: FakeClock, pipe: PipeInput
) -> None:
    """At 40×14 'write the line' with its flag meanings and values showed '✗ Wrong' then '…': the right
    line never showed (found by u-campaign).  The question's details give way to the answer."""
    question = Question(Format.TYPED, "flag", "d", "s", "Write the whole docker commit line that does all of this.",
                        "docker commit", answer="docker commit -a \"gs\" webserver1 web:1.0",
                        accepted=("docker commit -a \"gs\" webserver1 web:1.0",), context="커밋할 때 작성자 이름 붙이기",
                        details=("• author", "Values, in the order they appear:", "\"gs\" webserver1 web:1.0"))
    controller = QuizController(seeded_db, [question], config=Config(), clock=clock, timer=clock.timer, exam=False)
    output = SizedOutput(40, 14)
    screen = QuizScreen(controller, input=pipe, output=output)
    pipe.send_text("docker commit -m x webserver1" + ENTER)
    small, tall = (" ".join(text.split()) for text in verdict_small_then_tall(screen, output, pipe))
    assert "✗ Wrong" in small and 'Answer: docker commit -a "gs" webserver1 web:1.0' in small
    assert "• author" in tall  # where they fit, the details stay


def test_a_choice_verdict_shows_when_rows_are_short(seeded_db: Database, clock: FakeClock, pipe: PipeInput) -> None:
    """At 40×14 a multiple-choice question with a choice over two lines put its verdict behind '…'
    once answered: the person never saw whether the number pressed was right, nor the right answer
    (found by u-campaign).  The choices give way to the verdict, which names both."""
    choices = ("이미지를 보관하는 저장소 굵게 link 그리고 더 긴 설명", "이미지를 지운다", "터미널 색이다", "이미지를 실행한 프로세스 묶음")
    question = Question(Format.CHOICE, "concept", "d", "s", "이 용어는 무슨 뜻인가요?", "색 출력 예",
                        answer=choices[2], key="3", choices=choices)
    controller = QuizController(seeded_db, [question], config=Config(), clock=clock, timer=clock.timer, exam=False)
    output = SizedOutput(40, 14)
    screen = QuizScreen(controller, input=pipe, output=output)
    pipe.send_text("2")
    drawn = verdict_small_then_tall(screen, output, pipe)
    small, tall = (" ".join(text.split()) for text in drawn)
    assert len(drawn[0].split("\n")) == 14
    assert "Wrong. You chose: 이미지를 지운다" in small and "Answer: 3. 터미널 색이다" in small and "…" not in small
    assert "1 이미지를 보관하는" in tall and "Answer: 3. 터미널 색이다" in tall  # where they fit, the choices stay


def test_an_order_verdict_stays_one_whole_sentence_when_rows_are_short(
    seeded_db: Database, clock: FakeClock, pipe: PipeInput
) -> None:
    """The lines saying why gave way line by line, and an order's verdict, one sentence over two lines
    at 40 columns, lost its end ('Wrong. 2 of 8 steps in the right' without 'place.')."""
    steps = tuple(f"step {n} of a long procedure with many words in it" for n in range(1, 9))
    question = Question(Format.ORDER, "step", "d", "s", "Put the steps in order: type their letters.", "",
                        answer=" → ".join(steps), key="ABCDEFGH", choices=steps)
    controller = QuizController(seeded_db, [question], config=Config(), clock=clock, timer=clock.timer, exam=False)
    screen = QuizScreen(controller, input=pipe, output=SizedOutput(40, 14))
    pipe.send_text("BACDEFHG" + ENTER)
    drawn: list[str] = []

    async def drive() -> None:
        task = asyncio.ensure_future(screen.run_async())
        await until(lambda: screen.checked is not None, "the verdict")
        drawn.append(text_of(screen))
        pipe.send_text(ENTER)
        await asyncio.wait_for(task, DEADLINE)

    asyncio.run(drive())
    assert "Wrong. 4 of 8 steps in the right place." in " ".join(drawn[0].split())


def test_a_terminal_colour_code_typed_into_the_answer_is_dropped_not_a_traceback(
        seeded_db: Database, pipe: PipeInput) -> None:
    """A colour code pasted or sent with the keys (ESC [31m, as a terminal's own output holds) was read by
    prompt-toolkit as a mouse report it could not parse: a traceback over the exam, 'Press ENTER to
    continue', and the keys after it lost.  quizzer reads no mouse: the sequence is dropped, the rest typed."""
    controller, screen, questions = _typed_exam(seeded_db, pipe, 1)
    _run(screen, pipe, "ls \x1b[31m-la\x1b[0m" + CTRL_X)
    assert _stored(seeded_db) == [(WRONG, "ls -la")]


def test_a_colour_code_in_a_pasted_answer_is_dropped_whole(seeded_db: Database, pipe: PipeInput) -> None:
    """u-campaign3's 11: pasted (bracketed paste), ``docker ESC[31mpull ESC[0m`` lost only its ESC bytes and
    was stored and judged as ``docker [31mpull [0m``: the verdict named ``docker`` and never the word typed.
    The whole sequence goes, as it does when the same keys are typed."""
    controller, screen, questions = _typed_exam(seeded_db, pipe, 1)
    _run(screen, pipe, "\x1b[200~ls \x1b[31m-la\x1b[0m\x1b[201~" + CTRL_X)
    assert _stored(seeded_db) == [(WRONG, "ls -la")]


def test_a_tab_in_a_pasted_answer_parts_its_words_as_a_space_does(seeded_db: Database, pipe: PipeInput) -> None:
    """u-campaign6: ``git add<TAB>README.md`` pasted (a line copied from a file or a table) lost its tab and was
    judged as ``git addREADME.md``: wrong.  A shell reads a tab as a space; so does the answer box."""
    controller, screen, questions = _typed_exam(seeded_db, pipe, 1)
    answer = questions[0].answer
    assert " " in answer
    _run(screen, pipe, "\x1b[200~" + answer.replace(" ", "\t") + "\x1b[201~" + CTRL_X)
    assert _stored(seeded_db) == [(EXACT, answer)]


@pytest.mark.parametrize("exam", [False, True])
def test_a_choice_questions_key_bar_names_the_numbers_not_enter(
        seeded_db: Database, clock: FakeClock, pipe: PipeInput, exam: bool) -> None:
    """u-campaign4: an exam's multiple-choice question said 'Enter answer' under its choices, and Enter there
    only says to choose with a number; the bar names the numbers that answer."""
    choices = ("git add", "git log", "git push")
    question = Question(Format.CHOICE, "command", "d", "s", "Which command does this?", "send commits",
                        answer=choices[2], key="3", choices=choices)
    controller = QuizController(seeded_db, [question], config=Config(), clock=clock, timer=clock.timer, exam=exam,
                                time_limit=1200 if exam else None)
    shown = " ".join(text_of(QuizScreen(controller, input=pipe, output=SizedOutput(100, 30))).split())
    assert "1–3 answer · " in shown and "Enter answer" not in shown, shown


def test_a_step_choice_names_its_procedure_once(db: Database, clock: FakeClock) -> None:
    """'Which is step 3 of 백업 과정?' and under it '백업 과정' again: the prompt of a step's choice names the
    procedure, as an order question's does, which shows no text under it (u-campaign8's left item)."""
    from quizzer.quiz.build import choice_question

    steps = [Fact(n, "d", "step", f"백업 과정 — step {n}", f"{n}단계 일", section=("백업 과정",), position=n,
                  card_ids=(n * 10,)) for n in (1, 2, 3, 4)]
    question = choice_question(steps[2], steps, random.Random(1))
    assert question is not None and question.format is Format.CHOICE
    drawn = text_of(screen_for(db, clock, [question], SizedOutput(80, 30)))
    lines = [line.strip() for line in drawn.split("\n")]
    assert "백업 과정" not in lines, drawn  # the header names the section, the prompt the procedure: no line again
    assert any(line.startswith("백업 과정에서 3단계는") for line in lines), drawn


def test_an_almost_counted_as_right_says_so_once_and_not_over_the_next_question(
    seeded_db: Database, clock: FakeClock, pipe: PipeInput
) -> None:
    """'a' on an almost showed 'Counted as right (your call).' and under it 'Counted as right.', which then
    stood under the next question too; so did any message of the verdict's screen (u-campaign9)."""
    controller, screen = _practice_of_an_almost(seeded_db, clock, pipe)
    drawn: list[str] = []

    async def drive() -> None:
        task = asyncio.ensure_future(screen.run_async())
        await _overrule_the_almost(screen, pipe)
        drawn.append(text_of(screen))
        pipe.send_text(ENTER)
        await until(lambda: screen.session.index == 1, "the next question")
        drawn.append(text_of(screen))
        pipe.send_text("2" + ENTER)
        await asyncio.wait_for(task, DEADLINE)

    asyncio.run(drive())
    assert drawn[0].count("Counted as right") == 1, drawn[0]
    assert "Counted as right" not in drawn[1], drawn[1]
