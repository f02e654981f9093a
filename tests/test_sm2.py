"""Tests for quizzer.sm2: pinned golden sequences plus property-based invariants."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizzer.sm2 import (
    GRADE_LABELS,
    MAX_INTERVAL,
    MIN_EF_CENTI,
    NEW,
    PASS_THRESHOLD,
    Grade,
    Sm2State,
    grade_label,
    passed,
    review,
    validate_grade,
)

START = dt.date(2024, 1, 1)

# (grades, intervals, ef_centi, reps) after each review, starting from NEW.
GOLDEN = {
    "all 5s": (
        [5] * 10,
        [1, 6, 17, 48, 140, 420, 1302, 4167, 13752, 46757],
        [260, 270, 280, 290, 300, 310, 320, 330, 340, 350],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    ),
    "all 4s": (
        [4] * 10,
        [1, 6, 15, 38, 95, 238, 595, 1488, 3720, 9300],
        [250] * 10,
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    ),
    "twelve 3s": (
        [3] * 12,
        [1, 6, 14, 30, 59, 107, 178, 271, 374, 487, 634, 825],
        [236, 222, 208, 194, 180, 166, 152, 138, 130, 130, 130, 130],
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    ),
    "5 4 3 2 5": (
        [5, 4, 3, 2, 5],
        [1, 6, 16, 1, 1],
        [260, 260, 246, 214, 224],
        [1, 2, 3, 0, 1],
    ),
    "0 0 5 5 3": (
        [0, 0, 5, 5, 3],
        [1, 1, 1, 6, 9],
        [170, 130, 140, 150, 136],
        [0, 0, 1, 2, 3],
    ),
}


@pytest.mark.parametrize("name", list(GOLDEN))
def test_golden_sequence(name: str) -> None:
    grades, intervals, efs, reps = GOLDEN[name]
    state, today = NEW, START
    for i, q in enumerate(grades):
        state = review(state, q, today)
        assert (state.interval, state.ef_centi, state.reps) == (intervals[i], efs[i], reps[i])
        assert state.due == today + dt.timedelta(days=min(intervals[i], MAX_INTERVAL))
        assert state.due is not None
        today = state.due  # reviewed on the day it falls due


def test_golden_due_dates_literal() -> None:
    s1 = review(NEW, 4, START)
    s2 = review(s1, 4, dt.date(2024, 1, 2))
    s3 = review(s2, 4, dt.date(2024, 1, 8))
    assert [s1.due, s2.due, s3.due] == [
        dt.date(2024, 1, 2),
        dt.date(2024, 1, 8),
        dt.date(2024, 1, 23),
    ]


def test_due_is_capped_but_interval_is_not() -> None:
    before = Sm2State(reps=9, interval=13752, ef_centi=340, due=START)
    after = review(before, 5, START)
    assert after.interval == 46757
    assert after.ef_centi == 350
    assert after.due == dt.date(2123, 12, 8) == START + dt.timedelta(days=36500)


def test_new_card() -> None:
    assert NEW == Sm2State(0, 0, 250, None)


def test_lateness_earns_nothing() -> None:
    state = Sm2State(reps=3, interval=15, ef_centi=250, due=START)
    on_time = review(state, 5, START)
    late = review(state, 5, START + dt.timedelta(days=40))
    assert late.interval == on_time.interval == 38
    assert late.due == START + dt.timedelta(days=40 + 38)


def test_ef_has_no_upper_bound() -> None:
    state = NEW
    for _ in range(50):
        state = review(state, 5, START)
    assert state.ef_centi == 250 + 50 * 10


# --- grades ---------------------------------------------------------------


def test_grade_enum_and_labels() -> None:
    assert [int(g) for g in Grade] == [0, 1, 2, 3, 4, 5]
    assert int(Grade.BLACKOUT) == 0 and int(Grade.PERFECT) == 5
    assert set(GRADE_LABELS) == set(Grade)
    assert grade_label(0) == "0 blackout"
    for g in Grade:
        assert grade_label(g).startswith(f"{int(g)} ")
    with pytest.raises(ValueError):
        grade_label(6)


def test_pass_threshold() -> None:
    assert PASS_THRESHOLD == 3
    assert [passed(q) for q in range(6)] == [False, False, False, True, True, True]


def test_validate_grade_accepts_and_returns_plain_int() -> None:
    for q in range(6):
        assert validate_grade(q) == q
    result = validate_grade(Grade.HESITANT)
    assert result == 4 and type(result) is int


def test_validate_grade_message() -> None:
    with pytest.raises(ValueError, match=r"^A grade is a whole number from 0 to 5, not '7'\.$"):
        validate_grade(7)


invalid_grades = st.one_of(
    st.integers().filter(lambda q: not 0 <= q <= 5),
    st.booleans(),
    st.floats(),
    st.sampled_from([3.0, "3", b"3", None, [3], 3 + 0j]),
    st.text(),
)


@given(q=invalid_grades)
def test_invalid_grades_raise(q: object) -> None:
    with pytest.raises(ValueError):
        validate_grade(q)
    with pytest.raises(ValueError):
        review(NEW, q, START)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        passed(q)  # type: ignore[arg-type]


# --- state validation -----------------------------------------------------


@pytest.mark.parametrize(
    "fields",
    [
        {"reps": -1},
        {"interval": -1},
        {"ef_centi": MIN_EF_CENTI - 1},
        {"ef_centi": 2.5},
        {"reps": True},
        {"interval": 1.0},
        {"due": "2024-01-01"},
        {"due": dt.datetime(2024, 1, 1, 12)},
    ],
)
def test_nonsense_state_rejected(fields: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        dataclasses.replace(NEW, **fields)  # type: ignore[arg-type]


def test_today_must_be_a_date() -> None:
    with pytest.raises(ValueError):
        review(NEW, 5, dt.datetime(2024, 1, 1, 9))
    with pytest.raises(ValueError):
        review(NEW, 5, "2024-01-01")  # type: ignore[arg-type]


def test_state_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        NEW.reps = 3  # type: ignore[misc]


# --- properties -----------------------------------------------------------

grades = st.integers(min_value=0, max_value=5)
passing = st.integers(min_value=PASS_THRESHOLD, max_value=5)
failing = st.integers(min_value=0, max_value=PASS_THRESHOLD - 1)
days = st.dates(max_value=dt.date.max - dt.timedelta(days=MAX_INTERVAL))

arbitrary_states = st.builds(
    Sm2State,
    reps=st.integers(min_value=0, max_value=1000),
    interval=st.integers(min_value=0, max_value=10**7),
    ef_centi=st.integers(min_value=MIN_EF_CENTI, max_value=2000),
    due=st.none() | days,
)


@st.composite
def reachable_states(draw: st.DrawFn) -> Sm2State:
    state = NEW
    for q in draw(st.lists(grades, max_size=30)):
        state = review(state, q, START)
    return state


states = arbitrary_states | reachable_states()


@given(state=states, q=grades, today=days)
def test_ef_floor_and_types(state: Sm2State, q: int, today: dt.date) -> None:
    after = review(state, q, today)
    for value in (after.reps, after.interval, after.ef_centi):
        assert type(value) is int
    assert after.ef_centi >= MIN_EF_CENTI


@given(state=states, q=failing, today=days)
def test_fail_resets(state: Sm2State, q: int, today: dt.date) -> None:
    after = review(state, q, today)
    assert (after.reps, after.interval) == (0, 1)


@given(state=states, q=passing, today=days)
def test_pass_never_shortens_once_established(state: Sm2State, q: int, today: dt.date) -> None:
    after = review(state, q, today)
    assert after.reps == state.reps + 1
    if state.reps >= 2:
        assert after.interval >= state.interval


@given(state=states, today=days)
def test_passing_grades_agree_on_next_interval(state: Sm2State, today: dt.date) -> None:
    assert len({review(state, q, today).interval for q in (3, 4, 5)}) == 1
    assert len({review(state, q, today).due for q in (3, 4, 5)}) == 1


@given(state=states, q=grades, today=days)
def test_deterministic_and_input_untouched(state: Sm2State, q: int, today: dt.date) -> None:
    snapshot = dataclasses.astuple(state)
    assert review(state, q, today) == review(state, q, today)
    assert dataclasses.astuple(state) == snapshot


@given(state=states, q=grades, today=days)
def test_due_is_today_plus_capped_interval(state: Sm2State, q: int, today: dt.date) -> None:
    after = review(state, q, today)
    assert after.due is not None
    assert (after.due - today).days == min(after.interval, MAX_INTERVAL)
