"""Each deck's cards by state, interval and ease, kept by SQLite itself (schema 9).

``quizzer stats`` shows each deck's cards by state and the intervals and ease
factors of the cards answered so far: counted from the cards, that reads every
card and its note (a million cards: a second and a half).  Instead, triggers
keep three small tables up to date in the same transaction as every write to
``card`` (an answer, its undo, a suspension, an import, a deletion), as
:mod:`quizzer.db.tally` keeps the deck counts:

- ``card_state_tally``: cards per deck, :data:`STATE` and leech flag, where the
  state is :data:`NEW` (never answered), :data:`LEARNING` (answered, fewer than
  :data:`LEARNED_REPS` passes in a row), :data:`REVIEW` or :data:`SUSPENDED`;
- ``interval_tally`` / ``ease_tally``: the unsuspended answered cards per deck
  and interval (days) / EF (hundredths).

Retired notes' cards are still counted here; readers take them off through the
partial index ``ix_note_retired``, as the deck counts do.  :func:`recount` is
the reference the tests compare the running counts with, and what the upgrade
to schema 9 runs.
"""

from __future__ import annotations

import sqlite3

from quizzer.db.tally import ANSWER, MOVES

__all__ = ["DECK_RECOUNT", "LEARNED_REPS", "LEARNING", "NEW", "RECOUNT", "REVIEW", "SUSPENDED", "TABLES", "TRIGGERS", "recount",
           "state_sql"]

TABLES = ("card_state_tally", "interval_tally", "ease_tally")
NEW, LEARNING, REVIEW, SUSPENDED = 0, 1, 2, 3
#: Passes in a row (intervals 1, then 6 days) after which a card is in review, not learning;
#: kept in the tally: changing it needs a recount.
LEARNED_REPS = 2


def state_sql(row: str) -> str:
    """A card's state (``row``: OLD, NEW or a table name)."""
    return (f"CASE WHEN {row}.suspended THEN {SUSPENDED} WHEN {row}.due IS NULL THEN {NEW} "
            f"WHEN {row}.reps < {LEARNED_REPS} THEN {LEARNING} ELSE {REVIEW} END")


def _answered(row: str) -> str:
    return f"{row}.suspended = 0 AND {row}.due IS NOT NULL"


def _change(row: str, sign: int) -> str:
    """Count the card ``row`` in (sign 1) or out of (sign -1) each tally, and drop emptied rows."""
    add = "cards + excluded.cards"
    statements = [
        f"INSERT INTO card_state_tally (deck_id, state, leech, cards) SELECT {row}.deck_id, {state_sql(row)}, "
        f"{row}.leech, {sign} WHERE 1 ON CONFLICT (deck_id, state, leech) DO UPDATE SET cards = {add};",
        f"INSERT INTO interval_tally (deck_id, interval, cards) SELECT {row}.deck_id, {row}.interval, {sign} "
        f"WHERE {_answered(row)} ON CONFLICT (deck_id, interval) DO UPDATE SET cards = {add};",
        f"INSERT INTO ease_tally (deck_id, ef_centi, cards) SELECT {row}.deck_id, {row}.ef_centi, {sign} "
        f"WHERE {_answered(row)} ON CONFLICT (deck_id, ef_centi) DO UPDATE SET cards = {add};",
    ]
    if sign < 0:
        statements += [
            f"DELETE FROM card_state_tally WHERE deck_id = {row}.deck_id AND state = {state_sql(row)} "
            f"AND leech = {row}.leech AND cards = 0;",
            f"DELETE FROM interval_tally WHERE deck_id = {row}.deck_id AND interval = {row}.interval AND cards = 0;",
            f"DELETE FROM ease_tally WHERE deck_id = {row}.deck_id AND ef_centi = {row}.ef_centi AND cards = 0;",
        ]
    return " ".join(statements)


_COUNTED = "deck_id, due, suspended, reps, leech, interval, ef_centi"
_CHANGED = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in _COUNTED.split(", "))

TRIGGERS = (
    "CREATE TRIGGER tally_state_card_insert AFTER INSERT ON card BEGIN " + _change("NEW", 1) + " END",
    "CREATE TRIGGER tally_state_card_delete AFTER DELETE ON card BEGIN " + _change("OLD", -1) + " END",
    f"CREATE TRIGGER tally_state_card_update AFTER UPDATE OF {MOVES}, leech ON card WHEN ({_CHANGED}) AND NOT {ANSWER} "
    "BEGIN "
    + _change("OLD", -1) + " " + _change("NEW", 1) + " END",
)

#: The tallies from scratch (the upgrade to schema 9, and the tests' reference).
RECOUNT = (
    "DELETE FROM card_state_tally",
    "DELETE FROM interval_tally",
    "DELETE FROM ease_tally",
    f"INSERT INTO card_state_tally (deck_id, state, leech, cards) SELECT deck_id, {state_sql('card')}, leech, "
    "count(*) FROM card GROUP BY deck_id, 2, leech",
    "INSERT INTO interval_tally (deck_id, interval, cards) SELECT deck_id, interval, count(*) FROM card "
    f"WHERE {_answered('card')} GROUP BY deck_id, interval",
    "INSERT INTO ease_tally (deck_id, ef_centi, cards) SELECT deck_id, ef_centi, count(*) FROM card "
    f"WHERE {_answered('card')} GROUP BY deck_id, ef_centi",
)


#: One deck's tallies from its own cards, for a deck not counted yet (``quizzer.db.tally.counted_after``).
DECK_RECOUNT = (
    f"INSERT INTO card_state_tally (deck_id, state, leech, cards) SELECT deck_id, {state_sql('card')}, leech, "
    "count(*) FROM card WHERE deck_id = :deck GROUP BY deck_id, 2, leech",
    "INSERT INTO interval_tally (deck_id, interval, cards) SELECT deck_id, interval, count(*) FROM card "
    f"WHERE deck_id = :deck AND {_answered('card')} GROUP BY deck_id, interval",
    "INSERT INTO ease_tally (deck_id, ef_centi, cards) SELECT deck_id, ef_centi, count(*) FROM card "
    f"WHERE deck_id = :deck AND {_answered('card')} GROUP BY deck_id, ef_centi",
)


def recount(connection: sqlite3.Connection) -> None:
    """Count every deck's cards by state, interval and ease again (in the caller's transaction)."""
    for statement in RECOUNT:
        connection.execute(statement)
