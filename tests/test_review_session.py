"""quizzer.review.session: the day's walk through the queue, re-drill and undo (pure)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizzer.review.logic import Answer, Candidate, CardState, answer_card
from quizzer.review.session import Session
from quizzer.sm2 import NEW, Sm2State

TODAY = dt.date(2024, 3, 1)


def queue_of(*card_ids: int, new: bool = True) -> list[Candidate]:
    due = None if new else TODAY
    return [Candidate(card_id, card_id, 1, due, n) for n, card_id in enumerate(card_ids)]


class Cards:
    """A stand-in for the database: card states by id, updated by each answer."""

    def __init__(self) -> None:
        self.states: dict[int, CardState] = {}

    def get(self, card_id: int) -> CardState:
        return self.states.setdefault(card_id, CardState(card_id, card_id, NEW))

    def answer(self, session: Session, grade: int) -> Answer:
        card_id = session.current()
        assert card_id is not None
        answer = answer_card(self.get(card_id), grade, TODAY, graded_today=session.graded_today(card_id))
        self.states[card_id] = answer.after
        session.record(answer)
        return answer


def walk(session: Session, cards: Cards, grades: list[int]) -> list[tuple[int, int, bool]]:
    """Answer with ``grades`` in turn; returns (card, grade, drill) of each."""
    out = []
    for grade in grades:
        answer = cards.answer(session, grade)
        out.append((answer.card_id, grade, answer.drill))
    return out


def test_walks_the_queue_in_order_then_is_done() -> None:
    session, cards = Session(queue_of(1, 2, 3)), Cards()
    assert session.current() == 1
    assert walk(session, cards, [5, 4, 5]) == [(1, 5, False), (2, 4, False), (3, 5, False)]
    assert session.current() is None
    assert session.done == 3 and session.total == 3


def test_grades_below_four_come_back_after_the_queue_until_four_or_five() -> None:
    session, cards = Session(queue_of(1, 2, 3)), Cards()
    steps = walk(session, cards, [3, 5, 1, 2, 4, 5])
    assert steps == [
        (1, 3, False), (2, 5, False), (3, 1, False),  # the day's cards; 3s are drilled too
        (1, 2, True),  # re-drill: 1 fails again and goes to the back of the line
        (3, 4, True),
        (1, 5, True),
    ]
    assert session.current() is None


def test_redrill_ends_once_every_low_card_scored_four_or_five() -> None:
    session, cards = Session(queue_of(1, 2)), Cards()
    walk(session, cards, [3, 2])
    assert session.in_redrill
    walk(session, cards, [4, 3, 5])  # 1 → 4 (done), 2 → 3 (again), 2 → 5 (done)
    assert session.current() is None
    assert not session.in_redrill


def test_drill_grades_change_no_state() -> None:
    session, cards = Session(queue_of(1)), Cards()
    first = cards.answer(session, 3)
    after_first = cards.get(1)
    drills = [cards.answer(session, g) for g in (0, 1, 2, 3, 5)]
    assert all(d.drill for d in drills)
    assert all(d.before == d.after == after_first for d in drills)
    assert cards.get(1) == first.after


def test_graded_today_marks_only_real_grades() -> None:
    session, cards = Session(queue_of(1, 2)), Cards()
    assert not session.graded_today(1)
    cards.answer(session, 2)
    assert session.graded_today(1) and not session.graded_today(2)


def test_counts_new_review_redrill_including_the_card_on_screen() -> None:
    queue = queue_of(1, 2, new=False) + queue_of(3, 4, 5)
    session, cards = Session(queue), Cards()
    assert session.counts() == (3, 2, 0)
    walk(session, cards, [3, 5, 0])
    assert session.counts() == (2, 0, 2)
    walk(session, cards, [5, 5])
    assert session.counts() == (0, 0, 2)
    assert session.in_redrill


def test_recording_a_card_that_is_not_on_screen_is_refused() -> None:
    session = Session(queue_of(1, 2))
    wrong = answer_card(CardState(2, 2, NEW), 5, TODAY, graded_today=False)
    with pytest.raises(ValueError):
        session.record(wrong)
    assert session.current() == 1


def test_reopened_session_carries_redrill_and_todays_grades() -> None:
    session, cards = Session(queue_of(5), redrill=[1, 2, 1], graded_today=[1, 2]), Cards()
    assert session.counts() == (1, 0, 2)
    steps = walk(session, cards, [5, 4, 4])
    assert steps == [(5, 5, False), (1, 4, True), (2, 4, True)]
    assert session.current() is None


def test_suspending_drops_the_card_from_queue_and_redrill() -> None:
    session, cards = Session(queue_of(1, 2, 3)), Cards()
    walk(session, cards, [2])
    session.drop(2)
    assert session.current() == 3
    walk(session, cards, [5])
    assert session.current() == 1  # re-drill
    session.drop(1)
    assert session.current() is None


def test_a_card_suspended_by_its_answer_is_not_redrilled() -> None:
    session = Session(queue_of(1))
    learned = CardState(1, 1, Sm2State(3, 10, 200, TODAY), lapses=7)
    answer = answer_card(learned, 0, TODAY, graded_today=False)
    assert answer.after.suspended  # the 8th lapse: a leech
    session.record(answer)
    assert session.current() is None


def test_undo_restores_position_redrill_and_graded() -> None:
    session, cards = Session(queue_of(1, 2)), Cards()
    walk(session, cards, [3])
    undo = session.undo()
    assert undo is not None and undo.card_id == 1 and undo.answer is not None
    assert undo.answer.grade == 3
    assert session.current() == 1
    assert not session.graded_today(1)
    assert session.counts() == (2, 0, 0)
    assert session.answers == []
    assert not session.can_undo


def test_undo_walks_back_every_step_in_order() -> None:
    session, cards = Session(queue_of(1, 2, 3)), Cards()
    walk(session, cards, [2, 5])
    session.drop(3)
    walk(session, cards, [1])  # the re-drill of 1
    undone = []
    while (step := session.undo()) is not None:
        undone.append((step.card_id, step.answer.grade if step.answer else None))
    assert undone == [(1, 1), (3, None), (2, 5), (1, 2)]
    assert session.current() == 1
    assert session.counts() == (3, 0, 0)
    assert session.undo() is None


def test_undo_of_a_drill_keeps_the_card_graded() -> None:
    session, cards = Session(queue_of(1)), Cards()
    walk(session, cards, [3, 2])  # the second is a drill
    session.undo()
    assert session.graded_today(1)
    assert session.current() == 1 and session.in_redrill


actions = st.lists(st.one_of(st.integers(0, 5), st.sampled_from(["undo", "drop"])), max_size=40)


@settings(max_examples=200)
@given(n=st.integers(0, 6), steps=actions)
def test_any_walk_undone_returns_to_the_start(n: int, steps: list[object]) -> None:
    session, cards = Session(queue_of(*range(1, n + 1))), Cards()
    start = (session.current(), session.counts(), session.total)
    depth = 0
    for step in steps:
        if step == "undo":
            if session.undo() is not None:
                depth -= 1
            continue
        card_id = session.current()
        if card_id is None:
            break
        if step == "drop":
            session.drop(card_id)
        else:
            assert isinstance(step, int)
            cards.answer(session, step)
        depth += 1
        # invariants at every step
        new, review, redrill = session.counts()
        assert review == 0 and new >= 0 and redrill >= 0
        assert session.done == len(session.answers)
    assert session.can_undo == (depth > 0)
    while session.undo() is not None:
        pass
    assert (session.current(), session.counts(), session.total) == start
    assert session.answers == []
    assert not any(session.graded_today(c) for c in range(1, n + 1))


@settings(max_examples=100)
@given(grades=st.lists(st.integers(0, 5), min_size=1, max_size=60), n=st.integers(1, 5))
def test_each_card_gets_exactly_one_real_grade_and_ends_on_four_or_five(grades: list[int], n: int) -> None:
    session, cards = Session(queue_of(*range(1, n + 1))), Cards()
    for grade in grades + [5] * (n * 2):  # finish with passes so the day ends
        if session.current() is None:
            break
        cards.answer(session, grade)
    assert session.current() is None
    real = [a.card_id for a in session.answers if not a.drill]
    assert sorted(real) == list(range(1, n + 1))
    last: dict[int, int] = {}
    for a in session.answers:
        last[a.card_id] = a.grade
    assert all(g >= 4 for g in last.values())


def test_refill_takes_the_cards_to_come_from_the_queue_built_again() -> None:
    """An edit in review: the cards still to come are those of today's queue built again (a note retired, one
    added, a limit's room refilled); the card on screen stays, the cards gone by and their undo stay."""
    cards, session = Cards(), Session(queue_of(1, 2, 3))
    walk(session, cards, [5])
    session.refill(queue_of(2, 4, 5), on_screen=2)  # card 3's note retired; 4 and 5 fill the room
    assert session.current() == 2 and session.counts() == (3, 0, 0)
    session.refill(queue_of(4, 5), on_screen=2)  # the limit left card 2 out: on screen, it stays first
    assert session.counts() == (3, 0, 0)
    assert [c for c, _, _ in walk(session, cards, [5, 5, 5])] == [2, 4, 5]
    assert session.current() is None
    assert session.undo() is not None and session.current() == 5  # undo walks back through the refilled queue


def test_refill_during_the_re_drill_asks_the_added_cards_first() -> None:
    cards, session = Cards(), Session(queue_of(1))
    walk(session, cards, [2])
    assert session.in_redrill and session.counts() == (0, 0, 1)
    session.refill(queue_of(7))  # a review started now: the new card, then the re-drill
    assert session.counts() == (1, 0, 1) and session.current() == 7
