"""Reading and writing review state (the database edge of the review day).

Each function takes the caller's session and neither commits nor opens one;
the controller wraps each answer in its own transaction.  Queries read only
what the queue needs, through ``ix_card_queue`` and ``ix_review_day``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from typing import cast

from sqlalchemy import ColumnElement, Table, bindparam, delete, func, insert, select, true, update
from sqlalchemy.orm import Session

from quizzer.config import Config
from quizzer.db.models import Card, Deck, Note, Review
from quizzer.db.queries import LIVE
from quizzer.review.logic import REDRILL_BELOW, Answer, Candidate, CardState
from quizzer.sm2 import Sm2State

__all__ = [
    "CardView",
    "DayPlan",
    "TypedAnswer",
    "apply_answer",
    "card_view",
    "graded_on",
    "load_card",
    "new_waiting",
    "next_due",
    "plan_day",
    "set_suspended",
    "tomorrow_load",
    "undo_answer",
]



@dataclass(frozen=True, slots=True)
class TypedAnswer:
    """A typed answer as logged: the text, the grader's outcome, the grade it suggested."""

    text: str
    outcome: str
    suggested: int


@dataclass(frozen=True, slots=True)
class DayPlan:
    """What the database says about today, for building the session."""

    due: list[Candidate]
    new: list[Candidate]
    review_room: dict[int, int]
    new_room: dict[int, int]
    seen_notes: set[int]
    graded_today: set[int]
    redrill: list[int]


def plan_day(session: Session, decks: Sequence[Deck], today: dt.date, config: Config) -> DayPlan:
    deck_ids = [deck.id for deck in decks]
    done_rows = session.execute(
        select(Card.deck_id, Review.prev_due.is_(None), func.count())
        .join(Card, Card.id == Review.card_id)
        .where(Review.day == today, Review.drill.is_(False), Card.deck_id.in_(deck_ids))
        .group_by(Card.deck_id, Review.prev_due.is_(None))
    ).all()
    new_done = {deck_id: 0 for deck_id in deck_ids}
    reviews_done = dict(new_done)
    for deck_id, was_new, count in done_rows:
        (new_done if was_new else reviews_done)[deck_id] += count
    today_rows = session.execute(
        select(Review.card_id, Review.grade, Review.drill, Card.note_id)
        .join(Card, Card.id == Review.card_id)
        .where(Review.day == today, Card.deck_id.in_(deck_ids))
        .order_by(Review.id)
    ).all()
    last_grade: dict[int, int] = {}
    graded: set[int] = set()
    seen: set[int] = set()
    for card_id, grade, drill, note_id in today_rows:
        last_grade[card_id] = grade
        seen.add(note_id)
        if not drill:
            graded.add(card_id)
    suspended = set(
        session.scalars(select(Card.id).where(Card.id.in_(list(last_grade)), Card.suspended.is_(True)))
    )
    redrill = [c for c, g in last_grade.items() if g < REDRILL_BELOW and c not in suspended]

    due: list[Candidate] = []
    new: list[Candidate] = []
    review_room: dict[int, int] = {}
    new_room: dict[int, int] = {}
    for deck in decks:
        limits = config.limits_for(deck.name)
        review_room[deck.id] = max(limits.reviews_per_day - reviews_done[deck.id], 0)
        new_room[deck.id] = max(limits.new_per_day - new_done[deck.id], 0)
        columns = (Card.id, Card.note_id, Card.deck_id, Card.due, Card.new_rank, Card.ord)
        # Fetch a little more than the room: siblings of one note are skipped.
        if review_room[deck.id]:
            rows = session.execute(
                select(*columns)
                .join(Note, Note.id == Card.note_id)
                .where(Card.deck_id == deck.id, Card.due <= today, LIVE, _unseen(seen))
                .order_by(Card.due, Card.new_rank, Card.ord)
                .limit(review_room[deck.id] * 2 + 10)
            ).all()
            due.extend(Candidate(*row) for row in rows)
        if new_room[deck.id]:
            rows = session.execute(
                select(*columns)
                .join(Note, Note.id == Card.note_id)
                .where(Card.deck_id == deck.id, Card.due.is_(None), LIVE, _unseen(seen))
                .order_by(Card.new_rank, Card.ord)
                .limit(new_room[deck.id] * 2 + 10)
            ).all()
            new.extend(Candidate(*row) for row in rows)
    return DayPlan(due, new, review_room, new_room, seen, graded, redrill)


def graded_on(session: Session, card_id: int, day: dt.date) -> bool:
    """Has the card had its scheduling grade on ``day`` (perhaps in another session)?"""
    return session.scalar(_GRADED_ON, {"card_id": card_id, "day": day}) is not None


# The answer path runs once a card: its statements are built once, here, and
# run with parameters (building them each time cost more than SQLite did).
_CARDS = cast(Table, Card.__table__)
_REVIEWS = cast(Table, Review.__table__)
_LOAD_CARD = select(
    Card.id, Card.note_id, Card.reps, Card.interval, Card.ef_centi, Card.due, Card.lapses, Card.suspended, Card.leech
).where(Card.id == bindparam("card_id"))
_SET_STATE = (
    update(_CARDS)
    .where(_CARDS.c.id == bindparam("card_id"))
    .values(
        reps=bindparam("new_reps"),
        interval=bindparam("new_interval"),
        ef_centi=bindparam("new_ef_centi"),
        due=bindparam("new_due", type_=_CARDS.c.due.type),
        lapses=bindparam("new_lapses"),
        suspended=bindparam("new_suspended"),
        leech=bindparam("new_leech"),
    )
)
_LOG = insert(_REVIEWS)
_GRADED_ON = (
    select(Review.id)
    .where(Review.card_id == bindparam("card_id"), Review.day == bindparam("day", type_=_REVIEWS.c.day.type))
    .where(Review.drill.is_(False))
    .limit(1)
)


def _unseen(notes: set[int]) -> ColumnElement[bool]:
    """Cards whose note had no card answered today (siblings wait a day)."""
    return Card.note_id.not_in(notes) if notes else true()


def load_card(session: Session, card_id: int) -> CardState:
    row = session.execute(_LOAD_CARD, {"card_id": card_id}).one()
    return CardState(row.id, row.note_id, Sm2State(row.reps, row.interval, row.ef_centi, row.due), *row[6:])


def _state_params(card_id: int, state: CardState) -> dict[str, object]:
    return {
        "card_id": card_id,
        "new_reps": state.sm2.reps,
        "new_interval": state.sm2.interval,
        "new_ef_centi": state.sm2.ef_centi,
        "new_due": state.sm2.due,
        "new_lapses": state.lapses,
        "new_suspended": state.suspended,
        "new_leech": state.leech,
    }


def apply_answer(
    session: Session, answer: Answer, *, at: dt.datetime, duration_ms: int | None, typed: TypedAnswer | None = None
) -> int:
    """Store an answer: the card's new state and a review row.  Returns the row id."""
    before, after = answer.before, answer.after
    if not answer.drill:
        session.execute(_SET_STATE, _state_params(answer.card_id, after))
    result = session.execute(
        _LOG,
        {
            "card_id": answer.card_id,
            "reviewed_at": at,
            "grade": answer.grade,
            "day": answer.day,
            "drill": answer.drill,
            "duration_ms": duration_ms,
            "prev_reps": before.sm2.reps,
            "prev_interval": before.sm2.interval,
            "prev_ef_centi": before.sm2.ef_centi,
            "prev_due": before.sm2.due,
            "prev_lapses": before.lapses,
            "prev_suspended": before.suspended,
            "prev_leech": before.leech,
            "interval": after.sm2.interval,
            "ef_centi": after.sm2.ef_centi,
            "due": after.sm2.due,
            "typed_answer": typed.text if typed else None,
            "typed_outcome": typed.outcome if typed else None,
            "suggested_grade": typed.suggested if typed else None,
        },
    )
    return int(result.inserted_primary_key[0])  # type: ignore[attr-defined]


def undo_answer(session: Session, review_id: int) -> None:
    """Put the card back exactly as it was before that answer and remove the row."""
    row = session.get_one(Review, review_id)
    if not row.drill:
        before = CardState(
            row.card_id,
            0,
            Sm2State(int(row.prev_reps or 0), int(row.prev_interval or 0), int(row.prev_ef_centi or 250), row.prev_due),
            int(row.prev_lapses or 0),
            bool(row.prev_suspended),
            bool(row.prev_leech),
        )
        session.execute(_SET_STATE, _state_params(row.card_id, before))
    session.execute(delete(Review).where(Review.id == review_id))


def set_suspended(session: Session, card_id: int, suspended: bool) -> bool:
    """Suspend or unsuspend; False if there is no such card."""
    result = session.execute(update(Card).where(Card.id == card_id).values(suspended=suspended))
    return bool(getattr(result, "rowcount", 0))


@dataclass(frozen=True, slots=True)
class CardView:
    """What the screen shows of a card."""

    card_id: int
    deck: str
    kind: str
    ord: int
    front: str
    back: str
    command: str | None
    context: str | None
    section: tuple[str, ...]
    answers: tuple[str, ...]
    position: int | None
    is_new: bool
    leech: bool
    previous: str | None = None  # a step's previous step, as written


def card_view(session: Session, card_id: int) -> CardView:
    row = session.execute(_CARD_VIEW, {"card_id": card_id}).one()
    kind, front, position = row[2], row[4], row[10]
    previous = None
    if kind == "step" and position is not None and position > 1:
        previous = _previous_step(session, row[13], front, position)
    return CardView(
        row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], tuple(row[8]), tuple(row[9]), row[10],
        row[11] is None, bool(row[12]), previous,
    )


# Run once a card: built once, rows as tuples (no ORM objects loaded).
_CARD_VIEW = (
    select(
        Card.id, Deck.name, Note.kind, Card.ord, Note.front, Note.back, Note.command, Note.context,
        Note.section, Note.answers, Note.position, Card.due, Card.leech, Note.deck_id,
    )
    .join(Note, Note.id == Card.note_id)
    .join(Deck, Deck.id == Card.deck_id)
    .where(Card.id == bindparam("card_id"))
)
_PREVIOUS_STEP = (
    select(Note.back)
    .where(Note.deck_id == bindparam("deck_id"), Note.kind == "step", Note.front == bindparam("front"))
    .where(Note.position == bindparam("position"), Note.retired_at.is_(None))
    .limit(1)
)


def _previous_step(session: Session, deck_id: int, front: str, position: int) -> str | None:
    """The text of the step before this one in the same procedure (a live note)."""
    from quizzer.cards import procedure_of

    previous_front = f"{procedure_of(front)} — step {position - 1}"
    return session.scalar(_PREVIOUS_STEP, {"deck_id": deck_id, "front": previous_front, "position": position - 1})


def tomorrow_load(session: Session, deck_ids: Sequence[int], today: dt.date) -> int:
    """Reviews that will be due tomorrow (overdue ones included)."""
    tomorrow = today + dt.timedelta(days=1)
    return int(
        session.scalar(
            select(func.count())
            .select_from(Card)
            .join(Note, Note.id == Card.note_id)
            .where(Card.deck_id.in_(list(deck_ids)), Card.due <= tomorrow, LIVE)
        )
        or 0
    )


def new_waiting(session: Session, deck_ids: Sequence[int], today: dt.date) -> int:
    """New cards a higher new-card limit would show today.

    One card a note a day: a note with a card answered today shows none
    (its siblings wait for tomorrow whatever the limit), any other note with
    new cards shows one of them.
    """
    seen_today = (
        select(Card.note_id).join(Review, Review.card_id == Card.id).where(Review.day == today).scalar_subquery()
    )
    return int(
        session.scalar(
            select(func.count(func.distinct(Card.note_id)))
            .select_from(Card)
            .join(Note, Note.id == Card.note_id)
            .where(Card.deck_id.in_(list(deck_ids)), Card.due.is_(None), LIVE, Card.note_id.not_in(seen_today))
        )
        or 0
    )


def next_due(session: Session, deck_ids: Sequence[int], today: dt.date) -> dt.date | None:
    """The first day after today with a card due."""
    return session.scalar(
        select(func.min(Card.due))
        .join(Note, Note.id == Card.note_id)
        .where(Card.deck_id.in_(list(deck_ids)), Card.due > today, LIVE)
    )
