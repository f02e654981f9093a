"""quizzer.review.controller: the review day against a real database, with a fake clock."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from conftest import KST, FakeClock, MadeDeck, card_row, make_deck, review_rows, set_card

from quizzer import cli
from quizzer.config import Config, Limits, load_config
from quizzer.db import Database, open_database
from quizzer.errors import QuizzerError
from quizzer.review import store
from quizzer.review.controller import Controller
from quizzer.review.logic import Answer
from quizzer.sm2 import Sm2State, review


def controller(
    db: Database, clock: FakeClock, *decks: str, new_per_day: int = 20, reviews_per_day: int = 200, **config: object
) -> Controller:
    """A controller on the fake clock; limits as keywords, the rest as Config fields."""
    limits = Limits(new_per_day=new_per_day, reviews_per_day=reviews_per_day)
    return Controller(
        db, config=Config(limits=limits, **config), deck_names=list(decks), clock=clock, timer=clock.timer  # type: ignore[arg-type]
    )


def drain(c: Controller, grade: int = 5, limit: int = 1000) -> list[int]:
    """Answer every card left today with ``grade``; returns the cards in order."""
    seen: list[int] = []
    while (card_id := c.session.current()) is not None and len(seen) < limit:
        c.answer(grade)
        seen.append(card_id)
    return seen


def make_due(db: Database, card_id: int, due: dt.date, *, reps: int = 2, interval: int = 6) -> None:
    set_card(db, card_id, due=due, reps=reps, interval=interval)


@pytest.fixture
def deck(db: Database) -> MadeDeck:
    return make_deck(db, "alpha", 30)


# -- today's queue ---------------------------------------------------------------------


def test_new_cards_default_to_twenty_a_day_in_document_order(db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    c = controller(db, clock)
    assert c.today == dt.date(2024, 3, 1)
    assert c.session.counts() == (20, 0, 0)
    # one card per note: the forward ones, in document order
    assert drain(c) == deck.forward[:20]


def test_reviews_default_to_two_hundred_a_day(db: Database, clock: FakeClock) -> None:
    big = make_deck(db, "big", 250, reversible=False)
    for n, card_id in enumerate(big.forward):
        make_due(db, card_id, dt.date(2024, 2, 1) + dt.timedelta(days=n % 20))
    c = controller(db, clock)
    assert c.session.counts() == (0, 200, 0)


def test_due_reviews_come_most_overdue_first_then_new(db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    make_due(db, deck.forward[5], dt.date(2024, 2, 28))
    make_due(db, deck.forward[7], dt.date(2024, 2, 1))
    make_due(db, deck.forward[9], dt.date(2024, 3, 1))
    make_due(db, deck.forward[11], dt.date(2024, 3, 2))  # tomorrow: not today
    c = controller(db, clock)
    order = drain(c)
    assert order[:3] == [deck.forward[7], deck.forward[5], deck.forward[9]]
    assert deck.forward[11] not in order
    assert all(store_is_new for store_is_new in [card_row(db, i)["reps"] == 1 for i in order[3:]])


def test_limits_come_from_the_config_per_deck(db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    other = make_deck(db, "beta", 10)
    config = Config(limits=Limits(new_per_day=3), deck_limits={"beta": Limits(new_per_day=5)})
    c = Controller(db, config=config, clock=clock, timer=clock.timer)
    order = drain(c)
    assert [i for i in order if i in deck.forward] == deck.forward[:3]
    assert [i for i in order if i in other.forward] == other.forward[:5]


def test_limits_in_the_config_file(quizzer_home: Path) -> None:
    (quizzer_home / "config.toml").write_text(
        'new_per_day = 7\nreviews_per_day = 70\nrollover_hour = 6\nleech_lapses = 4\nleech_suspend = false\n'
        '[decks."docker-containers.ko"]\nnew_per_day = 2\n',
        encoding="utf-8",
    )
    config = load_config()
    assert config.limits == Limits(7, 70)
    assert config.limits_for("docker-containers.ko") == Limits(2, 70)
    assert config.limits_for("other") == Limits(7, 70)
    assert (config.rollover_hour, config.leech_lapses, config.leech_suspend) == (6, 4, False)


def test_only_the_decks_asked_for(db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    other = make_deck(db, "beta", 3)
    c = controller(db, clock, "beta")
    assert drain(c) == other.forward


def test_an_unknown_deck_is_a_user_error(db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    with pytest.raises(QuizzerError, match="no deck named"):
        controller(db, clock, "nope")


def test_no_decks_is_a_user_error(db: Database, clock: FakeClock) -> None:
    with pytest.raises(QuizzerError, match="no decks"):
        controller(db, clock)


def test_the_new_limit_counts_answers_from_earlier_sessions_today(db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    first = controller(db, clock)
    for _ in range(5):
        first.answer(5)
    clock.advance(hours=3)
    second = controller(db, clock)
    assert second.session.counts() == (15, 0, 0)
    assert drain(second) == deck.forward[5:20]
    assert controller(db, clock).session.current() is None


def test_the_review_limit_counts_answers_from_earlier_sessions_today(db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    for card_id in deck.forward[:10]:
        make_due(db, card_id, dt.date(2024, 2, 20))
    first = controller(db, clock, new_per_day=0, reviews_per_day=6)
    assert first.session.counts() == (0, 6, 0)
    first.answer(4)
    first.answer(4)
    again = controller(db, clock, new_per_day=0, reviews_per_day=6)
    assert again.session.counts() == (0, 4, 0)


# -- the day's start hour ----------------------------------------------------------------


def test_a_day_starts_at_four_am_local(db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    clock.set(dt.datetime(2024, 3, 2, 3, 59, tzinfo=KST))
    assert controller(db, clock).today == dt.date(2024, 3, 1)
    clock.set(dt.datetime(2024, 3, 2, 4, 0, tzinfo=KST))
    assert controller(db, clock).today == dt.date(2024, 3, 2)


def test_the_start_hour_is_configurable(db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    clock.set(dt.datetime(2024, 3, 2, 5, 30, tzinfo=KST))
    assert controller(db, clock, rollover_hour=6).today == dt.date(2024, 3, 1)
    assert controller(db, clock, rollover_hour=0).today == dt.date(2024, 3, 2)


def test_a_late_night_session_counts_for_the_evening(db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    clock.set(dt.datetime(2024, 3, 1, 23, 0, tzinfo=KST))
    c = controller(db, clock)
    c.answer(5)
    clock.set(dt.datetime(2024, 3, 2, 1, 30, tzinfo=KST))
    c.answer(5)
    assert [r.day for r in review_rows(db)] == [dt.date(2024, 3, 1)] * 2
    assert not c.roll_over()


def test_rollover_mid_session_starts_a_new_queue(db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    clock.set(dt.datetime(2024, 3, 2, 3, 0, tzinfo=KST))
    c = controller(db, clock, new_per_day=3)
    first = drain(c)
    assert len(first) == 3 and c.session.current() is None
    clock.set(dt.datetime(2024, 3, 2, 4, 1, tzinfo=KST))
    assert c.roll_over()
    assert c.today == dt.date(2024, 3, 2)
    # yesterday's new cards are due today (interval 1), plus 3 new ones
    assert c.session.counts() == (3, 3, 0)
    assert c.session.done == 3  # the summary still counts yesterday's answers
    assert c.undo() is None  # yesterday's answers are no longer undoable here
    assert len(review_rows(db)) == 3


# -- siblings ----------------------------------------------------------------------------


def test_siblings_never_both_on_one_day(db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    make_due(db, deck.forward[0], dt.date(2024, 2, 28))
    make_due(db, deck.reverse[0], dt.date(2024, 2, 29))
    c = controller(db, clock, new_per_day=100)
    order = drain(c)
    assert deck.forward[0] in order and deck.reverse[0] not in order
    notes = [card_row(db, i)["note_id"] for i in order]
    assert len(notes) == len(set(notes))
    # a new session the same day does not bring the sibling either
    assert controller(db, clock, new_per_day=100).session.current() is None


def test_the_reverse_card_comes_on_a_day_its_sibling_is_not_shown(db: Database, clock: FakeClock) -> None:
    small = make_deck(db, "small", 1)
    shown: dict[dt.date, list[int]] = {}
    for _ in range(8):
        c = controller(db, clock)
        shown[c.today] = drain(c)
        clock.next_day()
    days = [day for day, cards in shown.items() if small.reverse[0] in cards]
    assert days, shown
    assert all(small.forward[0] not in shown[day] for day in days)


# -- one grade a day to SM-2; re-drill -----------------------------------------------------


def test_only_the_first_grade_of_the_day_reaches_sm2(db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    make_due(db, deck.forward[0], dt.date(2024, 3, 1), reps=2, interval=6)
    before = card_row(db, deck.forward[0])
    c = controller(db, clock, new_per_day=0)
    c.answer(3)
    expected = review(Sm2State(2, 6, 250, dt.date(2024, 3, 1)), 3, dt.date(2024, 3, 1))
    after_first = card_row(db, deck.forward[0])
    assert (after_first["reps"], after_first["interval"], after_first["ef_centi"], after_first["due"]) == (
        expected.reps, expected.interval, expected.ef_centi, expected.due,
    )
    assert before != after_first
    # the re-drill: logged, changing nothing
    assert c.session.current() == deck.forward[0] and c.session.in_redrill
    for grade in (0, 2, 3, 5):
        c.answer(grade)
        assert card_row(db, deck.forward[0]) == after_first
    rows = review_rows(db, deck.forward[0])
    assert [(r.grade, r.drill) for r in rows] == [(3, False), (0, True), (2, True), (3, True), (5, True)]
    assert c.session.current() is None


@pytest.mark.parametrize("grade", [0, 1, 2, 3])
def test_every_grade_below_four_is_redrilled(db: Database, clock: FakeClock, deck: MadeDeck, grade: int) -> None:
    c = controller(db, clock, new_per_day=2)
    c.answer(grade)
    c.answer(5)
    assert c.session.current() == deck.forward[0]
    assert c.session.counts() == (0, 0, 1)


@pytest.mark.parametrize("grade", [4, 5])
def test_four_and_five_are_not_redrilled(db: Database, clock: FakeClock, deck: MadeDeck, grade: int) -> None:
    c = controller(db, clock, new_per_day=1)
    c.answer(grade)
    assert c.session.current() is None


def test_redrill_survives_quitting_and_coming_back_the_same_day(db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    c = controller(db, clock, new_per_day=3)
    c.answer(2)
    c.answer(5)
    c.answer(3)
    state = card_row(db, deck.forward[0])
    clock.advance(hours=2)
    again = controller(db, clock, new_per_day=3)
    assert again.session.counts() == (0, 0, 2)
    assert again.session.current() == deck.forward[0]
    answer = again.answer(5)
    assert answer.drill
    assert card_row(db, deck.forward[0]) == state
    assert again.answer(1).drill  # card 3's re-drill, failed again
    assert again.session.current() == deck.forward[2]
    assert again.answer(4).drill
    assert again.session.current() is None


def test_redrill_ends_with_the_day(db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    c = controller(db, clock, new_per_day=1)
    c.answer(0)
    clock.next_day()
    assert c.roll_over()
    # the card failed yesterday is due today (interval 1): a real grade again, not a drill
    assert c.session.counts() == (1, 1, 0)
    assert c.session.current() == deck.forward[0]
    assert not c.answer(4).drill


# -- undo ---------------------------------------------------------------------------------


def test_undo_restores_the_card_exactly_and_removes_the_review(db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    make_due(db, deck.forward[0], dt.date(2024, 2, 20), reps=4, interval=30)
    set_card(db, deck.forward[0], ef_centi=190, lapses=3)
    before = card_row(db, deck.forward[0])
    c = controller(db, clock)
    c.answer(1)
    assert card_row(db, deck.forward[0]) != before
    assert c.undo() == deck.forward[0]
    assert card_row(db, deck.forward[0]) == before
    assert review_rows(db) == []
    assert c.session.current() == deck.forward[0]
    assert not c.session.graded_today(deck.forward[0])
    # answered again, it is a real grade again
    assert not c.answer(5).drill


def test_undo_of_a_new_card_makes_it_new_again(db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    before = card_row(db, deck.forward[0])
    c = controller(db, clock)
    c.answer(4)
    c.undo()
    assert card_row(db, deck.forward[0]) == before
    assert before["due"] is None
    assert controller(db, clock).session.counts() == (20, 0, 0)


def test_undo_of_a_drill_removes_only_its_row(db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    c = controller(db, clock, new_per_day=1)
    c.answer(2)
    state = card_row(db, deck.forward[0])
    c.answer(4)  # the drill
    assert c.session.current() is None
    c.undo()
    assert [(r.grade, r.drill) for r in review_rows(db)] == [(2, False)]
    assert card_row(db, deck.forward[0]) == state
    assert c.session.current() == deck.forward[0] and c.session.in_redrill


def test_undo_steps_back_several_answers(db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    befores = [card_row(db, i) for i in deck.forward[:4]]
    c = controller(db, clock)
    for grade in (5, 3, 0, 4):
        c.answer(grade)
    undone = [c.undo() for _ in range(4)]
    assert undone == list(reversed(deck.forward[:4]))
    assert [card_row(db, i) for i in deck.forward[:4]] == befores
    assert review_rows(db) == []
    assert c.undo() is None


def test_nothing_to_undo(db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    assert controller(db, clock).undo() is None


# -- suspend ------------------------------------------------------------------------------


def test_suspend_takes_the_card_out_and_undo_brings_it_back(db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    c = controller(db, clock)
    assert c.suspend() == deck.forward[0]
    assert card_row(db, deck.forward[0])["suspended"] is True
    assert c.session.current() == deck.forward[1]
    assert c.session.counts() == (19, 0, 0)
    assert c.undo() == deck.forward[0]
    assert card_row(db, deck.forward[0])["suspended"] is False
    assert c.session.current() == deck.forward[0]


def test_undoing_a_suspension_puts_back_the_cards_own_change_time(
        db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    """Undo of a suspension stamped the card's own change time with the undo's moment, so a later
    Anki import took quizzer's state as the newer one although nothing had changed here.  Now the
    card is exactly as before the suspension: no own change time, or the earlier one."""
    card = deck.forward[0]
    c = controller(db, clock)
    before = card_row(db, card)
    assert before["suspended_at"] is None  # never suspended here
    assert c.suspend() == card
    assert card_row(db, card)["suspended_at"] is not None
    assert c.undo() == card
    assert card_row(db, card) == before
    earlier = dt.datetime(2024, 2, 1, 9, 30, tzinfo=dt.timezone.utc)
    with db.session() as s:  # unsuspended by hand a while ago
        assert store.set_suspended(s, card, False, at=earlier)
    before = card_row(db, card)
    assert c.suspend() == card
    assert c.undo() == card
    assert card_row(db, card) == before and before["suspended_at"] == earlier


def test_undoing_an_answer_keeps_a_suspension_another_program_made_since(
        db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    """Undo put back the card's state from before the answer, suspension included: a card
    suspended meanwhile in another window (quizzer suspend ID) came back unsuspended."""
    c = controller(db, clock)
    card = deck.forward[0]
    c.current()
    c.answer(5)
    with db.session() as s:  # another program
        assert store.set_suspended(s, card, True, at=dt.datetime(2024, 3, 1, tzinfo=dt.timezone.utc))
    assert c.undo() == card
    row = card_row(db, card)
    assert row["suspended"] is True and row["reps"] == 0  # the answer undone, the suspension kept


def test_answering_a_card_another_program_deleted_says_so_and_moves_on(
        db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    """quizzer delete DECK in another window while its card was on screen: the answer raised
    LookupError, a traceback on the review screen."""
    from sqlalchemy import text

    from quizzer.errors import CardGone

    c = controller(db, clock)
    card = c.current()
    assert card is not None
    with db.session() as s:  # another program: quizzer delete DECK --yes
        s.execute(text("DELETE FROM review"))
        s.execute(text("DELETE FROM card"))
    with pytest.raises(CardGone, match="deleted by another program"):
        c.answer(5)
    assert c.session.current() != card.card_id and c.last_review_id() is None


def test_undoing_an_answer_whose_card_another_program_deleted_says_so(
        db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    """The undo raised LookupError ("no review of card … to undo"): a traceback on the screen."""
    from sqlalchemy import text

    from quizzer.errors import CardGone

    c = controller(db, clock)
    c.current()
    c.answer(5)
    with db.session() as s:  # another program: quizzer delete DECK --yes
        s.execute(text("DELETE FROM review"))
        s.execute(text("DELETE FROM card"))
    with pytest.raises(CardGone, match="cannot be undone"):
        c.undo()
    assert c.undo() is None and c.current() is None  # the step is dropped; no card is left


def test_a_suspended_card_stays_away_until_unsuspended(db: Database, clock: FakeClock) -> None:
    one_way = make_deck(db, "one-way", 5, reversible=False)
    c = controller(db, clock)
    assert c.suspend() == one_way.forward[0]
    assert one_way.forward[0] not in drain(c)
    clock.next_day()
    assert one_way.forward[0] not in drain(controller(db, clock))
    with db.session() as s:
        assert store.set_suspended(s, one_way.forward[0], False, at=dt.datetime(2024, 3, 1, tzinfo=dt.timezone.utc))
        assert not store.set_suspended(s, 999_999, False, at=dt.datetime(2024, 3, 1, tzinfo=dt.timezone.utc))
    clock.next_day()
    assert one_way.forward[0] in drain(controller(db, clock))


def test_suspending_a_card_in_redrill_ends_its_redrill(db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    c = controller(db, clock, new_per_day=1)
    c.answer(1)
    assert c.session.in_redrill
    c.suspend()
    assert c.session.current() is None
    assert controller(db, clock, new_per_day=1).session.current() is None


def test_suspend_with_nothing_on_screen(db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    c = controller(db, clock, new_per_day=0)
    assert c.suspend() is None


# -- leeches ------------------------------------------------------------------------------


def fail_every_day(db: Database, clock: FakeClock, card_id: int, days: int, **config: Any) -> list[Answer]:
    answers: list[Answer] = []
    for _ in range(days):
        c = controller(db, clock, new_per_day=1, **config)
        if c.session.current() != card_id:
            break
        answers.append(c.answer(0))
        clock.next_day()
    return answers


def test_eight_lapses_make_a_leech_tagged_and_suspended(db: Database, clock: FakeClock) -> None:
    small = make_deck(db, "small", 1, reversible=False)
    answers = fail_every_day(db, clock, small.forward[0], 20)
    # day 1: a new card failing (no lapse); days 2–9: lapses 1–8
    assert len(answers) == 9
    assert [a.after.lapses for a in answers] == [0, 1, 2, 3, 4, 5, 6, 7, 8]
    assert answers[-1].became_leech
    row = card_row(db, small.forward[0])
    assert row["leech"] is True and row["suspended"] is True and row["lapses"] == 8


def test_leech_threshold_and_suspension_are_configurable(db: Database, clock: FakeClock) -> None:
    small = make_deck(db, "small", 1, reversible=False)
    answers = fail_every_day(db, clock, small.forward[0], 6, leech_lapses=3, leech_suspend=False)
    assert len(answers) == 6  # never suspended, so it keeps coming
    row = card_row(db, small.forward[0])
    assert row["leech"] is True and row["suspended"] is False and row["lapses"] == 5
    assert [a.became_leech for a in answers] == [False, False, False, True, True, True]


def test_undo_of_the_leech_answer_untags_and_unsuspends(db: Database, clock: FakeClock) -> None:
    small = make_deck(db, "small", 1, reversible=False)
    make_due(db, small.forward[0], dt.date(2024, 3, 1), reps=0, interval=1)
    set_card(db, small.forward[0], lapses=7)
    before = card_row(db, small.forward[0])
    c = controller(db, clock)
    assert c.answer(0).became_leech
    assert c.session.current() is None  # suspended: not re-drilled
    c.undo()
    assert card_row(db, small.forward[0]) == before
    assert c.session.current() == small.forward[0]


# -- storage: each answer committed before the next card -----------------------------------


def test_each_answer_is_committed_before_the_next_card(db: Database, db_path: Path, clock: FakeClock, deck: MadeDeck) -> None:
    c = controller(db, clock)
    for n in range(1, 4):
        c.answer(4)
        raw = sqlite3.connect(db_path)
        try:
            assert raw.execute("SELECT count(*) FROM review").fetchone()[0] == n
            assert raw.execute("SELECT count(*) FROM card WHERE due IS NOT NULL").fetchone()[0] == n
        finally:
            raw.close()


def test_the_review_row_holds_the_day_time_and_both_states(db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    c = controller(db, clock)
    clock.advance(seconds=7.5)
    c.answer(4)
    (row,) = review_rows(db)
    assert row.day == dt.date(2024, 3, 1)
    assert row.reviewed_at == clock.now.astimezone(dt.timezone.utc)
    assert row.duration_ms == 7500
    assert (row.prev_reps, row.prev_interval, row.prev_ef_centi, row.prev_due) == (0, 0, 250, None)
    assert (row.interval, row.ef_centi, row.due) == (1, 250, dt.date(2024, 3, 2))
    assert row.drill is False


def test_answer_with_nothing_on_screen_is_a_user_error(db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    c = controller(db, clock, new_per_day=0)
    with pytest.raises(QuizzerError):
        c.answer(5)


def test_summary_counts_grades_and_tomorrows_load(db: Database, clock: FakeClock, deck: MadeDeck) -> None:
    make_due(db, deck.forward[29], dt.date(2024, 3, 2))  # due tomorrow anyway
    c = controller(db, clock, new_per_day=4)
    clock.advance(seconds=90)
    for grade in (5, 2, 4, 3):
        c.answer(grade)
    c.answer(4)
    c.answer(5)  # re-drills of the 2 and the 3
    summary = c.summary()
    assert summary.cards == 6
    assert summary.grades == {5: 2, 2: 1, 4: 2, 3: 1}
    assert summary.seconds == 90
    # all four were new: interval 1 → due tomorrow, plus the one already due tomorrow
    assert summary.tomorrow == 5
    assert summary.next_due == dt.date(2024, 3, 2)


# -- two sessions on one database ----------------------------------------------------------


def test_two_sessions_answering_in_turn_lose_nothing(db_path: Path, clock: FakeClock) -> None:
    one = open_database(db_path)
    two = open_database(db_path)
    try:
        made = make_deck(one, "alpha", 10)
        a = controller(one, clock, new_per_day=10)
        b = controller(two, clock, "alpha", new_per_day=10)
        # each session takes its own half of the queue so they never show the same card
        b.session._position = 5  # noqa: SLF001 - white box: start the second one half-way
        for _ in range(5):
            a.answer(4)
            b.answer(5)
        rows = review_rows(one)
        assert len(rows) == 10
        assert sorted(r.card_id for r in rows) == sorted(made.forward)
        assert all(card_row(one, i)["reps"] == 1 for i in made.forward)
    finally:
        one.close()
        two.close()


def test_two_sessions_never_send_one_card_to_sm2_twice_a_day(db_path: Path, clock: FakeClock) -> None:
    one = open_database(db_path)
    two = open_database(db_path)
    try:
        made = make_deck(one, "alpha", 3)
        a = controller(one, clock)
        b = controller(two, clock)
        assert a.session.current() == b.session.current() == made.forward[0]
        a.answer(5)
        second = b.answer(5)  # the same card, shown in the other window
        assert second.drill
        row = card_row(one, made.forward[0])
        assert (row["reps"], row["interval"]) == (1, 1)
        assert [r.drill for r in review_rows(one)] == [False, True]
    finally:
        one.close()
        two.close()


# -- the CLI's "nothing due" line ----------------------------------------------------------


def test_nothing_due_says_when_the_next_card_is(quizzer_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from quizzer.days import study_day

    assert cli.main(["decks"]) == 0  # creates the database with the built-in deck
    capsys.readouterr()
    db = open_database(quizzer_home / "quizzer.db")
    try:
        today = study_day(dt.datetime.now(), 4)
        with db.session() as s:
            from sqlalchemy import update

            from quizzer.db.models import Card

            s.execute(update(Card).values(due=today + dt.timedelta(days=3), reps=1, interval=3))
    finally:
        db.close()
    assert cli.main(["review"]) == 0
    out = capsys.readouterr().out
    assert "Nothing due today" in out
    assert "in 3 days" in out or "in 2 days" in out or "in 4 days" in out  # the real clock may cross 4 AM


def test_nothing_due_with_new_cards_waiting_does_not_say_the_deck_is_empty(
    quizzer_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["review", "--new-limit", "0"]) == 0
    out = capsys.readouterr().out
    assert "no cards are scheduled" not in out
    assert "import" not in out


def test_the_queue_fills_even_when_many_cards_have_a_sibling_seen_today(db: Database, clock: FakeClock) -> None:
    """Notes whose other side was answered today are skipped in SQL, not after a short fetch."""
    made = make_deck(db, "alpha", 60)
    yesterday = dt.date(2024, 2, 29)  # the day before the clock's study day
    # 50 forward cards answered today (so their reverse sides wait); every reverse card is due
    first = Controller(db, config=Config(limits=Limits(new_per_day=50, reviews_per_day=0)), clock=clock, timer=clock.timer)
    for _ in range(50):
        first.answer(5)
    for card_id in made.reverse:
        make_due(db, card_id, yesterday)
    c = Controller(db, config=Config(limits=Limits(new_per_day=0, reviews_per_day=5)), clock=clock, timer=clock.timer)
    queued = drain(c)
    assert len(queued) == 5  # the 10 notes not seen today still fill the 5 places
    notes = {card_row(db, card_id)["note_id"] for card_id in queued}
    assert notes.isdisjoint(made.note_ids[:50])


# -- cards another process retired or suspended while the review runs -------------------------


def test_a_running_review_skips_cards_another_process_retired_suspended_or_deleted(
        db: Database, db_path: Path, clock: FakeClock, deck: MadeDeck) -> None:
    from quizzer.db.lite import open_lite
    from quizzer.db.migrations import CURRENT

    lite = open_lite(db_path, CURRENT)  # the review's own connection, as quizzer review opens it
    assert lite is not None
    try:
        c = controller(lite, clock)  # type: ignore[arg-type]
        first = c.current()
        assert first is not None and first.card_id == deck.forward[0]
        c.answer(5)
        other = sqlite3.connect(db_path)  # another process: an import retiring a note, `quizzer suspend`, …
        try:
            other.execute("UPDATE note SET retired_at = 1700000000000 WHERE id = "
                          "(SELECT note_id FROM card WHERE id = ?)", (deck.forward[1],))
            other.execute("UPDATE card SET suspended = 1 WHERE id = ?", (deck.forward[2],))
            other.execute("PRAGMA foreign_keys = ON")
            other.execute("DELETE FROM note WHERE id = (SELECT note_id FROM card WHERE id = ?)", (deck.forward[3],))
            other.commit()
        finally:
            other.close()
        shown = c.current()
        assert shown is not None and shown.card_id == deck.forward[4]  # not the three the other process took out
        c.answer(5)
        left = []
        while (view := c.current()) is not None:  # as the review screen goes: each card shown, then answered
            left.append(view.card_id)
            c.answer(5)
        assert left == deck.forward[5:20]  # 20 new today: two answered above, three taken out
        assert c.session.counts() == (0, 0, 0)
    finally:
        lite.close()


@pytest.mark.parametrize("taken_out", ["retired", "suspended"])
@pytest.mark.parametrize("one_statement", [True, False], ids=["as-read", "read-again"])
def test_answering_a_card_another_process_took_out_while_shown_logs_nothing(
        db: Database, db_path: Path, clock: FakeClock, deck: MadeDeck, taken_out: str, one_statement: bool) -> None:
    """A re-import retiring the note (or quizzer suspend ID) in another window while the card
    was on screen: its answer was still logged and the card rescheduled."""
    from quizzer.db.lite import open_lite
    from quizzer.db.migrations import CURRENT
    from quizzer.errors import CardGone

    lite = open_lite(db_path, CURRENT)
    assert lite is not None
    try:
        c = controller(lite if one_statement else db, clock)  # type: ignore[arg-type]
        shown = c.current()
        assert shown is not None
        before = card_row(db, shown.card_id)
        other = sqlite3.connect(db_path)  # another process
        try:
            if taken_out == "retired":
                other.execute("UPDATE note SET retired_at = 1700000000000 WHERE id = "
                              "(SELECT note_id FROM card WHERE id = ?)", (shown.card_id,))
            else:
                other.execute("UPDATE card SET suspended = 1 WHERE id = ?", (shown.card_id,))
            other.commit()
        finally:
            other.close()
        with pytest.raises(CardGone, match="nothing was saved"):
            c.answer(5)
        assert review_rows(db, shown.card_id) == []
        after = card_row(db, shown.card_id)
        assert {k: v for k, v in after.items() if k != "suspended"} == \
            {k: v for k, v in before.items() if k != "suspended"}
        following = c.current()
        assert following is not None and following.card_id != shown.card_id
        assert c.undo() is None  # nothing of it to undo
    finally:
        lite.close()


def test_a_card_to_redrill_whose_note_was_retired_since_does_not_open_the_review(
        db: Database, clock: FakeClock) -> None:
    """A card graded 1 today, its note then retired by an import: the next review's re-drill queue
    still held it, so quizzer review opened its screen on no card and closed it at once with 'Done
    for today. No cards answered.' instead of saying nothing is due."""
    from sqlalchemy import text

    solo = make_deck(db, "solo", 1, reversible=False)
    c = controller(db, clock)
    c.current()
    c.answer(1)  # to re-drill today
    assert controller(db, clock).session.current() == solo.forward[0]
    with db.session() as s:  # another program: an import of the notes without it
        s.execute(text("UPDATE note SET retired_at = 1700000000000"))
    again = controller(db, clock)
    assert again.session.current() is None and again.session.counts() == (0, 0, 0)
