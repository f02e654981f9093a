"""quizzer.review.logic: what one answer does, and how today's queue is built (pure)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizzer.review.logic import REDRILL_BELOW, Answer, Candidate, CardState, LeechRule, answer_card, build_queue
from quizzer.sm2 import NEW, Sm2State, review

TODAY = dt.date(2024, 3, 1)
LEARNED = Sm2State(reps=3, interval=15, ef_centi=250, due=TODAY)


def card(sm2: Sm2State = NEW, **kw: object) -> CardState:
    return CardState(card_id=kw.pop("card_id", 1), note_id=kw.pop("note_id", 1), sm2=sm2, **kw)  # type: ignore[arg-type]


# -- answer_card ---------------------------------------------------------------------


@pytest.mark.parametrize("grade", range(6))
def test_first_grade_of_the_day_goes_to_sm2(grade: int) -> None:
    before = card(LEARNED)
    answer = answer_card(before, grade, TODAY, graded_today=False)
    assert answer.drill is False
    assert answer.before == before
    assert answer.after.sm2 == review(LEARNED, grade, TODAY)
    assert (answer.card_id, answer.grade, answer.day) == (1, grade, TODAY)


@pytest.mark.parametrize("grade", range(6))
def test_a_later_grade_the_same_day_is_a_drill_that_changes_nothing(grade: int) -> None:
    before = card(LEARNED, lapses=3)
    answer = answer_card(before, grade, TODAY, graded_today=True)
    assert answer.drill is True
    assert answer.after == answer.before == before
    assert not answer.became_leech


def test_sm2_gets_today_from_the_caller() -> None:
    later = dt.date(2030, 1, 1)
    answer = answer_card(card(NEW), 5, later, graded_today=False)
    assert answer.after.sm2.due == later + dt.timedelta(days=1)


@pytest.mark.parametrize("grade", [0, 1, 2])
def test_forgetting_a_learned_card_is_a_lapse(grade: int) -> None:
    answer = answer_card(card(LEARNED, lapses=2), grade, TODAY, graded_today=False)
    assert answer.after.lapses == 3
    assert answer.after.sm2.reps == 0


@pytest.mark.parametrize("grade", [0, 1, 2])
def test_failing_a_new_card_is_no_lapse(grade: int) -> None:
    answer = answer_card(card(NEW), grade, TODAY, graded_today=False)
    assert answer.after.lapses == 0


@pytest.mark.parametrize("grade", [3, 4, 5])
def test_passing_is_no_lapse(grade: int) -> None:
    answer = answer_card(card(LEARNED, lapses=5), grade, TODAY, graded_today=False)
    assert answer.after.lapses == 5


@pytest.mark.parametrize("bad", [-1, 6, 2.0, "3", True, None])
def test_answer_rejects_what_is_not_a_grade(bad: object) -> None:
    with pytest.raises(ValueError):
        answer_card(card(LEARNED), bad, TODAY, graded_today=False)  # type: ignore[arg-type]


def test_redrill_threshold_includes_threes() -> None:
    assert REDRILL_BELOW == 4


# -- leeches --------------------------------------------------------------------------


def test_leech_rule_as_anki_eight_then_every_four() -> None:
    rule = LeechRule()
    assert [n for n in range(0, 30) if rule.triggers(n)] == [8, 12, 16, 20, 24, 28]


def test_leech_rule_threshold_is_configurable() -> None:
    assert [n for n in range(0, 10) if LeechRule(lapses=3).triggers(n)] == [3, 4, 5, 6, 7, 8, 9]
    assert [n for n in range(0, 10) if LeechRule(lapses=1).triggers(n)] == list(range(1, 10))


def test_the_eighth_lapse_tags_and_suspends() -> None:
    answer = answer_card(card(LEARNED, lapses=7), 0, TODAY, graded_today=False)
    assert answer.after.lapses == 8
    assert answer.after.leech and answer.after.suspended
    assert answer.became_leech


def test_the_seventh_lapse_does_not() -> None:
    answer = answer_card(card(LEARNED, lapses=6), 0, TODAY, graded_today=False)
    assert not answer.after.leech and not answer.after.suspended
    assert not answer.became_leech


def test_a_leech_can_be_tagged_without_suspending() -> None:
    answer = answer_card(card(LEARNED, lapses=7), 1, TODAY, graded_today=False, leech=LeechRule(8, suspend=False))
    assert answer.after.leech and not answer.after.suspended
    assert answer.became_leech


def test_passing_a_leech_keeps_its_tag_but_is_no_new_leech() -> None:
    answer = answer_card(card(LEARNED, lapses=8, leech=True), 5, TODAY, graded_today=False)
    assert answer.after.leech
    assert not answer.became_leech


@given(
    reps=st.integers(0, 20),
    interval=st.integers(0, 5000),
    ef=st.integers(130, 400),
    due=st.one_of(st.none(), st.dates(dt.date(2000, 1, 1), dt.date(2100, 1, 1))),
    lapses=st.integers(0, 40),
    grade=st.integers(0, 5),
    graded_today=st.booleans(),
)
def test_answer_is_consistent(
    reps: int, interval: int, ef: int, due: dt.date | None, lapses: int, grade: int, graded_today: bool
) -> None:
    before = card(Sm2State(reps, interval, ef, due), lapses=lapses)
    answer = answer_card(before, grade, TODAY, graded_today=graded_today)
    assert isinstance(answer, Answer)
    assert answer.before == before
    if graded_today:
        assert answer.after == before
        return
    assert answer.after.sm2 == review(before.sm2, grade, TODAY)
    lapsed = grade < 3 and due is not None
    assert answer.after.lapses == lapses + lapsed
    assert answer.after.leech == (LeechRule().triggers(lapses + 1) if lapsed else False)
    assert answer.after.suspended == answer.after.leech
    assert (answer.after.card_id, answer.after.note_id) == (before.card_id, before.note_id)


# -- build_queue ----------------------------------------------------------------------


def due_card(card_id: int, due: dt.date, *, note: int | None = None, deck: int = 1, rank: int = 0, ord: int = 0) -> Candidate:
    return Candidate(card_id, card_id if note is None else note, deck, due, rank, ord)


def new_card(card_id: int, *, note: int | None = None, deck: int = 1, rank: int = 0, ord: int = 0) -> Candidate:
    return Candidate(card_id, card_id if note is None else note, deck, None, rank, ord)


def ids(queue: list[Candidate]) -> list[int]:
    return [c.card_id for c in queue]


def test_candidate_is_new_when_never_due() -> None:
    assert new_card(1).is_new
    assert not due_card(1, TODAY).is_new


def test_reviews_most_overdue_first_then_new_in_document_order() -> None:
    due = [
        due_card(1, TODAY),
        due_card(2, TODAY - dt.timedelta(days=10)),
        due_card(3, TODAY - dt.timedelta(days=3)),
    ]
    new = [new_card(10, rank=2), new_card(11, rank=0), new_card(12, rank=1)]
    queue = build_queue(due=due, new=new, review_room={1: 200}, new_room={1: 20})
    assert ids(queue) == [2, 3, 1, 11, 12, 10]


def test_daily_limits_per_deck() -> None:
    due = [due_card(i, TODAY - dt.timedelta(days=i), deck=1 + i % 2) for i in range(1, 11)]
    new = [new_card(100 + i, deck=1 + i % 2, rank=i) for i in range(10)]
    queue = build_queue(due=due, new=new, review_room={1: 2, 2: 3}, new_room={1: 1, 2: 0})
    reviews = Counter(c.deck_id for c in queue if not c.is_new)
    news = Counter(c.deck_id for c in queue if c.is_new)
    assert reviews == {1: 2, 2: 3}
    assert news == {1: 1}
    # each deck keeps its most overdue (deck 1: even ids, deck 2: odd), oldest first
    assert ids(queue)[:5] == [10, 9, 8, 7, 5]


def test_no_room_means_no_cards() -> None:
    queue = build_queue(due=[due_card(1, TODAY)], new=[new_card(2)], review_room={1: 0}, new_room={})
    assert queue == []


def test_siblings_never_both_on_one_day() -> None:
    # forward (ord 0) and reverse (ord 1) of note 7, both new; and both due for note 8
    new = [new_card(1, note=7, ord=0), new_card(2, note=7, ord=1), new_card(3, note=9, rank=1)]
    due = [due_card(4, TODAY, note=8, ord=1), due_card(5, TODAY, note=8, ord=0)]
    queue = build_queue(due=due, new=new, review_room={1: 10}, new_room={1: 10})
    assert ids(queue) == [5, 1, 3]


def test_due_sibling_beats_a_new_one() -> None:
    due = [due_card(1, TODAY, note=5, ord=0)]
    new = [new_card(2, note=5, ord=1)]
    assert ids(build_queue(due=due, new=new, review_room={1: 5}, new_room={1: 5})) == [1]


def test_notes_answered_earlier_today_wait_for_another_day() -> None:
    due = [due_card(1, TODAY, note=5)]
    new = [new_card(2, note=6), new_card(3, note=7, rank=1)]
    queue = build_queue(due=due, new=new, review_room={1: 5}, new_room={1: 5}, seen_notes=[5, 6])
    assert ids(queue) == [3]


def test_a_skipped_sibling_does_not_use_up_the_limit() -> None:
    new = [new_card(1, note=1, ord=0), new_card(2, note=1, ord=1), new_card(3, note=2, rank=1)]
    assert ids(build_queue(due=[], new=new, review_room={}, new_room={1: 2})) == [1, 3]


def test_new_cards_follow_the_deck_order_given() -> None:
    new = [new_card(1, deck=1), new_card(2, deck=2), new_card(3, deck=3)]
    queue = build_queue(due=[], new=new, review_room={}, new_room={1: 5, 2: 5, 3: 5}, deck_order=[3, 1, 2])
    assert ids(queue) == [3, 1, 2]


candidates = st.builds(
    Candidate,
    card_id=st.integers(1, 60),
    note_id=st.integers(1, 25),
    deck_id=st.integers(1, 3),
    due=st.one_of(st.none(), st.dates(TODAY - dt.timedelta(days=30), TODAY)),
    new_rank=st.integers(0, 30),
    ord=st.integers(0, 1),
)
rooms = st.dictionaries(st.integers(1, 3), st.integers(0, 10))


@given(
    pool=st.lists(candidates, max_size=60, unique_by=lambda c: c.card_id),
    review_room=rooms,
    new_room=rooms,
    seen=st.sets(st.integers(1, 25), max_size=5),
)
def test_queue_invariants(
    pool: list[Candidate], review_room: dict[int, int], new_room: dict[int, int], seen: set[int]
) -> None:
    due = [c for c in pool if c.due is not None]
    new = [c for c in pool if c.due is None]
    queue = build_queue(due=due, new=new, review_room=review_room, new_room=new_room, seen_notes=seen)
    again = build_queue(due=list(reversed(due)), new=list(reversed(new)), review_room=review_room,
                        new_room=new_room, seen_notes=seen)
    assert queue == again  # deterministic, whatever order the database returned
    assert all(c in pool for c in queue)
    notes = [c.note_id for c in queue]
    assert len(notes) == len(set(notes))  # one card per note a day
    assert not set(notes) & seen
    reviews = [c for c in queue if not c.is_new]
    assert queue[: len(reviews)] == reviews  # reviews first
    assert [c.due for c in reviews] == sorted(c.due for c in reviews if c.due is not None)
    for deck in {1, 2, 3}:
        assert sum(1 for c in reviews if c.deck_id == deck) <= review_room.get(deck, 0)
        assert sum(1 for c in queue if c.is_new and c.deck_id == deck) <= new_room.get(deck, 0)
    # nothing left out that would have fitted
    for c in pool:
        if c in queue or c.note_id in seen or c.note_id in notes:
            continue
        room = new_room if c.is_new else review_room
        taken = sum(1 for q in queue if q.deck_id == c.deck_id and q.is_new == c.is_new)
        assert taken >= room.get(c.deck_id, 0)
