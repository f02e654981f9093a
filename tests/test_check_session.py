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
        seen.append((session.card_position, card.front, [c.card_id for c in session.note_cards()]))
        decisions += [d for d in [session.press(key)] if d is not None]
    assert seen == [(1, "front 0", [0, 1]), (2, "front 1", [2, 3]), (3, "front 2", [4, 5])]
    # each answer is stored at once (both cards of the note), then the shape at its last note
    assert decisions == [Decision(both, Verdict.NOTE, kept=(0, 1)), Decision(both, Verdict.NOTE, held=(2, 3)),
                         Decision(both, Verdict.SOME, (0, 1, 4, 5))]
    assert [d.counts for d in decisions] == [(2, 0), (0, 2), (4, 2)]
    assert session.tally() == Tally(kept=4, held=2)


def test_one_by_one_all_yes_keeps_the_shape_and_all_no_holds_it() -> None:
    right, wrong = shape(0, 2), shape(100, 2)
    session = CheckSession([right, wrong])
    assert press_all(session, "oyyonn") == [Decision(right, Verdict.NOTE, kept=(0,)), Decision(right, Verdict.KEEP),
                                            Decision(wrong, Verdict.NOTE, held=(100,)), Decision(wrong, Verdict.HOLD)]
    assert session.tally() == Tally(kept=2, held=2)


def test_s_skips_a_shape_and_q_quits_leaving_the_rest_waiting() -> None:
    shapes = [shape(0, 1), shape(100, 1), shape(200, 1), shape(300, 1)]
    session = CheckSession(shapes)
    assert press_all(session, "syq") == [Decision(shapes[1], Verdict.KEEP)]
    assert session.done and session.quit
    assert session.tally() == Tally(kept=1, held=0, skipped=1, left=2)
    assert session.press("y") is None  # after q nothing more is decided


def test_leaving_one_by_one_midway_keeps_the_answers_given_and_the_rest_waits() -> None:
    shapes = [shape(0, 3), shape(100, 3)]
    session = CheckSession(shapes)
    # s in the middle: the two notes answered are decided; the shape is not (its third note waits)
    assert press_all(session, "oyns") == [Decision(shapes[0], Verdict.NOTE, kept=(0,)),
                                          Decision(shapes[0], Verdict.NOTE, held=(2,))]
    assert session.current() is shapes[1]
    assert press_all(session, "oyq") == [Decision(shapes[1], Verdict.NOTE, kept=(100,))]
    assert session.tally() == Tally(kept=2, held=1, skipped=1, left=1)


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
    assert order == sorted(order)
    decided = [decision for decision in decisions if decision.verdict is not Verdict.NOTE]
    assert len({id(decision.shape) for decision in decided}) == len(decided)  # a shape is decided once
    for decision in decisions:
        ids = {card.card_id for card in decision.shape.cards}
        assert set(decision.kept) <= ids and set(decision.held) <= ids
        if decision.verdict is Verdict.SOME:  # a mix: some kept, some held, whole notes
            assert 0 < len(decision.kept) < len(ids)
            kept_notes = {card.note_id for card in decision.shape.cards if card.card_id in decision.kept}
            assert {card.card_id for card in decision.shape.cards if card.note_id in kept_notes} == set(decision.kept)
        if decision.verdict is Verdict.NOTE:  # one note's cards, all of them, one way
            assert len({card.note_id for card in decision.shape.cards
                        if card.card_id in decision.kept + decision.held}) == 1
            assert not (decision.kept and decision.held)
    # every card kept or held was answered once: by its note, or by its whole shape
    answered: dict[int, bool] = {}
    for decision in decisions:
        if decision.verdict is Verdict.NOTE:
            answered.update({card: True for card in decision.kept} | {card: False for card in decision.held})
        elif decision.verdict is Verdict.KEEP:
            answered.update({card.card_id: True for card in decision.shape.cards})
        elif decision.verdict is Verdict.HOLD:
            answered.update({card.card_id: False for card in decision.shape.cards})
        else:  # SOME, at the last note: the earlier notes as they were answered, and the last one
            answered.update({card.card_id: card.card_id in decision.kept for card in decision.shape.cards})
    tally = session.tally()
    assert (tally.kept, tally.held) == (sum(answered.values()), len(answered) - sum(answered.values()))
    assert len(decided) + tally.skipped + tally.left == len(shapes)
