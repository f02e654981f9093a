"""What a new Korean user met at 40 columns (tmux, LANG=ko_KR.UTF-8): the quiz's key bar wrapped
between a key and what it does ('… · Ctrl-C' over '멈추기'), the exam's put '?' at the end of a line
and '도움말' under it, and the check's put a line's '·' first ('… 막아 두기' over '· o 하나씩').
A key bar now breaks between its keys, each one whole."""

from __future__ import annotations


import pytest
from conftest import FakeClock
from prompt_toolkit.input import PipeInput
from test_check_screen import shape
from test_quiz_tui import SizedOutput, questions_of, text_of
from wcwidth import wcswidth

from quizzer.check_session import CheckSession
from quizzer.check_view import keys_lines
from quizzer.config import Config
from quizzer.db import Database
from quizzer.i18n import _, ngettext, set_language
from quizzer.quiz.controller import QuizController
from quizzer.quiz.screen import QuizScreen
from quizzer.text import key_bar


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
           else _("Enter answer · ? help · Ctrl-D stop"))
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


def _words(lines: list[str]) -> list[str]:
    return [word for line in lines for word in line.split() if word != "·"]


def _checks_keys(one_by_one: bool, both_ways: bool) -> tuple[CheckSession, str]:
    session = CheckSession([shape(0, 3, both_ways=both_ways)])
    if one_by_one:
        session.press("o")
        count = len(session.note_cards())
        return session, ngettext("y keep this card · n hold it back · s the rest later (answers stay) · q quit",
                                 "y keep this note's {count} cards · n hold them back · s the rest later "
                                 "(answers stay) · q quit", count).format(count=count)
    count = len(session.shapes[0].cards)
    return session, ngettext("y keep it · n hold it back · o one by one · s skip for now · q quit",
                             "y keep all {count} · n hold all {count} back · o one by one · s skip for now · q quit",
                             count).format(count=count)


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize("one_by_one", [False, True])
@pytest.mark.parametrize("both_ways", [False, True])
@pytest.mark.parametrize("cols", [20, 22, 24, 26, 28, 30, 32, 36, 40, 60, 80])
def test_every_key_of_the_checks_key_bar_shows_at_any_width_from_20_columns(
        language: str, one_by_one: bool, both_ways: bool, cols: int) -> None:
    """review5: at 20-28 columns (20-32 in Korean) one by one, and at 20 for a group, the key bar cut
    its last lines for '…': no 's', no 'q quit' / 'q 끝내기'.  Every key shows, each key's letter on the
    line of the word after it, no line starting with the '·' between two keys."""
    set_language(language)
    try:
        session, bar = _checks_keys(one_by_one, both_ways)
        lines = keys_lines(session, cols=cols)
    finally:
        set_language("en")
    assert all(wcswidth(line) <= cols for line in lines), lines
    assert _words(lines) == _words([bar]), lines  # every word of every key, in order, nothing cut
    assert not any(line.startswith("·") for line in lines), lines
    keys = bar.split(" · ")
    for key in keys:  # its letter and the word it stands for on one line
        assert any(" ".join(key.split()[:2]) in line for line in lines), (key, lines)
    assert any(key.split()[0] == "q" for key in keys)  # quit among them
    assert len(lines) <= 5, lines


@pytest.mark.parametrize("cols", [20, 24, 28, 40])
@pytest.mark.parametrize("bar", [
    "Enter answer · Tab skip · Shift-Tab back · Ctrl-X end · ? help",
    "정답 입력 · Tab 건너뛰기 · Shift-Tab 이전 · Ctrl-X 끝내기 · ? 도움말",
])
def test_a_key_bar_breaks_between_keys_where_it_can_and_never_drops_one(cols: int, bar: str) -> None:
    lines = key_bar(bar, cols)
    assert all(wcswidth(line) <= cols for line in lines), lines
    assert _words(lines) == _words([bar]), lines
    assert not any(line.startswith("·") for line in lines), lines
    if cols >= 28:  # room for a key a line in four lines or fewer: each key whole
        assert sorted(part for line in lines for part in line.split(" · ")) == sorted(bar.split(" · ")), lines
