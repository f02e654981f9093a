"""A quiz or exam that could make fewer questions than asked for says so in its report
(a deck of three commands asked for ``-n 4`` multiple-choice questions gave one, unexplained)."""

from __future__ import annotations

import io
import random

from conftest import FakeClock
from rich.console import Console

from quizzer.config import Config
from quizzer.db import Database
from quizzer.db.queries import all_decks
from quizzer.quiz.build import build_questions
from quizzer.quiz.controller import QuizController
from quizzer.quiz.render import print_report
from quizzer.quiz.store import load_facts


def report_text(db: Database, clock: FakeClock, count: int, asked: int | None, language: str = "en") -> str:
    from quizzer.i18n import set_language

    set_language(language)
    with db.reading() as s:
        facts = load_facts(s, all_decks(s))
    questions = build_questions(facts, random.Random(3), count=count)[:count]
    controller = QuizController(db, questions, config=Config(), clock=clock, timer=clock.timer, exam=False)
    report = controller.finish("finished")
    console = Console(width=100, file=io.StringIO(), color_system=None, highlight=False, markup=False)
    print_report(report, console, asked=asked)
    return console.file.getvalue()  # type: ignore[attr-defined, no-any-return]


def test_fewer_questions_than_asked_are_explained(seeded_db: Database, clock: FakeClock) -> None:
    text = report_text(seeded_db, clock, 2, 20)
    assert "Only 2 questions could be made from these notes (20 were asked for)." in text
    assert "이 노트로는 2문제만 만들 수 있었습니다 (요청: 20문제)." in report_text(seeded_db, clock, 2, 20, "ko")


def test_as_many_as_asked_say_nothing_more(seeded_db: Database, clock: FakeClock) -> None:
    assert "could be made" not in report_text(seeded_db, clock, 2, 2)
    assert "could be made" not in report_text(seeded_db, clock, 2, None)


def test_a_narrow_terminal_lists_the_missed_questions_with_their_words_whole(seeded_db: Database, clock: FakeClock) -> None:
    """At 40 columns the missed questions' five columns broke every word ('comman' / 'd',
    'contai' / 'ner'; found by qa5): narrow, each question is listed with its answer under it."""
    from quizzer.i18n import set_language

    for language, answer, typed in (("en", "Answer: ", "Your answer: (no answer)"), ("ko", "정답: ", "내 답: (답 없음)")):
        set_language(language)
        with seeded_db.reading() as s:
            facts = load_facts(s, all_decks(s))
        questions = build_questions(facts, random.Random(3), count=3)[:3]
        controller = QuizController(seeded_db, questions, config=Config(), clock=clock, timer=clock.timer, exam=False)
        report = controller.finish("finished")
        console = Console(width=40, file=io.StringIO(), color_system=None, highlight=False, markup=False)
        print_report(report, console)
        text = console.file.getvalue()  # type: ignore[attr-defined]
        lines = text.splitlines()
        assert report.missed
        for item in report.missed:
            for word in item.question.prompt.split() + item.question.text.split():
                assert any(word in line for line in lines), (word, text)
        assert text.count(answer) == len(report.missed) and text.count(typed) == len(report.missed)
        assert all(len(line) <= 40 for line in lines)


def test_a_practice_stopped_early_reports_the_questions_it_reached(seeded_db: Database, clock: FakeClock) -> None:
    """Ctrl-D on the second of four practice questions reported 'Quiz: 1 of 4 right (25%)', the two never shown
    counted wrong and listed as missed with their answers (u-campaign9).  An exam still counts them: its
    questions were all set."""
    from quizzer.quiz.model import Format

    with seeded_db.reading() as s:
        facts = load_facts(s, all_decks(s))
    questions = build_questions(facts, random.Random(3), count=4)[:4]
    assert len(questions) == 4
    controller = QuizController(seeded_db, questions, config=Config(), clock=clock, timer=clock.timer, exam=False)
    first = questions[0]
    controller.answer(first.key if first.format in (Format.CHOICE, Format.ORDER) else first.answer)
    controller.settle()
    controller.session.next()
    report = controller.finish("stopped")
    assert [item.number for item in report.items] == [1, 2] and report.score == 1
    console = Console(width=100, file=io.StringIO(), color_system=None, highlight=False, markup=False)
    print_report(report, console, asked=4, made=4)
    text = console.file.getvalue()  # type: ignore[attr-defined]
    assert "Quiz: 1 of 2 right" in text and "could be made" not in text
