"""``quizzer decks`` says, for each deck, the new cards and the reviews that a review of that deck shows today.

Its "new" column was every new card: the reverse cards of notes answered today (which wait for another day,
one card a note a day), both cards of a note never seen (one of them is shown today) and the cards beyond the
new-card limit.  On day 7 of u-campaign10 it said 4 new where the review then showed none."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import FakeClock, make_deck, run_cli

from quizzer.config import load_config
from quizzer.db import Database
from quizzer.review.controller import Controller


def _listed(capsys: pytest.CaptureFixture[str], db: Database) -> dict[str, tuple[int, int]]:
    rc, out, err = run_cli(capsys, "--db", str(db.path), "decks", "--json")
    assert rc == 0, err
    return {deck["name"]: (deck["new"], deck["due"]) for deck in json.loads(out)["decks"]}


def _shown(db: Database, clock: FakeClock, name: str) -> tuple[int, int]:
    """The new cards and the reviews and re-drills a review of the deck ``name`` starts with."""
    new, due, redrill = Controller(db, config=load_config(), deck_names=[name], clock=clock,
                                   timer=clock.timer).session.counts()
    return new, due + redrill


def _answer(db: Database, clock: FakeClock, name: str, grades: list[int]) -> None:
    controller = Controller(db, config=load_config(), deck_names=[name], clock=clock, timer=clock.timer)
    for grade in grades:
        assert controller.current() is not None
        controller.answer(grade)


def test_each_decks_counts_are_what_its_review_shows(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, quizzer_home: Path, db: Database,
        clock: FakeClock) -> None:
    (quizzer_home / "config.toml").write_text(
        'new_per_day = 8\nreviews_per_day = 5\n\n[decks."beta"]\nnew_per_day = 3\n', encoding="utf-8")
    monkeypatch.setattr("quizzer.days.local_now", clock)  # the day `quizzer decks` counts for
    make_deck(db, "alpha", 12)  # a forward and a reverse card a note
    make_deck(db, "beta", 4)
    make_deck(db, "gamma", 5, reversible=False)
    listed = _listed(capsys, db)
    for name in ("alpha", "beta", "gamma"):
        assert listed[name] == _shown(db, clock, name), name
    assert listed["alpha"] == (8, 0)  # the limit, not 24 cards

    _answer(db, clock, "alpha", [5, 5, 5, 2])  # their reverse cards wait for another day
    _answer(db, clock, "beta", [5])
    listed = _listed(capsys, db)
    for name in ("alpha", "beta", "gamma"):
        assert listed[name] == _shown(db, clock, name), name

    for days in (1, 2, 5):  # reviews due, behind them their notes' new cards; more due than the limit
        clock.next_day(days)
        _answer(db, clock, "alpha", [5, 3, 5, 5, 4, 5, 5, 2])
        listed = _listed(capsys, db)
        assert listed["docker-containers.ko"] == _shown(db, clock, "docker-containers.ko")
        for name in ("alpha", "beta", "gamma"):
            assert listed[name] == _shown(db, clock, name), (name, days)


def test_a_card_to_drill_again_today_is_due_in_decks_as_in_the_review(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, quizzer_home: Path, db: Database,
        clock: FakeClock) -> None:
    """A card graded under 4 comes back the same day, in this review and in the next one of the day: the review
    shows it (re-drill 1) and says it is still due, so ``quizzer decks`` counts it among the deck's due cards
    (u-campaign11: git listed 13 new, 0 due after a 1, and its review then showed 14 cards)."""
    monkeypatch.setattr("quizzer.days.local_now", clock)
    make_deck(db, "alpha", 6)
    _answer(db, clock, "alpha", [5, 1])
    new, due, redrill = Controller(db, config=load_config(), deck_names=["alpha"], clock=clock,
                                   timer=clock.timer).session.counts()
    assert (new, due, redrill) == (4, 0, 1)
    assert _listed(capsys, db)["alpha"] == (4, 1)
