"""An answer written in one statement, checked against the card as the screen read it.

The answer's transaction was ``BEGIN IMMEDIATE``, a read of the card, its update, the
review row and ``COMMIT``: five statements, and the update (whose triggers move seven
running counts) wrote every page it touched to a statement journal as well, which
spilled to a temporary file every few answers.  The card was read when it was shown
(:func:`live_card`: the view the screen needs anyway, with the card's state and
whether it had its scheduling grade today), so the answer is one ``INSERT`` into a
temporary view whose ``INSTEAD OF`` trigger checks that the card is still exactly as
read and its note not retired (another program may have answered, suspended or undone it, or
an import retired its note, since), then updates
it and logs the review.  A statement on its own is its own transaction (SQLite's
autocommit): one commit, synced as every commit is (``synchronous = FULL``), and no
statement journal.  When the check fails nothing is written and the caller answers in
a transaction of its own, reading the card again (:mod:`quizzer.review.controller`).

The view and trigger are ``TEMP``: they belong to the review's connection, not to the
database file, so the schema is unchanged.  ``tests/test_answer_as_read.py`` checks
that both ways write the same rows and counts.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from quizzer.db.lite import raw_connection, to_epoch_ms
from quizzer.review.logic import Answer, CardState
from quizzer.review.store import _CARD_VIEW, REVIEW_COLUMNS, CardView, TypedAnswer, _view
from quizzer.sm2 import Sm2State

__all__ = ["STATEMENTS", "AsRead", "CHANGED", "live_card", "logged_review", "prepare", "write"]

#: The message of the check that failed: the card is no longer as read.
CHANGED = "quizzer: the card changed since it was read"


@dataclass(frozen=True, slots=True)
class AsRead:
    """A card as read for the screen: its state and whether it had its scheduling grade on ``day``."""

    state: CardState
    graded: bool
    day: dt.date


# the card view, and after it the card's state and whether it was graded on the day (ix_review_card_day)
_STATE = (", card.note_id, card.reps, card.interval, card.ef_centi, card.lapses, card.suspended, "
          "EXISTS (SELECT 1 FROM review WHERE review.card_id = card.id AND review.day = ? AND review.drill = 0)")
_LIVE_CARD = _CARD_VIEW.replace(" FROM card JOIN", _STATE + " FROM card JOIN", 1)
assert _LIVE_CARD != _CARD_VIEW
_SIZE = 15  # the card view's columns


def live_card(handle: object, card_id: int, day: dt.date) -> tuple[CardView, AsRead] | None:
    """:func:`quizzer.review.store.live_card_view`, and the card as read for :func:`write`."""
    con = raw_connection(handle)
    row = con.execute(_LIVE_CARD, (day.toordinal(), card_id)).fetchone()
    if row is None or not row[14]:
        return None
    note_id, reps, interval, ef_centi, lapses, suspended, graded = row[_SIZE:]
    due, leech = row[11], row[12]
    state = CardState(card_id, note_id, Sm2State(reps, interval, ef_centi, None if due is None else
                                                 dt.date.fromordinal(due)), lapses, bool(suspended), bool(leech))
    return _view(con, row[:_SIZE]), AsRead(state, bool(graded), day)


_AFTER = ("reps", "lapses", "suspended", "leech")  # the card's new values the review row does not hold
_COLUMNS = (*REVIEW_COLUMNS, *_AFTER)
_PREVIOUS = ("reps", "interval", "ef_centi", "due", "lapses", "suspended", "leech")
# The card's schedule, set by every answer, and what a leech changes, set only when it changes: an
# update of the schedule alone starts only tally_answer of the card's update triggers (quizzer.db.tally.MOVES)
_SCHEDULE, _LEECH = _PREVIOUS[:5], _PREVIOUS[5:]
_VIEW = (f"CREATE TEMP VIEW IF NOT EXISTS answer_as_read AS SELECT {', '.join(REVIEW_COLUMNS)}, "
         + ", ".join(f"0 AS {name}" for name in _AFTER) + " FROM review WHERE 0")
_TRIGGER = (
    "CREATE TEMP TRIGGER IF NOT EXISTS answer_as_read_insert INSTEAD OF INSERT ON answer_as_read BEGIN "
    f"SELECT RAISE(ABORT, '{CHANGED}') WHERE NOT EXISTS (SELECT 1 FROM card WHERE id = NEW.card_id AND "
    + " AND ".join(f"{name} IS NEW.prev_{name}" for name in _PREVIOUS)
    + " AND (SELECT retired_at FROM note WHERE note.id = card.note_id) IS NULL) "
    "OR (NOT NEW.drill AND EXISTS (SELECT 1 FROM review WHERE card_id = NEW.card_id AND day = NEW.day "
    "AND drill = 0)); "
    "UPDATE card SET " + ", ".join(f"{name} = NEW.{name}" for name in _SCHEDULE)
    + " WHERE id = NEW.card_id AND NOT NEW.drill; "
    "UPDATE card SET " + ", ".join(f"{name} = NEW.{name}" for name in _LEECH)
    + " WHERE id = NEW.card_id AND NOT NEW.drill AND ("
    + " OR ".join(f"NEW.{name} IS NOT NEW.prev_{name}" for name in _LEECH) + "); "
    f"INSERT INTO review ({', '.join(REVIEW_COLUMNS)}) VALUES ({', '.join('NEW.' + c for c in REVIEW_COLUMNS)}); "
    "END"
)
_WRITE = f"INSERT INTO answer_as_read ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})"
_LOGGED = "SELECT max(id) FROM review WHERE card_id = ? AND day = ? AND reviewed_at = ?"


def prepare(con: sqlite3.Connection) -> None:
    """Make the view and its trigger on this connection (once; nothing is written to the file).
    The temporary store is kept in memory: the other writes' statement journals too."""
    con.execute("PRAGMA temp_store = MEMORY")
    con.execute(_VIEW)
    con.execute(_TRIGGER)


def _ordinal(value: dt.date | None) -> int | None:
    return None if value is None else value.toordinal()


def write(
    con: sqlite3.Connection, answer: Answer, *, at: dt.datetime, duration_ms: int | None, typed: TypedAnswer | None
) -> bool:
    """Store ``answer`` (computed from the card as read) in one statement, outside any transaction:
    False, with nothing written, when the card is no longer as read."""
    before, after = answer.before, answer.after
    b, a = before.sm2, after.sm2
    try:
        con.execute(_WRITE, (
            answer.card_id, to_epoch_ms(at), answer.grade, answer.day.toordinal(), int(answer.drill), duration_ms,
            b.reps, b.interval, b.ef_centi, _ordinal(b.due), before.lapses, int(before.suspended), int(before.leech),
            a.interval, a.ef_centi, _ordinal(a.due),
            typed.text if typed else None, typed.outcome if typed else None, typed.suggested if typed else None,
            a.reps, after.lapses, int(after.suspended), int(after.leech),
        ))
    except sqlite3.IntegrityError as error:
        if str(error) == CHANGED:
            return False
        raise
    return True


def logged_review(handle: sqlite3.Connection, card_id: int, day: dt.date, at: dt.datetime) -> int | None:
    """The review row :func:`write` made for the answer to ``card_id`` at ``at``."""
    row = handle.execute(_LOGGED, (card_id, day.toordinal(), to_epoch_ms(at))).fetchone()
    return None if row is None or row[0] is None else int(row[0])


#: The statements, for the test that runs them against the schema.
STATEMENTS = (_LIVE_CARD, _VIEW, _TRIGGER, _LOGGED)
