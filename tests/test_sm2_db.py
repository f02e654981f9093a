"""SM-2 state survives a round trip through the database unchanged.

States are written the way the review day writes them (``store.apply_answer``
into the card's columns and a review row) and read back with ``store.load_card``;
``store.undo_answer`` must then restore the state from before, exactly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import EPOCH, make_deck
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from quizzer.db import Database, open_database
from quizzer.db.models import Review
from quizzer.review import store
from quizzer.review.logic import Answer, CardState
from quizzer.sm2 import MAX_INTERVAL, MIN_EF_CENTI, NEW, Sm2State, review

SQLITE_MAX = 2**63 - 1  # the largest INTEGER SQLite stores

states = st.builds(
    Sm2State,
    reps=st.one_of(st.integers(0, 50), st.integers(0, SQLITE_MAX)),
    interval=st.one_of(st.integers(0, MAX_INTERVAL * 2), st.integers(0, SQLITE_MAX)),
    ef_centi=st.one_of(st.integers(MIN_EF_CENTI, 400), st.integers(MIN_EF_CENTI, SQLITE_MAX)),
    due=st.one_of(st.none(), st.dates(), st.just(dt.date.min), st.just(dt.date.max)),
)
card_states = st.builds(
    lambda sm2, lapses, suspended, leech: (sm2, lapses, suspended, leech),
    states,
    st.integers(0, 10_000),
    st.booleans(),
    st.booleans(),
)


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, int, int]]:
    """One database for every example (hypothesis runs many): a deck of one note, two cards."""
    database = open_database(tmp_path_factory.mktemp("sm2db") / "q.db")
    made = make_deck(database, "roundtrip", 1)
    try:
        yield database, made.forward[0], made.note_ids[0]
    finally:
        database.close()


def write(db: Database, card: CardState, after: CardState, *, drill: bool = False, day: dt.date = EPOCH.date()) -> int:
    answer = Answer(card.card_id, 3, day, drill, card, after)
    with db.session() as s:
        return store.apply_answer(s, answer, at=EPOCH.astimezone(dt.timezone.utc), duration_ms=1234)


def read(db: Database, card_id: int) -> CardState:
    with db.session() as s:
        return store.load_card(s, card_id)


def force(db: Database, state: CardState) -> None:
    """Put a card in ``state`` (through apply_answer, from whatever it holds now)."""
    write(db, read(db, state.card_id), state)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])  # each commit syncs the disk
@given(before=card_states, after=card_states)
def test_state_survives_a_round_trip_and_undo_restores_it(
    shared_db: tuple[Database, int, int],
    before: tuple[Sm2State, int, bool, bool],
    after: tuple[Sm2State, int, bool, bool],
) -> None:
    db, card_id, note_id = shared_db
    old = CardState(card_id, note_id, *before)
    new = CardState(card_id, note_id, *after)
    force(db, old)
    assert read(db, card_id) == old
    review_id = write(db, old, new)
    assert read(db, card_id) == new
    with db.session() as s:
        row = s.get_one(Review, review_id)
        assert (row.prev_reps, row.prev_interval, row.prev_ef_centi, row.prev_due) == (
            old.sm2.reps, old.sm2.interval, old.sm2.ef_centi, old.sm2.due,
        )
        assert (row.prev_lapses, row.prev_suspended, row.prev_leech) == (old.lapses, old.suspended, old.leech)
        assert (row.interval, row.ef_centi, row.due) == (new.sm2.interval, new.sm2.ef_centi, new.sm2.due)
        store.undo_answer(s, review_id)
    assert read(db, card_id) == old
    with db.session() as s:
        assert s.get(Review, review_id) is None


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])  # each commit syncs the disk
@given(before=card_states)
def test_a_drill_writes_a_row_and_leaves_the_card_alone(
    shared_db: tuple[Database, int, int], before: tuple[Sm2State, int, bool, bool]
) -> None:
    db, card_id, note_id = shared_db
    old = CardState(card_id, note_id, *before)
    force(db, old)
    review_id = write(db, old, old, drill=True)
    assert read(db, card_id) == old
    with db.session() as s:
        assert s.get_one(Review, review_id).drill is True
        store.undo_answer(s, review_id)
    assert read(db, card_id) == old


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])  # each commit syncs the disk
@given(grades=st.lists(st.integers(0, 5), min_size=1, max_size=40))
def test_a_graded_history_read_back_each_day_matches_pure_sm2(
    shared_db: tuple[Database, int, int], grades: list[int]
) -> None:
    """Store after every review, load before the next: the same as SM-2 in memory."""
    db, card_id, note_id = shared_db
    force(db, CardState(card_id, note_id, NEW))
    pure = NEW
    day = dt.date(2024, 1, 1)
    for grade in grades:
        stored = read(db, card_id)
        assert stored.sm2 == pure
        pure = review(pure, grade, day)
        write(db, stored, CardState(card_id, note_id, pure, stored.lapses, stored.suspended, stored.leech), day=day)
        assert pure.due is not None
        day = pure.due
    assert read(db, card_id).sm2 == pure


def test_new_card_defaults_are_sm2_new(tmp_path: Path) -> None:
    database = open_database(tmp_path / "fresh.db")
    try:
        made = make_deck(database, "fresh", 2)
        for card_id in made.forward + made.reverse:
            state = read(database, card_id)
            assert state.sm2 == NEW
            assert (state.lapses, state.suspended, state.leech) == (0, False, False)
    finally:
        database.close()


def test_days_are_stored_as_ordinals(shared_db: tuple[Database, int, int]) -> None:
    """The Day type: a date in, the same date out, as an indexable integer in SQLite."""
    db, card_id, note_id = shared_db
    when = dt.date(2031, 7, 9)
    force(db, CardState(card_id, note_id, Sm2State(1, 1, 250, when)))
    with db.engine.connect() as connection:
        raw = connection.exec_driver_sql("SELECT due FROM card WHERE id = ?", (card_id,)).scalar()
    assert raw == when.toordinal()
    with db.session() as s:
        last = s.scalars(select(Review).order_by(Review.id.desc()).limit(1)).one()
        assert last.due == when
