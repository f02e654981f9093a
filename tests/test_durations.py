"""One way to write a duration, in both languages (u-polish).  The interface wrote time three ways: the
review's end '0m 12s', stats '9 s' and '27 min', the exam '12s' (and '123m 00s' past an hour); now
every screen that shows how long something took says it through :func:`quizzer.durations.duration_text`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from rich.console import Console

from quizzer import i18n
from quizzer.durations import duration_text
from quizzer.i18n import set_language
from quizzer.quiz.render import print_history
from quizzer.quiz.store import ExamRow
from quizzer.review.controller import Summary
from quizzer.summary import summary_lines

PACKAGE = Path(i18n.__file__).parent


@pytest.mark.parametrize(("seconds", "english", "korean"), [
    (0, "0s", "0초"),
    (9.4, "9s", "9초"),
    (59.4, "59s", "59초"),
    (59.6, "1m 00s", "1분 00초"),
    (125, "2m 05s", "2분 05초"),
    (3599.4, "59m 59s", "59분 59초"),
    (3600, "1h 00m", "1시간 00분"),
    (7380, "2h 03m", "2시간 03분"),
    (-3, "0s", "0초"),  # a clock set back never shows a negative time
])
def test_known_durations_in_both_languages(seconds: float, english: str, korean: str) -> None:
    assert duration_text(seconds) == english
    set_language("ko")
    try:
        assert duration_text(seconds) == korean
    finally:
        set_language("en")


def test_the_review_end_says_twelve_seconds_as_the_exam_does() -> None:
    summary = Summary(cards=2, seconds=12, grades={5: 2}, tomorrow=0)
    assert summary_lines(summary, finished=True)[1] == "Cards answered: 2 in 12s  (grades 5: 2)"
    long = Summary(cards=300, seconds=4500, grades={4: 300}, tomorrow=0)
    assert summary_lines(long, finished=True)[1] == "Cards answered: 300 in 1h 15m  (grades 4: 300)"
    set_language("ko")
    try:
        assert summary_lines(summary, finished=True)[1] == "답한 카드: 2장, 12초  (점수 5: 2)"
    finally:
        set_language("en")


def test_the_exam_history_says_an_exam_of_two_hours_in_hours() -> None:
    """'123m 00s' in the history for an exam of two hours and three minutes."""
    row = ExamRow(1, dt.datetime(2026, 11, 29, 12, 5, tzinfo=dt.timezone.utc), "finished", ("git",), 5, 4, 5, 123.0)
    console = Console(width=100, record=True, highlight=False, markup=False, emoji=False)
    print_history([row], console)
    text = console.export_text()
    assert "2h 03m" in text and "123m" not in text


def test_no_other_message_writes_a_duration() -> None:
    """A message that puts seconds, minutes or hours in a sentence by itself is a second way: every
    duration goes in whole, as {time} (or another name), made by duration_text."""
    own = PACKAGE / "durations.py"
    others = sorted(
        (filename, message) for filename, _line, message, _comments, _context in extract_from_dir(str(PACKAGE))
        for text in ([message] if isinstance(message, str) else [m for m in message if m])
        if any(name in text for name in ("{seconds", "{minutes", "{hours")) and PACKAGE / filename != own
    )
    assert not others, others
