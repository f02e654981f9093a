"""``quizzer exam --history`` at 80 columns: no date, time or deck name is cut."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from rich.cells import cell_len as console_width
from rich.console import Console

from quizzer.i18n import _, set_language
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


LONG = "a-very-long-deck-name-about-kubernetes-networking-and-storage"


@pytest.mark.parametrize("language", ["en", "ko"])
def test_a_long_deck_name_folds_and_the_ending_keeps_its_words_whole(language: str) -> None:
    """The deck name gives way (it goes on over lines), never 'finished' split mid-word."""
    rows = [*ROWS, ExamRow(14, dt.datetime(2026, 11, 27, 9, 0, tzinfo=UTC), "finished", (LONG,), 5, 4, 5, 123.0),
            ExamRow(15, dt.datetime(2026, 11, 27, 10, 0, tzinfo=UTC), "stopped", (LONG,), 5, 1, 2, 3.0)]
    console = Console(width=80, record=True, highlight=False, markup=False, emoji=False)
    set_language(language)
    try:
        print_history(rows, console)
        words = {word for label in ("finished", "time ran out", "stopped", "not finished")
                 for word in _(label).split()}
    finally:
        set_language("en")
    lines = console.export_text().splitlines()
    assert all(console.measure(line).maximum <= 80 for line in lines)
    cells = {cell for line in lines for cell in line.split()}
    assert words <= cells, words - cells  # every word of every ending whole on its line
    assert "…" not in "\n".join(lines)
    for name in ("docker-containers.ko", "쿠버네티스-기본-명령어"):
        assert name in cells


@pytest.mark.parametrize("language", ["en", "ko"])
def test_at_40_columns_each_exam_is_listed_with_every_figure(language: str) -> None:
    """At 40 columns the table dropped the decks and the ending, and cut the percentages to '…'
    (found by qa5): narrow, each exam is a few lines with all of them."""
    console = Console(width=40, record=True, highlight=False, markup=False, emoji=False)
    set_language(language)
    try:
        print_history(ROWS, console)
        endings = [_("time ran out"), _("not finished")]
        scores = [_("Exam {id}: {score} of {total} right ({percent}%)").format(
            id=row.id, score=row.right, total=row.questions, percent=row.percent) for row in ROWS]
    finally:
        set_language("en")
    lines = console.export_text().splitlines()
    assert all(console.measure(line).maximum <= 40 for line in lines)
    text = "\n".join(lines)
    assert "…" not in text
    for name in ("docker-containers.ko", "git", "쿠버네티스-기본-명령어", *endings, *scores):
        assert any(name in line for line in lines), name
    assert len(re.findall(r"\b\d{4}-\d{2}-\d{2} \d{2}:\d{2}\b", text)) == 2


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize("width", [60, 70, 79])
def test_narrower_than_80_no_deck_name_or_ending_is_cut(language: str, width: int) -> None:
    """From 60 to 79 columns the table came out ('docker' / '-' / 'contai' / 'ners.' / 'ko', and at 60 'time r' /
    'out', 'not' / 'finish': the eight columns need 80, u-campaign10): narrower than that, the list."""
    console = Console(width=width, record=True, highlight=False, markup=False, emoji=False)
    set_language(language)
    try:
        print_history(ROWS, console)
        endings = [_("time ran out"), _("not finished")]
    finally:
        set_language("en")
    lines = console.export_text().splitlines()
    assert all(console.measure(line).maximum <= width for line in lines)
    for name in ("docker-containers.ko", "쿠버네티스-기본-명령어", *endings):
        assert any(name in line for line in lines), (name, lines)


def _history(rows: list[ExamRow], width: int, language: str) -> tuple[list[str], list[str]]:
    console = Console(width=width, record=True, highlight=False, markup=False, emoji=False)
    set_language(language)
    try:
        print_history(rows, console)
        labels = [_("ended"), _("time ran out"), _("not finished"), _("finished")]
    finally:
        set_language("en")
    return console.export_text().splitlines(), labels


@pytest.mark.parametrize("language", ["en", "ko"])
def test_at_100_columns_an_exam_of_one_deck_takes_one_line(language: str) -> None:
    """At 100 columns the history still wrapped as at 80: 'time ran' / 'out', 'not' / 'finished',
    the time under the date and the Korean heading '끝난' / '방식', with forty cells of the deck
    column empty (u-polish).  Where the terminal has room, an exam of one deck is one line."""
    rows = [ROWS[1], ExamRow(14, dt.datetime(2026, 11, 27, 9, 0, tzinfo=UTC), "time", ("git",), 5, 4, 5, 123.0)]
    lines, labels = _history(rows, 100, language)
    assert all(console_width(line) <= 100 for line in lines)
    assert len(lines) == 1 + 1 + len(rows), lines  # the title, the heading, an exam a line
    heading, *exams = lines[1:]
    assert labels[0] in heading
    assert labels[2] in exams[0] and "쿠버네티스-기본-명령어" in exams[0] and "2026-11-28 " in exams[0]
    assert labels[1] in exams[1] and "2026-11-27 " in exams[1]


@pytest.mark.parametrize("language", ["en", "ko"])
def test_at_100_columns_a_long_deck_name_folds_before_anything_else_is_cut(language: str) -> None:
    rows = [*ROWS, ExamRow(14, dt.datetime(2026, 11, 27, 9, 0, tzinfo=UTC), "finished", (LONG,), 5, 4, 5, 123.0)]
    lines, labels = _history(rows, 100, language)
    assert all(console_width(line) <= 100 for line in lines)
    cells = " ".join(lines)
    for label in labels:
        assert label in cells, label  # whole, on one line
    assert len(re.findall(r"\b\d{4}-\d{2}-\d{2} \d{2}:\d{2}\b", cells)) == 3


@pytest.mark.parametrize("language", ["en", "ko"])
def test_at_40_columns_a_long_deck_name_stays_under_its_exam(language: str) -> None:
    """At 40 columns a deck name longer than the line went on at the left edge, under nothing."""
    rows = [*ROWS, ExamRow(14, dt.datetime(2026, 11, 27, 9, 0, tzinfo=UTC), "finished", (LONG,), 5, 4, 5, 123.0)]
    lines, _labels = _history(rows, 40, language)
    assert all(console_width(line) <= 40 for line in lines)
    assert all(line.startswith("  ") for line in lines[1:] if not re.match(r"^(Exam|시험) \d+", line)), lines
    assert LONG in "".join(line.strip() for line in lines)
