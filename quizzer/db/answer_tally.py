"""An answer counted in one trigger (schema 14): the running counts' common case.

An answer (or its undo) changes one card's ``reps``, ``interval``, ``ef_centi``,
``due`` (and perhaps ``lapses`` and ``leech``) and nothing of its note, its deck or
whether it is suspended.  The tallies' own triggers (:mod:`quizzer.db.tally`,
:mod:`quizzer.db.card_tally`, :mod:`quizzer.db.sibling_tally`,
:mod:`quizzer.db.behind_tally`) count any change, a card out as it was and in as
it is, some of them reading the note's cards before and again after; for this
case (:data:`quizzer.db.tally.ANSWER`: the card unsuspended, before and after, in the
same note and deck) they stand aside and one AFTER trigger counts only the difference,
from the card's OLD and NEW values and one look-up of its note's other cards in the
deck (their first due day and whether one is new):

- ``card_tally``: a card a day moves from the old due day to the new one;
- ``new_note_tally``: the note is counted while one of its cards is new: only a card
  leaving or coming back to new, with no new sibling, moves it;
- ``card_state_tally``, ``interval_tally``, ``ease_tally``: a card from its old key to
  its new one;
- ``sibling_tally``: the cards of a note in a deck that wait are all but the first, so
  with the others' first day ``first`` the card counts as one waiting card at
  ``max(due, first)`` (its own day when it waits, its first sibling's when it is the
  one in front), and at none when it is alone or new;
- ``behind_tally``: the note is counted at its first due day while one of its cards is
  new: at ``first`` while the card is new, at ``min(first, due)`` while a sibling is new.

Each tally moves by at most a row each way, and the row left at zero is dropped, as
the other triggers do.  A change to what a tally counts must change it here too: an
answer never reaches the tally's own update trigger.  tests/test_answer_tally.py and
tests/test_tally.py check every tally against a count from scratch after answers,
undos and every other kind of write.
"""

from __future__ import annotations

from collections.abc import Callable

from quizzer.db.card_tally import state_sql
from quizzer.db.tally import ANSWER

__all__ = ["TRIGGERS"]


_COUNTED = ("due", "reps", "leech", "interval", "ef_centi")


# The card's note's other unsuspended cards in its deck, read once through ix_card_note_id when
# its day changed: their first due day and whether one of them is new.
_OTHERS = ("(SELECT min(other.due) AS first, coalesce(max(other.due IS NULL), 0) AS fresh FROM card AS other "
           "INDEXED BY ix_card_note_id WHERE OLD.due IS NOT NEW.due AND other.note_id = NEW.note_id "
           "AND other.deck_id = NEW.deck_id AND other.suspended = 0 AND other.id <> NEW.id)")


def _shift(table: str, column: str, keys: tuple[str, ...], was: tuple[str, ...], now: tuple[str, ...],
           counted_was: str = "1", counted_now: str = "1") -> str:
    """Move one count in ``table`` from the key ``was`` (counted when ``counted_was``) to
    ``now`` (when ``counted_now``), in the card's deck; drop the row left at zero.
    Nothing runs when both are the same."""
    moved = " OR ".join(f"{a} IS NOT {b}" for a, b in zip(was, now, strict=True))
    if counted_was == counted_now == "1":
        changed = f"({moved})"
    else:
        changed = f"(({counted_was}) IS NOT ({counted_now}) OR (({counted_now}) AND ({moved})))"
    names = ", ".join(keys)
    old = ", ".join(f"{value} AS {key}" for key, value in zip(keys, was, strict=True))
    new = ", ".join(now)
    found = " AND ".join(f"{key} = {value}" for key, value in zip(keys, was, strict=True))
    return (f"INSERT INTO {table} (deck_id, {names}, {column}) SELECT NEW.deck_id, {names}, step FROM "
            f"(SELECT {old}, -1 AS step WHERE {counted_was} UNION ALL SELECT {new}, 1 WHERE {counted_now}) "
            f"WHERE {changed} ON CONFLICT (deck_id, {names}) DO UPDATE SET {column} = {column} + excluded.{column}; "
            f"DELETE FROM {table} WHERE {changed} AND ({counted_was}) AND deck_id = NEW.deck_id AND {found} "
            f"AND {column} <= 0;")


def _answered(row: str) -> str:
    return f"{row}.due IS NOT NULL"


# the note counted in new_note_tally: one of its cards new (this one, or another: ``o.fresh``)
_NEW_NOTE = (
    "INSERT INTO new_note_tally (deck_id, notes) SELECT NEW.deck_id, CASE WHEN NEW.due IS NULL THEN 1 ELSE -1 END "
    f"FROM {_OTHERS} AS o WHERE (OLD.due IS NULL) <> (NEW.due IS NULL) AND NOT o.fresh "
    "ON CONFLICT (deck_id) DO UPDATE SET notes = notes + excluded.notes;"
)


def _sibling_day(row: str) -> str:
    """The day the card as ``row`` is counted at in sibling_tally: NULL when it is new or alone."""
    return f"max({row}.due, o.first)"


def _behind_day(row: str) -> str:
    """The day the note is counted at in behind_tally with the card as ``row``: NULL when not counted."""
    return (f"(CASE WHEN {row}.due IS NULL THEN o.first "
            f"WHEN o.fresh THEN coalesce(min(o.first, {row}.due), {row}.due) END)")


def _by_day(table: str, column: str, day: Callable[[str], str]) -> str:
    """Move the count in ``table`` from the day ``day`` gives for OLD to the one for NEW (each
    NULL when not counted); drop the row left at zero."""
    days = f"SELECT {day('OLD')} AS was, {day('NEW')} AS now FROM {_OTHERS} AS o"
    # the two sides from json_each, not a compound subquery: no temporary table made each answer
    return (f"INSERT INTO {table} (deck_id, due, {column}) SELECT NEW.deck_id, CASE WHEN side.value THEN k.now "
            f"ELSE k.was END, CASE WHEN side.value THEN 1 ELSE -1 END FROM ({days}) AS k "
            "CROSS JOIN json_each('[0, 1]') AS side WHERE OLD.due IS NOT NEW.due AND k.was IS NOT k.now "
            "AND (CASE WHEN side.value THEN k.now ELSE k.was END) IS NOT NULL "
            f"ON CONFLICT (deck_id, due) DO UPDATE SET {column} = {column} + excluded.{column}; "
            f"DELETE FROM {table} WHERE OLD.due IS NOT NEW.due AND deck_id = NEW.deck_id AND {column} <= 0 "
            f"AND due = (SELECT {day('OLD')} FROM {_OTHERS} AS o);")


_WHEN = ANSWER + " AND (" + " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in _COUNTED) + ")"
_STATE = (state_sql("OLD"), "OLD.leech"), (state_sql("NEW"), "NEW.leech")

TRIGGERS = (
    "CREATE TRIGGER tally_answer AFTER UPDATE OF note_id, deck_id, suspended, " + ", ".join(_COUNTED)
    + f" ON card WHEN {_WHEN} BEGIN "
    + _shift("card_tally", "cards", ("due",), ("coalesce(OLD.due, 0)",), ("coalesce(NEW.due, 0)",)) + " "
    + _NEW_NOTE + " "
    + _shift("card_state_tally", "cards", ("state", "leech"), *_STATE) + " "
    + _shift("interval_tally", "cards", ("interval",), ("OLD.interval",), ("NEW.interval",),
             _answered("OLD"), _answered("NEW")) + " "
    + _shift("ease_tally", "cards", ("ef_centi",), ("OLD.ef_centi",), ("NEW.ef_centi",),
             _answered("OLD"), _answered("NEW")) + " "
    # only a change of day moves a note's waiting cards or the day it is counted at
    + _by_day("sibling_tally", "cards", _sibling_day) + " "
    + _by_day("behind_tally", "notes", _behind_day)
    + " END",
)
