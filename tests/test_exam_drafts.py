"""An exam's drafts (what was typed to a question and not submitted) outlive a crash: the screen
stores one when typing pauses and when the person moves to another question, an answer given
clears it, and an exam cut off shows it again when resumed, or grades it when scored as it stands."""

from __future__ import annotations

import asyncio
import random
from pathlib import Path

import pytest
from conftest import FakeClock, run_cli
from prompt_toolkit.input import PipeInput
from sqlalchemy import select

from quizzer.config import Config
from quizzer.db import Database
from quizzer.db.models import ExamAnswer
from quizzer.db.queries import all_decks
from quizzer.quiz.build import build_questions
from quizzer.quiz.controller import QuizController
from quizzer.quiz.live import exam_running
from quizzer.quiz.model import Format, Question
from quizzer.quiz.screen import QuizScreen
from quizzer.quiz.store import Unfinished, load_facts, unfinished_exam

from tests.test_quiz_tui import CTRL_C, DEADLINE, TAB, SizedOutput, until

DECKS = ["docker-containers.ko"]


def typed_questions(db: Database, count: int) -> list[Question]:
    with db.reading() as s:
        facts = load_facts(s, all_decks(s))
    return build_questions(facts, random.Random(5), count=count, formats={Format.TYPED})


def exam(db: Database, clock: FakeClock, questions: list[Question], resume: Unfinished | None = None) -> QuizController:
    return QuizController(db, questions, config=Config(), clock=clock, timer=clock.timer, exam=True,
                          time_limit=600, seed=3, decks=DECKS, resume=resume)


def stored_drafts(db: Database) -> dict[int, str | None]:
    with db.reading() as s:
        return {row.position: row.draft for row in s.scalars(select(ExamAnswer).order_by(ExamAnswer.position))}


def cut_off(db: Database) -> Unfinished:
    with db.reading() as s:
        cut = unfinished_exam(s, DECKS, running=lambda exam_id: exam_running(db.path, exam_id))
    assert cut is not None
    return cut


def test_a_draft_is_stored_when_typing_pauses_and_shown_again_after_a_crash(
    seeded_db: Database, clock: FakeClock, pipe: PipeInput
) -> None:
    questions = typed_questions(seeded_db, 2)
    controller = exam(seeded_db, clock, questions)
    screen = QuizScreen(controller, input=pipe, output=SizedOutput(80, 30))

    async def drive() -> None:
        task = asyncio.ensure_future(screen.run_async())
        await until(lambda: screen.app.is_running, "the screen")
        pipe.send_text("docker half")
        await until(lambda: screen.box.text == "docker half", "the typing")
        await asyncio.sleep(0.3)  # the screen sees the text: typing has stopped
        assert stored_drafts(seeded_db) == {}  # not yet: the person may be typing on
        clock.advance(seconds=2)  # a pause
        await until(lambda: stored_drafts(seeded_db) == {0: "docker half"}, "the draft stored")
        screen.app.exit()  # kill -9: nothing more is written, and the exam's lock goes with the program
        await asyncio.wait_for(task, DEADLINE)
        controller._release()  # noqa: SLF001

    asyncio.run(drive())
    cut = cut_off(seeded_db)
    assert cut.drafts == {0: "docker half"} and cut.answers == {}
    resumed = exam(seeded_db, clock, list(cut.questions), resume=cut)
    assert QuizScreen(resumed, input=pipe, output=SizedOutput(80, 30)).box.text == "docker half"


def test_a_draft_left_with_tab_is_stored_and_an_answer_clears_it(seeded_db: Database, clock: FakeClock) -> None:
    questions = typed_questions(seeded_db, 3)
    controller = exam(seeded_db, clock, questions)
    controller.keep_draft(0, "docker ru")
    controller.session.go(1)
    controller.answer("ls -la")  # another question answered (and the time of question 0 stored): the draft stays
    assert stored_drafts(seeded_db) == {0: "docker ru", 1: None}
    controller.session.go(0)
    controller.answer("docker run")
    assert stored_drafts(seeded_db)[0] is None and controller.drafts == {}


def test_an_exam_cut_off_and_scored_as_it_stands_grades_its_drafts(seeded_db: Database, clock: FakeClock) -> None:
    questions = typed_questions(seeded_db, 2)
    first = exam(seeded_db, clock, questions)
    first.keep_draft(1, questions[1].answer)
    first._release()  # noqa: SLF001 - kill -9
    del first
    cut = cut_off(seeded_db)
    report = exam(seeded_db, clock, list(cut.questions), resume=cut).finish("stopped")
    assert (report.score, report.unanswered) == (1, 1)


def test_a_move_with_tab_stores_the_draft(seeded_db: Database, clock: FakeClock, pipe: PipeInput) -> None:
    controller = exam(seeded_db, clock, typed_questions(seeded_db, 2))
    screen = QuizScreen(controller, input=pipe, output=SizedOutput(80, 30))

    async def drive() -> None:
        task = asyncio.ensure_future(screen.run_async())
        await until(lambda: screen.app.is_running, "the screen")
        pipe.send_text("git st" + TAB)
        await until(lambda: controller.session.index == 1, "the move")
        assert stored_drafts(seeded_db) == {0: "git st"}
        pipe.send_text(CTRL_C)
        await asyncio.wait_for(task, DEADLINE)

    asyncio.run(drive())


def test_the_offer_of_an_exam_cut_off_says_its_drafts_were_kept(
    seeded_db: Database, clock: FakeClock, db_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """'0 of 2 answered' alone read as if the half-typed answer were lost."""
    import quizzer.commands.quiz
    import quizzer.screen

    questions = typed_questions(seeded_db, 2)
    first = exam(seeded_db, clock, questions)
    first.keep_draft(0, "docker")
    first._release()  # noqa: SLF001 - kill -9
    del first
    seeded_db.close()
    monkeypatch.setattr(quizzer.commands.quiz, "_need_terminal", lambda **_: None)
    monkeypatch.setattr(quizzer.screen, "ask_choice", lambda question, keys: None)  # Ctrl-D at the offer
    rc, out, err = run_cli(capsys, "--db", str(db_path), "exam", *DECKS)
    assert rc == 0, err
    assert "1 answer typed and not submitted was kept: r shows it again, s grades it." in out


def test_a_draft_that_cannot_be_stored_stays_the_screens(
    seeded_db: Database, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stored from the screen's ticker, a failure (a full disk) must not end the exam with a traceback."""
    import quizzer.quiz.store
    from quizzer.errors import QuizzerError

    controller = exam(seeded_db, clock, typed_questions(seeded_db, 2))

    def full_disk(*args: object, **kwargs: object) -> None:
        raise QuizzerError("The disk is full.")

    monkeypatch.setattr(quizzer.quiz.store, "save_draft", full_disk)
    controller.keep_draft(0, "docker")
    assert controller.drafts == {}  # not stored: tried again at the next pause
    monkeypatch.undo()
    controller.keep_draft(0, "docker")
    assert stored_drafts(seeded_db) == {0: "docker"}


def test_the_drafts_line_of_the_offer_is_wrapped_on_a_terminal(
    seeded_db: Database, clock: FakeClock, db_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """u-campaign6: printed whole, the line ran past a 100-column terminal (Korean: 104 cells) and the
    offer's question, drawn after it, wrote over its wrapped end: "… s는 그 답까지 채점합." """
    import quizzer.commands.common
    import quizzer.commands.quiz
    import quizzer.screen

    first = exam(seeded_db, clock, typed_questions(seeded_db, 2))
    first.keep_draft(0, "docker")
    first._release()  # noqa: SLF001 - kill -9
    del first
    seeded_db.close()
    monkeypatch.setattr(quizzer.commands.quiz, "_need_terminal", lambda **_: None)
    monkeypatch.setattr(quizzer.screen, "ask_choice", lambda question, keys: None)
    monkeypatch.setattr(quizzer.commands.common, "terminal_width", lambda stream=None: 40)
    rc, out, err = run_cli(capsys, "--db", str(db_path), "exam", *DECKS)
    assert rc == 0, err
    lines = out.splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith("1 answer typed"))
    assert " ".join(lines[start:start + 3]).startswith("1 answer typed and not submitted was kept: r shows it again, s")
    assert all(len(line) <= 40 for line in lines[start:start + 3])
