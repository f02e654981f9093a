"""'run quizzer review to go on' after a stopped review names the review that was stopped: its decks,
its limits and --typed.  A bare 'quizzer review' after 'quizzer review git --typed' started another
review, of every deck, with no answer box."""

from __future__ import annotations

import shlex

import pytest
from conftest import FakeClock, make_deck

from quizzer.cli import build_parser
from quizzer.commands.review import _again
from quizzer.config import Config, Limits
from quizzer.db import Database
from quizzer.review.controller import Controller
from quizzer.summary import summary_lines


@pytest.mark.parametrize("argv", [
    ["review"],
    ["review", "git", "도커 노트", "--typed"],
    ["review", "--new-limit", "50", "alpha"],
    ["review", "beta", "--review-limit", "0", "--typed", "--new-limit", "3"],
])
def test_the_words_to_go_on_run_the_same_review(argv: list[str]) -> None:
    parser = build_parser()
    first = parser.parse_args(argv)
    again = parser.parse_args(["review", *shlex.split(shlex.join(_again(first)))])
    for name in ("decks", "typed", "new_limit", "review_limit"):
        assert getattr(again, name) == getattr(first, name)


def test_a_stopped_review_of_some_decks_names_them(db: Database, clock: FakeClock) -> None:
    make_deck(db, "alpha", 3)
    make_deck(db, "beta", 3)
    c = Controller(db, config=Config(limits=Limits(new_per_day=20)), deck_names=["alpha"],
                   again=("alpha", "--typed"), clock=clock, timer=clock.timer)
    c.current()
    c.answer(5)
    line = next(line for line in summary_lines(c.summary(), finished=False) if "still due today" in line)
    assert line.endswith(" review alpha --typed to go on.")


def test_the_cards_left_are_those_the_next_review_shows(db: Database, clock: FakeClock) -> None:
    """A new card suspended before it was answered leaves room under the new-card limit: the line said
    '2 cards are still due today' and the next review showed 3 (u-campaign10, day one: 40 said, 41 shown)."""
    make_deck(db, "alpha", 6)
    config = Config(limits=Limits(new_per_day=4))
    c = Controller(db, config=config, clock=clock, timer=clock.timer)
    c.current()
    c.answer(5)
    c.current()
    c.suspend()
    left = c.summary().left
    again = Controller(db, config=config, clock=clock, timer=clock.timer)
    assert left == sum(again.session.counts()) == 3
