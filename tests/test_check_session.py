"""quizzer check's logic without a terminal or a database: keys in, decisions out (pure)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quizzer.check_session import CheckSession, Decision, Tally, Verdict, notes_of
from quizzer.db.checks import Waiting, WaitingCard


def shape(first_id: int, notes: int, *, both_ways: bool = False, reason: str | None = "table row") -> Waiting:
    cards = []
    for n in range(notes):
        note = 1000 + first_id + n
        cards.append(WaitingCard(first_id + 2 * n, note, f"front {n}", f"back {n}", 10 + n))
        if both_ways:
            cards.append(WaitingCard(first_id + 2 * n + 1, note, f"front {n}", f"back {n}", 10 + n))
    return Waiting("deck", "notes/deck.md", reason, "command", tuple(cards))


def press_all(session: CheckSession, keys: str) -> list[Decision]:
    return [decision for key in keys if (decision := session.press(key)) is not None]


def test_y_keeps_every_card_of_the_shape_and_n_holds_every_card_back() -> None:
    first, second = shape(0, 4), shape(100, 2, both_ways=True)
    session = CheckSession([first, second])
    assert session.current() is first and session.keys == "ynosq"
    assert press_all(session, "yn") == [Decision(first, Verdict.KEEP), Decision(second, Verdict.HOLD)]
    assert session.done and session.current() is None
    assert session.tally() == Tally(kept=4, held=4, skipped=0, left=0)


def test_one_by_one_goes_through_notes_and_keeps_the_shape_with_the_no_cards_held() -> None:
    both = shape(0, 3, both_ways=True)  # three notes, six cards: each note is judged once
    session = CheckSession([both])
    assert session.press("o") is None and session.one_by_one and session.keys == "ynsq"
    seen = []
    decisions = []
    for key in "yny":
        card = session.card()
        assert card is not None
        seen.append((session.card_position, card.front))
        decisions += [d for d in [session.press(key)] if d is not None]
    assert seen == [(1, "front 0"), (2, "front 1"), (3, "front 2")]
    assert decisions == [Decision(both, Verdict.SOME, (0, 1, 4, 5))]  # both cards of the kept notes
    assert decisions[0].counts == (4, 2)
    assert session.tally() == Tally(kept=4, held=2)


def test_one_by_one_all_yes_keeps_the_shape_and_all_no_holds_it() -> None:
    right, wrong = shape(0, 2), shape(100, 2)
    session = CheckSession([right, wrong])
    assert press_all(session, "oyyonn") == [Decision(right, Verdict.KEEP), Decision(wrong, Verdict.HOLD)]


def test_s_skips_a_shape_and_q_quits_leaving_the_rest_waiting() -> None:
    shapes = [shape(0, 1), shape(100, 1), shape(200, 1), shape(300, 1)]
    session = CheckSession(shapes)
    assert press_all(session, "syq") == [Decision(shapes[1], Verdict.KEEP)]
    assert session.done and session.quit
    assert session.tally() == Tally(kept=1, held=0, skipped=1, left=2)
    assert session.press("y") is None  # after q nothing more is decided


def test_leaving_one_by_one_midway_stores_nothing_for_that_shape() -> None:
    shapes = [shape(0, 3), shape(100, 3)]
    session = CheckSession(shapes)
    assert press_all(session, "oyns") == []  # s in the middle: the shape waits, whole
    assert session.current() is shapes[1]
    assert press_all(session, "oyq") == []
    assert session.tally() == Tally(kept=0, held=0, skipped=1, left=1)


def test_other_keys_do_nothing_and_capitals_count() -> None:
    first = shape(0, 2)
    session = CheckSession([first, shape(100, 1)])
    assert press_all(session, "x?\r 1") == [] and session.current() is first
    assert press_all(session, "Y") == [Decision(first, Verdict.KEEP)]


def test_a_shape_without_cards_is_not_asked_about() -> None:
    empty = Waiting("deck", "notes/deck.md", "table row", "command", ())
    session = CheckSession([empty])
    assert session.done and session.tally() == Tally()


def test_notes_of_groups_a_notes_cards_in_document_order() -> None:
    assert [tuple(card.card_id for card in cards) for cards in notes_of(shape(0, 2, both_ways=True))] == [(0, 1), (2, 3)]


@given(
    sizes=st.lists(st.tuples(st.integers(1, 5), st.booleans()), min_size=1, max_size=5),
    keys=st.text(alphabet="ynosqYx", max_size=40),
)
def test_any_keys_decide_each_shape_at_most_once_in_order_and_count_every_card(
    sizes: list[tuple[int, bool]], keys: str
) -> None:
    shapes = [shape(100 * n, notes, both_ways=both) for n, (notes, both) in enumerate(sizes)]
    session = CheckSession(shapes)
    decisions = press_all(session, keys)
    order = [shapes.index(decision.shape) for decision in decisions]  # type: ignore[arg-type]
    assert order == sorted(set(order))
    for decision in decisions:
        ids = {card.card_id for card in decision.shape.cards}
        assert set(decision.kept) <= ids
        if decision.verdict is Verdict.SOME:  # a mix: some kept, some held, whole notes
            assert 0 < len(decision.kept) < len(ids)
            kept_notes = {card.note_id for card in decision.shape.cards if card.card_id in decision.kept}
            assert {card.card_id for card in decision.shape.cards if card.note_id in kept_notes} == set(decision.kept)
    tally = session.tally()
    assert tally.kept + tally.held == sum(len(decision.shape.cards) for decision in decisions)
    assert len(decisions) + tally.skipped + tally.left == len(shapes)
