"""``quizzer stats`` in a narrow terminal: the cards-by-state table of several decks, whose
eight columns fit 80 columns but not 40, reads as a list instead of folding every deck
name and header into pieces ("dock / er-c / onta / iner", "배 / 우 / 는 / 중")."""

from __future__ import annotations

import pytest
from conftest import make_deck
from rich.cells import cell_len
from test_stats import a_history, screen, stats_of

from quizzer.db import Database

NAMES = ("docker-containers.ko", "도커-네트워크-정리")


def by_state(text: str, title: str) -> list[str]:
    lines = text.splitlines()
    start = lines.index(title) + 1
    end = lines.index("", start)
    return lines[start:end]


@pytest.mark.parametrize(("language", "title"), [("en", "Cards by state"), ("ko", "상태별 카드")])
@pytest.mark.parametrize("width", [40, 60])
def test_cards_by_state_keeps_deck_names_and_headings_whole(db: Database, language: str, title: str,
                                                           width: int) -> None:
    from quizzer.i18n import set_language

    set_language(language)
    a_history(db)
    for name in NAMES:
        make_deck(db, name, 3)
    text = screen(stats_of(db), width)
    # a command to copy is whole past the width (test_weak_spots_keep_their_commands_whole_at_40_columns)
    assert all(cell_len(line) <= width for line in text.splitlines() if not line.strip().startswith("→ "))
    shown = by_state(text, title)
    for name in ("docker", *NAMES):  # each deck name whole on a line of its own section
        assert any(line.strip().startswith(name) for line in shown), shown
    words = ("new", "learning", "suspended", "retired", "total") if language == "en" else (
        "새 카드", "배우는 중", "보류됨", "사라짐", "합계")
    joined = "\n".join(shown)
    for word in words:
        assert word in joined, shown


def test_a_table_that_fits_stays_a_table(db: Database) -> None:
    from quizzer.i18n import set_language

    set_language("en")
    a_history(db)
    shown = by_state(screen(stats_of(db), 80), "Cards by state")
    assert shown[0].split() == ["deck", "new", "learning", "review", "suspended", "leech", "retired", "total"]


@pytest.mark.parametrize("language", ["en", "ko"])
def test_weak_spots_keep_their_commands_whole_at_40_columns(db: Database, language: str) -> None:
    """At 40 columns the weak cards' and sections' table folded the command that studies each one
    word by word down its cell ('quizzer' / 'quiz' / 'docker-' / 'containers.' / 'ko' / '--section' …):
    now they are listed, each command on a line of its own, whole, as the shell reads it."""
    import shlex

    from quizzer.i18n import set_language

    set_language(language)
    a_history(db)
    stats = stats_of(db)
    commands = [item.command for item in (*stats.weak_lapses, *stats.weak_ease, *stats.weak_sections)]
    assert any("--section" in command for command in commands) and any(" review " not in c for c in commands)
    text = screen(stats, 40)
    arrows = [line.strip().removeprefix("→ ") for line in text.splitlines() if line.strip().startswith("→ ")]
    assert arrows == commands
    assert all(shlex.split(line)[0] == "quizzer" for line in arrows)
    assert all(cell_len(line) <= 40 for line in text.splitlines() if not line.strip().startswith("→ "))
    wide = screen(stats, 160)  # room enough: the tables stay
    assert [line.strip().removeprefix("→ ") for line in wide.splitlines() if "→ " in line] == commands


@pytest.mark.parametrize(("language", "shown"), [("en", "배포 과정 — step 2"), ("ko", "배포 과정 — 2단계")])
def test_a_weak_step_is_named_in_the_interfaces_language(db: Database, language: str, shown: str) -> None:
    """A step's front is stored "procedure — step N"; the weak spots showed it so in the Korean interface, where
    every other list (cards, check) says "N단계"."""
    from dataclasses import replace

    from quizzer.i18n import set_language

    set_language(language)
    a_history(db)
    stats = stats_of(db)
    step = replace(stats.weak_ease[0], front="배포 과정 — step 2")
    text = screen(replace(stats, weak_ease=[step], weak_lapses=[step]), 100)
    assert shown in text
    if language == "ko":
        assert "step 2" not in text


@pytest.mark.parametrize("language", ["en", "ko"])
def test_retention_keeps_each_figure_whole_at_40_columns(db: Database, language: str) -> None:
    """At 40 columns the retention table folded its figures ('88%' / '(134/' / '153)' down a cell, in
    Korean too; u-campaign10): now, as the cards by state, it is a list per period, each figure whole."""
    import re

    from quizzer.i18n import set_language

    set_language(language)
    a_history(db)
    stats = stats_of(db)
    figures = {f"({r.passed}/{r.total})" for row in stats.retention for r in (row.young, row.mature, row.all) if r.total}
    assert figures
    text = screen(stats, 40)
    assert figures <= set(re.findall(r"\(\d+/\d+\)", text)), text
    assert all(cell_len(line) <= 40 for line in text.splitlines() if not line.strip().startswith("→ "))
    assert figures <= set(re.findall(r"\(\d+/\d+\)", screen(stats, 100)))
