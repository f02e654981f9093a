"""What a new Korean user met at 40 columns (tmux, LANG=ko_KR.UTF-8): the quiz's key bar wrapped
between a key and what it does ('… · Ctrl-C' over '멈추기'), the exam's put '?' at the end of a line
and '도움말' under it, and the check's put a line's '·' first ('… 막아 두기' over '· o 하나씩').
A key bar now breaks between its keys, each one whole."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from conftest import FakeClock
from prompt_toolkit.input import PipeInput, create_pipe_input
from test_check_screen import shape
from test_quiz_tui import SizedOutput, questions_of, text_of
from wcwidth import wcswidth

from quizzer.check_session import CheckSession
from quizzer.check_view import keys_lines
from quizzer.config import Config
from quizzer.db import Database
from quizzer.i18n import _, set_language
from quizzer.quiz.controller import QuizController
from quizzer.quiz.screen import QuizScreen


@pytest.fixture
def korean() -> Iterator[None]:
    set_language("ko")
    yield
    set_language("en")


@pytest.fixture
def pipe() -> Iterator[PipeInput]:
    with create_pipe_input() as inp:
        yield inp


def _bar_lines(shown: str, keys: list[str]) -> list[str]:
    """The last lines of the screen, from the first that holds one of ``keys``."""
    lines = shown.rstrip("\n").split("\n")
    first = next(n for n, line in enumerate(lines) if any(key in line for key in keys))
    return lines[first:]


@pytest.mark.parametrize("exam", [False, True])
def test_the_quiz_and_exam_key_bars_break_between_keys_at_40_columns(
        seeded_db: Database, clock: FakeClock, pipe: PipeInput, korean: None, exam: bool) -> None:
    controller = QuizController(seeded_db, questions_of(seeded_db, 3), config=Config(), clock=clock,
                                timer=clock.timer, exam=exam, time_limit=1200 if exam else None)
    screen = QuizScreen(controller, input=pipe, output=SizedOutput(40, 30))
    bar = (_("Enter answer · Tab skip · Shift-Tab back · Ctrl-X end · ? help") if exam
           else _("Enter answer · ? help · Ctrl-C stop"))
    keys = bar.split(" · ")
    lines = _bar_lines(text_of(screen), keys)
    assert all(wcswidth(line) <= 40 for line in lines), lines
    assert sorted(key for line in lines for key in line.split(" · ")) == sorted(keys), lines  # each key whole


def test_the_checks_key_line_breaks_between_keys_at_40_columns(korean: None) -> None:
    session = CheckSession([shape(0, 4)])
    lines = keys_lines(session, cols=40)
    assert len(lines) > 1 and all(wcswidth(line) <= 40 for line in lines), lines
    assert not any(line.startswith("·") or line.endswith("·") for line in lines), lines
    assert " · ".join(lines).split(" · ") == [part for line in lines for part in line.split(" · ")]
