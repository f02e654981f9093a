"""``quizzer exam --history`` at 80 columns: no date, time or deck name is cut."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from rich.console import Console

from quizzer.i18n import set_language
from quizzer.quiz.render import print_history
from quizzer.quiz.store import ExamRow

UTC = dt.timezone.utc
ROWS = [
    ExamRow(12, dt.datetime(2026, 11, 29, 12, 5, tzinfo=UTC), "time", ("docker-containers.ko", "git"), 20, 13, 18, 17.5),
    ExamRow(3, dt.datetime(2026, 11, 28, 12, 0, tzinfo=UTC), "unfinished", ("쿠버네티스-기본-명령어",), 5, 5, 5, None),
]


@pytest.mark.parametrize("language", ["en", "ko"])
def test_history_keeps_dates_and_deck_names_whole_at_80_columns(language: str) -> None:
    console = Console(width=80, record=True, highlight=False, markup=False, emoji=False)
    set_language(language)
    try:
        print_history(ROWS, console)
    finally:
        set_language("en")
    lines = console.export_text().splitlines()
    assert all(console.measure(line).maximum <= 80 for line in lines)
    text = "\n".join(lines)
    assert len(re.findall(r"\b\d{4}-\d{2}-\d{2}\b", text)) == 2  # each date whole, on one line
    assert len(re.findall(r"\b\d{2}:\d{2}\b", text)) == 2
    for name in ("docker-containers.ko", "git", "쿠버네티스-기본-명령어"):
        assert name in text
