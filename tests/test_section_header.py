"""The heading shown over a question never says its answer.

A card read from a heading over its command ('## Start the docker on macOS' over
`open -a Docker`) has the heading as its answer; the review and quiz headers showed the
note's last heading, so 'What does this command do? open -a Docker' came with
'21-docker-example-flags-en · Start the docker on macOS' above it (found by qa5)."""

from __future__ import annotations

import pytest
from conftest import FakeClock, MadeDeck, make_deck
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from quizzer.cards import section_without_answer
from quizzer.config import Config
from quizzer.db import Database
from quizzer.db.models import Note
from quizzer.quiz.controller import QuizController
from quizzer.quiz.model import Format, Question
from quizzer.quiz.screen import QuizScreen
from quizzer.review.controller import Controller
from quizzer.tui import ReviewScreen

HEADING = "Start the docker on macOS"


class SizedOutput(DummyOutput):
    def __init__(self, columns: int = 100, rows: int = 30) -> None:
        super().__init__()
        self.size = Size(rows=rows, columns=columns)

    def get_size(self) -> Size:
        return self.size


def test_the_headings_that_say_the_answer_are_left_out() -> None:
    assert section_without_answer(("Docker", HEADING), HEADING) == ("Docker",)
    assert section_without_answer(("Docker", "Start the Docker on macOS:"), "start the docker on macOS") == ("Docker",)
    assert section_without_answer(("도커", "3. 컨테이너 실행"), "컨테이너 실행") == ("도커",)  # its number aside
    assert section_without_answer(("도커", "3. 컨테이너 실행"), "컨테이너 실행 중") == ("도커", "3. 컨테이너 실행")
    assert section_without_answer(("Docker", "Containers"), "list the containers") == ("Docker", "Containers")
    assert section_without_answer((), HEADING) == ()


@pytest.fixture
def deck(db: Database) -> MadeDeck:
    made = make_deck(db, "flags", 1, reversible=False)
    with db.session() as s:
        note = s.get_one(Note, made.note_ids[0])
        note.front, note.back, note.section = "open -a Docker", HEADING, ["Docker", HEADING]
    return made


def test_the_review_header_does_not_show_the_answer(db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    controller = Controller(db, config=Config(), clock=clock, timer=clock.timer)
    with create_pipe_input() as inp:
        screen = ReviewScreen(controller, input=inp, output=SizedOutput())
    text = "".join(fragment[1] for fragment in screen._fragments())  # noqa: SLF001 - what the screen draws
    header = text.split("\n")[0]
    assert header.startswith("flags") and "Docker" in header and HEADING not in header
    assert "open -a Docker" in text and HEADING not in text  # the answer is not on the screen before Space


def test_the_quiz_header_does_not_show_the_answer(db: Database, clock: FakeClock) -> None:
    question = Question(Format.CHOICE, "command", "flags", HEADING, "What does this command do?", "open -a Docker",
                        answer=HEADING, key="1", choices=(HEADING, "Stop the docker", "List images", "Pull an image"))
    controller = QuizController(db, [question], config=Config(), clock=clock, timer=clock.timer, exam=False)
    with create_pipe_input() as inp:
        screen = QuizScreen(controller, input=inp, output=SizedOutput())
    header = "".join(fragment[1] for fragment in screen._fragments()).split("\n")[0]  # noqa: SLF001
    assert "flags" in header and HEADING not in header
