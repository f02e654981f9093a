"""The new cards a review shows fill its new-card limit while notes with new cards are left, whatever waits.

The review read the first few new cards in document order (twice the limit and ten) and then left out those of
notes with a card due today (one card a note a day): on the second day of a deck learnt forward first, the first
notes' reverse cards, all behind their forward cards due again, took most of what was read, and the review
showed 15 new cards under a limit of 20 with 80 notes never seen; ``quizzer decks`` counts from the same queue."""

from __future__ import annotations

from conftest import FakeClock, make_deck

from quizzer.config import Config, Limits
from quizzer.db import Database
from quizzer.review.controller import Controller


def test_the_second_day_shows_the_whole_new_card_limit(db: Database, clock: FakeClock) -> None:
    make_deck(db, "alpha", 100)  # a forward and a reverse card a note
    config = Config(limits=Limits(new_per_day=20))
    shown = []
    for _day in range(4):
        review = Controller(db, config=config, clock=clock, timer=clock.timer)
        shown.append(review.session.counts())
        while review.current() is not None:
            review.answer(4)
        clock.next_day()
    assert [new for new, _due, _redrill in shown] == [20, 20, 20, 20]
    assert shown[1][1] == 20  # the first day's cards, due again: their notes' reverse cards wait behind them
