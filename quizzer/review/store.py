"""Reading and writing review state (the database edge of the review day).

Each function takes the caller's transaction and neither commits nor opens
one; the controller wraps each answer in its own transaction.  A transaction is
a sqlite3 connection (``quizzer.db.lite``: the review screen starts without
SQLAlchemy) or a SQLAlchemy session, whose connection runs the same statements.
The statements are plain SQL with bound parameters, written once, here; their
tables and columns are those of ``quizzer.db.models`` (tests/test_lite.py
checks every statement against the models' schema and both paths against each
other).  The queue is read through ``ix_card_queue`` without a sort, the
day's answers through ``ix_review_day``.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from quizzer.config import Config
from quizzer.db.lite import raw_connection, to_epoch_ms
from quizzer.db.sibling_tally import answered_notes, behind, first
from quizzer.db.decks import DECK_STATEMENTS, DeckRef
from quizzer.db.decks import LIVE_SQL as _LIVE
from quizzer.db.decks import deck_refs as find_decks
from quizzer.sm2 import INITIAL_EF_CENTI
from quizzer.review.logic import REDRILL_BELOW, Answer, Candidate, CardState
from quizzer.sm2 import Sm2State

__all__ = [
    "REVIEW_COLUMNS",
    "STATEMENTS",
    "CardView",
    "DayPlan",
    "DeckRef",
    "TypedAnswer",
    "apply_answer",
    "card_view",
    "find_decks",
    "graded_on",
    "live_card_view",
    "load_card",
    "load_for_answer",
    "new_room",
    "new_waiting",
    "next_due",
    "plan_day",
    "set_suspended",
    "suspended_cards",
    "suspended_state",
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
    redrill_decks: dict[int, int]  # each re-drill card's deck


def _day(value: int | None) -> dt.date | None:
    return None if value is None else dt.date.fromordinal(value)


def _ordinal(value: dt.date | None) -> int | None:
    return None if value is None else value.toordinal()


_DONE_TODAY = (
    "SELECT card.deck_id, review.prev_due IS NULL, count(*) FROM review JOIN card ON card.id = review.card_id "
    "WHERE review.day = ? AND review.drill = 0 AND card.deck_id IN (SELECT value FROM json_each(?)) "
    "GROUP BY card.deck_id, review.prev_due IS NULL"
)
_ANSWERED_TODAY = (
    f"SELECT review.card_id, review.grade, review.drill, card.note_id, card.deck_id, NOT ({_LIVE}) "
    "FROM review JOIN card ON card.id = review.card_id "
    "WHERE review.day = ? AND card.deck_id IN (SELECT value FROM json_each(?)) ORDER BY review.id"
)
# One part a deck and queue, each a walk down ix_card_queue (deck, due, rank, ord, suspended,
# note) that stops at its limit: no card or note row is read (a retired note is looked for in
# ix_note_retired_id, which holds only those: LIVE_SQL).
_DUE_PART = (
    "SELECT * FROM (SELECT card.id, card.note_id, card.deck_id, card.due, card.new_rank, card.ord "
    "FROM card INDEXED BY ix_card_queue "
    f"WHERE card.deck_id = ? AND card.due <= ? AND {_LIVE} "
    "AND card.note_id NOT IN (SELECT value FROM json_each(?)) "
    "ORDER BY card.due, card.new_rank, card.ord LIMIT ?)"
)
# New cards: not those behind a card of their note due by today (the review shows that one), which would take
# the places read and leave the limit unfilled (each candidate's siblings, through ix_card_note_id)
_NEW_PART = (
    "SELECT * FROM (SELECT card.id, card.note_id, card.deck_id, card.due, card.new_rank, card.ord "
    "FROM card INDEXED BY ix_card_queue "
    f"WHERE card.deck_id = ? AND card.due IS NULL AND {_LIVE} "
    "AND card.note_id NOT IN (SELECT value FROM json_each(?)) "
    f"AND NOT EXISTS (SELECT 1 FROM card AS shown INDEXED BY ix_card_note_id WHERE {behind('card', 'shown', '?')}) "
    "ORDER BY card.new_rank, card.ord LIMIT ?)"
)


def plan_day(handle: object, decks: Sequence[DeckRef], today: dt.date, config: Config) -> DayPlan:
    """Today's plan for every deck at once: three statements, whatever the number of decks."""
    con = raw_connection(handle)
    deck_ids = [deck.id for deck in decks]
    ids = json.dumps(deck_ids)
    day = today.toordinal()
    new_done = {deck_id: 0 for deck_id in deck_ids}
    reviews_done = dict(new_done)
    for deck_id, was_new, count in con.execute(_DONE_TODAY, (day, ids)):
        (new_done if was_new else reviews_done)[deck_id] += count
    last_grade: dict[int, int] = {}
    deck_of: dict[int, int] = {}
    graded: set[int] = set()
    seen: set[int] = set()
    out: set[int] = set()  # suspended since, or its note retired by an import: not re-drilled
    for card_id, grade, drill, note_id, deck_id, taken_out in con.execute(_ANSWERED_TODAY, (day, ids)):
        last_grade[card_id] = grade
        deck_of[card_id] = deck_id
        seen.add(note_id)
        if not drill:
            graded.add(card_id)
        if taken_out:
            out.add(card_id)
    redrill = [c for c, g in last_grade.items() if g < REDRILL_BELOW and c not in out]

    review_room: dict[int, int] = {}
    new_room: dict[int, int] = {}
    parts: list[str] = []
    params: list[object] = []
    unseen = json.dumps(sorted(seen))
    for deck in decks:
        limits = config.limits_for(deck.name)
        review_room[deck.id] = max(limits.reviews_per_day - reviews_done[deck.id], 0)
        new_room[deck.id] = max(limits.new_per_day - new_done[deck.id], 0)
        # Fetch a little more than the room: siblings of one note are skipped.
        if review_room[deck.id]:
            parts.append(_DUE_PART)
            params += [deck.id, day, unseen, review_room[deck.id] * 2 + 10]
        if new_room[deck.id]:
            parts.append(_NEW_PART)
            params += [deck.id, unseen, day, new_room[deck.id] * 2 + 10]
    due: list[Candidate] = []
    new: list[Candidate] = []
    if parts:
        for card_id, note_id, deck_id, due_day, rank, ord_ in con.execute(" UNION ALL ".join(parts), params):
            (new if due_day is None else due).append(
                Candidate(card_id, note_id, deck_id, _day(due_day), rank, ord_)
            )
    return DayPlan(due, new, review_room, new_room, seen, graded, redrill, {card: deck_of[card] for card in redrill})


_GRADED_ON = "SELECT 1 FROM review WHERE card_id = ? AND day = ? AND drill = 0 LIMIT 1"


def graded_on(handle: object, card_id: int, day: dt.date) -> bool:
    """Has the card had its scheduling grade on ``day`` (perhaps in another session)?"""
    return raw_connection(handle).execute(_GRADED_ON, (card_id, day.toordinal())).fetchone() is not None


# The answer path runs once a card: its statements are plain SQL, written once.
_LOAD_CARD = "SELECT id, note_id, reps, interval, ef_centi, due, lapses, suspended, leech FROM card WHERE id = ?"
# the card and whether it had its scheduling grade on the day (another session may have given it):
# the answer's one read, through ix_review_card_day
_LOAD_FOR_ANSWER = (
    "SELECT id, note_id, reps, interval, ef_centi, due, lapses, suspended, leech, EXISTS (SELECT 1 FROM review "
    "WHERE review.card_id = card.id AND review.day = ? AND review.drill = 0), "
    "(SELECT note.retired_at IS NULL FROM note WHERE note.id = card.note_id) FROM card WHERE id = ?"
)
_SET_STATE = (
    "UPDATE card SET reps = ?, interval = ?, ef_centi = ?, due = ?, lapses = ?, suspended = ?, leech = ? "
    "WHERE id = ?"
)
#: The columns an answer writes to its review row (every other column has a default or may be NULL).
REVIEW_COLUMNS = (
    "card_id", "reviewed_at", "grade", "day", "drill", "duration_ms",
    "prev_reps", "prev_interval", "prev_ef_centi", "prev_due", "prev_lapses", "prev_suspended", "prev_leech",
    "interval", "ef_centi", "due", "typed_answer", "typed_outcome", "suggested_grade",
)
_LOG = f"INSERT INTO review ({', '.join(REVIEW_COLUMNS)}) VALUES ({', '.join('?' * len(REVIEW_COLUMNS))})"
_UNDO_ROW = (
    "SELECT card_id, drill, prev_reps, prev_interval, prev_ef_centi, prev_due, prev_lapses, prev_suspended, "
    "prev_leech FROM review WHERE id = ?"
)
_DELETE_REVIEW = "DELETE FROM review WHERE id = ?"
# a person's own suspend/unsuspend: the card is no longer the check's (quizzer.db.checks)
_SET_SUSPENDED = "UPDATE card SET suspended = ?, held = 0, suspended_at = ? WHERE id = ?"
_SUSPENDED_AT = "SELECT suspended_at FROM card WHERE id = ?"


def load_card(handle: object, card_id: int) -> CardState:
    row = raw_connection(handle).execute(_LOAD_CARD, (card_id,)).fetchone()
    if row is None:
        raise LookupError(f"no card {card_id}")
    id_, note_id, reps, interval, ef_centi, due, lapses, suspended, leech = row
    return CardState(id_, note_id, Sm2State(reps, interval, ef_centi, _day(due)), lapses, bool(suspended), bool(leech))


def load_for_answer(handle: object, card_id: int, day: dt.date) -> tuple[CardState, bool, bool]:
    """The card as it is now, whether it had its scheduling grade on ``day`` (perhaps in
    another session) and whether its note is still live (not retired by an import):
    :func:`load_card` and :func:`graded_on` in one statement."""
    row = raw_connection(handle).execute(_LOAD_FOR_ANSWER, (day.toordinal(), card_id)).fetchone()
    if row is None:
        raise LookupError(f"no card {card_id}")
    id_, note_id, reps, interval, ef_centi, due, lapses, suspended, leech, graded, note_live = row
    state = CardState(id_, note_id, Sm2State(reps, interval, ef_centi, _day(due)), lapses, bool(suspended), bool(leech))
    return state, bool(graded), bool(note_live)


def _state_params(card_id: int, state: CardState) -> tuple[object, ...]:
    sm2 = state.sm2
    return (sm2.reps, sm2.interval, sm2.ef_centi, _ordinal(sm2.due), state.lapses, int(state.suspended),
            int(state.leech), card_id)


def apply_answer(
    handle: object, answer: Answer, *, at: dt.datetime, duration_ms: int | None, typed: TypedAnswer | None = None
) -> int:
    """Store an answer (``at``: its instant, time zone attached): the card's new state and a
    review row.  Returns the row id."""
    con = raw_connection(handle)
    before, after = answer.before, answer.after
    if not answer.drill:
        con.execute(_SET_STATE, _state_params(answer.card_id, after))
    cursor = con.execute(
        _LOG,
        (
            answer.card_id, to_epoch_ms(at), answer.grade, answer.day.toordinal(), int(answer.drill), duration_ms,
            before.sm2.reps, before.sm2.interval, before.sm2.ef_centi, _ordinal(before.sm2.due), before.lapses,
            int(before.suspended), int(before.leech),
            after.sm2.interval, after.sm2.ef_centi, _ordinal(after.sm2.due),
            typed.text if typed else None, typed.outcome if typed else None, typed.suggested if typed else None,
        ),
    )
    return int(cursor.lastrowid or 0)


def undo_answer(handle: object, review_id: int, *, left_suspended: bool | None = None) -> None:
    """Put the card back exactly as it was before that answer and remove the row.

    ``left_suspended``: whether the answer left the card suspended (a leech), when known; a card
    whose suspension is no longer that (another program suspended or unsuspended it since)
    keeps the suspension it has now: undo takes back the answer, not the other's change."""
    con = raw_connection(handle)
    row = con.execute(_UNDO_ROW, (review_id,)).fetchone()
    if row is None:
        raise LookupError(f"no review {review_id}")
    card_id, drill, reps, interval, ef_centi, due, lapses, suspended, leech = row
    if not drill and left_suspended is not None:
        now = suspended_state(con, card_id)
        if now is not None and now != left_suspended:
            suspended = now
    if not drill:
        before = CardState(
            card_id, 0, Sm2State(int(reps or 0), int(interval or 0), int(ef_centi or INITIAL_EF_CENTI), _day(due)),
            int(lapses or 0), bool(suspended), bool(leech),
        )
        con.execute(_SET_STATE, _state_params(card_id, before))
    con.execute(_DELETE_REVIEW, (review_id,))


def suspended_state(handle: object, card_id: int) -> bool | None:
    """Whether the card is suspended; None if there is no such card."""
    row = raw_connection(handle).execute("SELECT suspended FROM card WHERE id = ?", (card_id,)).fetchone()
    return None if row is None else bool(row[0])


def suspended_cards(handle: object, decks: Sequence[str] = ()) -> tuple[int, int]:
    """The cards of live notes the person suspended (not the check) in ``decks`` (names as stored;
    none: every deck), and how many of them are leeches."""
    where = f" AND deck.name IN ({', '.join('?' * len(decks))})" if decks else ""
    cards, leeches = raw_connection(handle).execute(
        "SELECT count(*), coalesce(sum(card.leech), 0) FROM card JOIN note ON note.id = card.note_id "
        "JOIN deck ON deck.id = card.deck_id WHERE card.suspended = 1 AND card.held = 0 "
        "AND note.retired_at IS NULL" + where, tuple(decks)).fetchone()
    return int(cards), int(leeches)


def set_suspended(handle: object, card_id: int, suspended: bool, *, at: dt.datetime) -> bool:
    """Suspend or unsuspend (``at``: the moment, kept as its suspension's own time); False if there
    is no such card."""
    return raw_connection(handle).execute(_SET_SUSPENDED, (int(suspended), to_epoch_ms(at), card_id)).rowcount > 0


def suspended_at_ms(handle: object, card_id: int) -> int | None:
    """The time of the card's last suspension here as stored (epoch ms; None: none yet, or no such
    card), for an undo to put back."""
    row = raw_connection(handle).execute(_SUSPENDED_AT, (card_id,)).fetchone()
    return None if row is None else row[0]


def undo_suspension(handle: object, card_id: int, *, suspended_ms: int | None) -> bool:
    """Take back a suspension: the card unsuspended, its suspension's time the one it had before
    (``suspended_ms``: :func:`suspended_at_ms` then), as if never suspended; False if there is no such card."""
    return raw_connection(handle).execute(_SET_SUSPENDED, (0, suspended_ms, card_id)).rowcount > 0


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


_CARD_VIEW = (
    "SELECT card.id, deck.name, note.kind, card.ord, note.front, note.back, note.command, note.context, "
    "note.section, note.answers, note.position, card.due, card.leech, note.deck_id, "
    f"({_LIVE}) "
    "FROM card JOIN note ON note.id = card.note_id JOIN deck ON deck.id = card.deck_id WHERE card.id = ?"
)
_PREVIOUS_STEP = (
    "SELECT back FROM note WHERE deck_id = ? AND kind = 'step' AND front = ? AND position = ? "
    "AND retired_at IS NULL LIMIT 1"
)


def card_view(handle: object, card_id: int) -> CardView:
    row = raw_connection(handle).execute(_CARD_VIEW, (card_id,)).fetchone()
    if row is None:
        raise LookupError(f"no card {card_id}")
    return _view(raw_connection(handle), row)


def live_card_view(handle: object, card_id: int) -> CardView | None:
    """The card as :func:`card_view` shows it, or None when it can no longer come up: another
    program suspended it, retired its note (an import of the notes without it) or deleted it
    since today's queue was built.  The same one lookup by primary keys."""
    row = raw_connection(handle).execute(_CARD_VIEW, (card_id,)).fetchone()
    if row is None or not row[14]:
        return None
    return _view(raw_connection(handle), row)


def _view(con: sqlite3.Connection, row: tuple[Any, ...]) -> CardView:
    section, answers = json.loads(row[8] or "[]"), json.loads(row[9] or "[]")
    kind, front, position = row[2], row[4], row[10]
    previous = None
    if kind == "step" and position is not None and position > 1:
        previous = _previous_step(con, row[13], front, position)
    return CardView(
        row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], tuple(section), tuple(answers), row[10],
        row[11] is None, bool(row[12]), previous,
    )


def _previous_step(con: sqlite3.Connection, deck_id: int, front: str, position: int) -> str | None:
    """The text of the step before this one in the same procedure (a live note)."""
    from quizzer.cards import procedure_of

    previous_front = f"{procedure_of(front)} — step {position - 1}"
    row = con.execute(_PREVIOUS_STEP, (deck_id, previous_front, position - 1)).fetchone()
    return None if row is None else str(row[0])


_DECKS_IN = "card.deck_id IN (SELECT value FROM json_each(?))"
# The summary reads the running counts (quizzer.db.tally), not the cards: the
# cards of retired notes (few, through ix_note_retired) are taken off.
_RETIRED_CARDS = (
    "SELECT count(*) FROM note INDEXED BY ix_note_retired JOIN card ON card.note_id = note.id "
    f"WHERE note.retired_at IS NOT NULL AND {_DECKS_IN} AND card.suspended = 0"
)
# Notes, not cards (one card a note a day): the cards waiting behind a sibling
# (quizzer.db.sibling_tally) are taken off, and a retired note's first due card.
_TOMORROW = (
    "SELECT coalesce((SELECT sum(cards) FROM card_tally WHERE deck_id IN (SELECT value FROM json_each(?)) "
    "AND due BETWEEN 1 AND ?), 0) "
    "- coalesce((SELECT sum(cards) FROM sibling_tally WHERE deck_id IN (SELECT value FROM json_each(?)) "
    f"AND due <= ?), 0) - ({_RETIRED_CARDS} AND card.due <= ? AND {first('card')})"
)
# One card a note a day: a note with a card answered today shows none whatever the limit, nor
# does a note with a card due (its due card is shown: quizzer.db.sibling_tally.behind).  Notes
# with a new card, a deck each (new_note_tally), less those with a card due by today that have
# one (behind_tally, schema 12: a few rows a deck), less those retired or answered today that
# are not behind a due card already (those few notes' new cards, each with one look-up).
_NEW_CARD = "card.suspended = 0 AND card.due IS NULL"
_NOT_SHOWN = (
    "SELECT card.note_id, card.deck_id, card.suspended, card.due FROM note INDEXED BY ix_note_retired "
    "CROSS JOIN card INDEXED BY ix_card_note_id ON card.note_id = note.id "  # the retired notes' cards, not every new card
    f"WHERE note.retired_at IS NOT NULL AND {_DECKS_IN} AND {_NEW_CARD} "
    "UNION SELECT card.note_id, card.deck_id, card.suspended, card.due FROM card INDEXED BY ix_card_note_id "
    f"WHERE card.note_id IN ({answered_notes('?')}) AND {_DECKS_IN} AND {_NEW_CARD}"
)
_NEW_WAITING = (
    "SELECT coalesce((SELECT sum(notes) FROM new_note_tally WHERE deck_id IN (SELECT value FROM json_each(?))), 0) "
    "- coalesce((SELECT sum(notes) FROM behind_tally WHERE deck_id IN (SELECT value FROM json_each(?)) "
    "AND due <= ?), 0) "
    f"- (SELECT count(*) FROM ({_NOT_SHOWN}) AS unshown WHERE NOT EXISTS (SELECT 1 FROM card AS shown "
    f"INDEXED BY ix_card_note_id WHERE {behind('unshown', 'shown', '?')}))"
)
# a walk down ix_card_queue (deck, due, …, suspended) a deck, stopping at the first live card
_NEXT_DUE = (
    "SELECT min((SELECT card.due FROM card INDEXED BY ix_card_queue JOIN note ON note.id = card.note_id "
    "WHERE card.deck_id = decks.value AND card.suspended = 0 AND card.due > ? AND note.retired_at IS NULL "
    "ORDER BY card.due LIMIT 1)) FROM json_each(?) AS decks"
)


def tomorrow_load(handle: object, deck_ids: Sequence[int], today: dt.date) -> int:
    """Reviews that will be due tomorrow (overdue ones included): notes with a card due,
    as tomorrow's review shows one card a note."""
    tomorrow = today.toordinal() + 1
    ids = json.dumps(list(deck_ids))
    row = raw_connection(handle).execute(_TOMORROW, (ids, tomorrow, ids, tomorrow, ids, tomorrow)).fetchone()
    return int(row[0] or 0)


def new_waiting(handle: object, deck_ids: Sequence[int], today: dt.date) -> int:
    """New cards a higher new-card limit would show today.

    One card a note a day: a note with a card answered today shows none
    (its siblings wait for tomorrow whatever the limit), a note with a card
    due shows that one (its new cards wait behind it), any other note with
    new cards shows one of them.
    """
    ids = json.dumps(list(deck_ids))
    day = today.toordinal()
    row = raw_connection(handle).execute(_NEW_WAITING, (ids, ids, day, ids, day, ids, day)).fetchone()
    return int(row[0] or 0)


def new_room(handle: object, decks: Sequence[DeckRef], today: dt.date, config: Config) -> dict[int, int]:
    """New cards each deck's limit still lets today's review show (its limit less the new
    cards answered today), as ``plan_day`` counts them."""
    ids = json.dumps([deck.id for deck in decks])
    done = {deck.id: 0 for deck in decks}
    for deck_id, was_new, count in raw_connection(handle).execute(_DONE_TODAY, (today.toordinal(), ids)):
        if was_new:
            done[deck_id] += count
    return {deck.id: max(config.limits_for(deck.name).new_per_day - done[deck.id], 0) for deck in decks}


def next_due(handle: object, deck_ids: Sequence[int], today: dt.date) -> dt.date | None:
    """The first day after today with a card due."""
    row = raw_connection(handle).execute(_NEXT_DUE, (today.toordinal(), json.dumps(list(deck_ids)))).fetchone()
    return _day(row[0])


#: Every statement of the review path, for the test that runs them against the models' schema.
STATEMENTS = (
    *DECK_STATEMENTS, _DONE_TODAY, _ANSWERED_TODAY, _DUE_PART, _NEW_PART, _GRADED_ON, _LOAD_CARD, _LOAD_FOR_ANSWER,
    _SET_STATE, _LOG, _UNDO_ROW, _DELETE_REVIEW, _SET_SUSPENDED, _CARD_VIEW, _TOMORROW, _NEW_WAITING, _NEXT_DUE,
)
