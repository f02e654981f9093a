"""Each deck's running counts, kept by SQLite itself (schema 6).

A B-tree keeps no counts: counting a deck's cards reads every one of them, so
``quizzer decks`` and the end of a review would grow with the collection (a
million cards: half a second).  Instead triggers keep three small tables up to
date in the same transaction as every write to ``card`` and ``note``, whoever
writes (the review's sqlite3 connection, SQLAlchemy, an import, a migration):

- ``card_tally``: unsuspended cards per deck and due day (day 0: new cards);
  the cards due by a day are the rows up to it, a few hundred rows a deck
  however many cards it has;
- ``note_tally``: notes per deck;
- ``new_note_tally``: notes per deck with at least one unsuspended new card
  (one new card a note a day: what a higher new-card limit would show).

Retired notes are still counted here; readers take them off through the partial
index ``ix_note_retired`` (only retired notes are in it), as ``quizzer.db.counts``
does, and they take off the due cards today's review holds back (notes answered
today: ``quizzer.db.sibling_tally.answered_notes``, the one statement of that rule) from
today's answers; no tally depends on the day.  The tables are defined in ``quizzer.db.models``; :data:`TRIGGERS` and
:data:`RECOUNT` are run on a new database and by the upgrade to schema 6, and
:func:`recount` is the reference the tests compare the running counts with.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["ANSWER", "MOVES", "RECOUNT", "TABLES", "TRIGGERS", "counted_after", "recount"]

TABLES = ("card_tally", "note_tally", "new_note_tally")

#: An answer or its undo: a card unsuspended before and after, in the same note and deck.  One
#: trigger counts it in every tally (:mod:`quizzer.db.answer_tally`, schema 14); each tally's own
#: update trigger counts every other update (its WHEN says ``NOT ANSWER``).
ANSWER = "(OLD.note_id = NEW.note_id AND OLD.deck_id = NEW.deck_id AND OLD.suspended = 0 AND NEW.suspended = 0)"

#: The columns the tallies' own update triggers watch (``UPDATE OF``, schema 19): an update that sets
#: none of them leaves the card in its note, its deck and its suspension, so it is an answer's (ANSWER,
#: counted by ``tally_answer``) or it is of a suspended card, which no tally of these triggers counts by
#: its day or schedule (card_state_tally's suspended state holds the leech flag: that trigger watches
#: ``leech`` too).  SQLite starts a trigger whose ``UPDATE OF`` names a column the statement sets, and
#: tests its WHEN only then, after making its frame of registers: an answer, which sets only its
#: schedule (quizzer.review.as_read), starts none of them.
MOVES = "note_id, deck_id, suspended"

# A card is counted in card_tally when unsuspended, at its due day (0: new).
_ADD_CARD = (
    "INSERT INTO card_tally (deck_id, due, cards) SELECT NEW.deck_id, coalesce(NEW.due, 0), 1 "
    "WHERE NEW.suspended = 0 ON CONFLICT (deck_id, due) DO UPDATE SET cards = cards + 1;"
)
_TAKE_CARD = (
    "UPDATE card_tally SET cards = cards - 1 "
    "WHERE OLD.suspended = 0 AND deck_id = OLD.deck_id AND due = coalesce(OLD.due, 0); "
    "DELETE FROM card_tally WHERE OLD.suspended = 0 AND deck_id = OLD.deck_id AND due = coalesce(OLD.due, 0) "
    "AND cards <= 0;"
)


def _sibling_new(row: str) -> str:
    """Another unsuspended new card of the same note in the same deck (row: OLD or NEW)."""
    return (f"EXISTS (SELECT 1 FROM card AS sibling WHERE sibling.note_id = {row}.note_id "
            f"AND sibling.id <> {row}.id AND sibling.deck_id = {row}.deck_id "
            "AND sibling.due IS NULL AND sibling.suspended = 0)")


# A note is counted in new_note_tally while one of its cards is new and unsuspended: a card
# that becomes so counts its note unless a sibling already did; the last one to stop takes it off.
_ADD_NEW_NOTE = (
    "INSERT INTO new_note_tally (deck_id, notes) SELECT NEW.deck_id, 1 "
    "WHERE NEW.due IS NULL AND NEW.suspended = 0 AND NOT ({was}) AND NOT " + _sibling_new("NEW") + " "
    "ON CONFLICT (deck_id) DO UPDATE SET notes = notes + 1;"
)
_TAKE_NEW_NOTE = (
    "UPDATE new_note_tally SET notes = notes - 1 WHERE deck_id = OLD.deck_id "
    "AND OLD.due IS NULL AND OLD.suspended = 0 AND NOT ({still}) AND NOT " + _sibling_new("OLD") + ";"
)
# an update that leaves the card new, unsuspended, in its note and deck changes nothing
_SAME_NEW = ("OLD.due IS NULL AND OLD.suspended = 0 AND NEW.due IS NULL AND NEW.suspended = 0 "
             "AND OLD.deck_id = NEW.deck_id AND OLD.note_id = NEW.note_id")

TRIGGERS = (
    "CREATE TRIGGER tally_card_insert AFTER INSERT ON card BEGIN "
    + _ADD_CARD + " " + _ADD_NEW_NOTE.format(was="0") + " END",
    "CREATE TRIGGER tally_card_delete AFTER DELETE ON card BEGIN "
    + _TAKE_CARD + " " + _TAKE_NEW_NOTE.format(still="0") + " END",
    f"CREATE TRIGGER tally_card_update AFTER UPDATE OF {MOVES} ON card "
    "WHEN (OLD.note_id IS NOT NEW.note_id OR OLD.deck_id IS NOT NEW.deck_id OR OLD.due IS NOT NEW.due "
    f"OR OLD.suspended IS NOT NEW.suspended) AND NOT {ANSWER} BEGIN "
    + _TAKE_CARD + " " + _ADD_CARD + " "
    + _TAKE_NEW_NOTE.format(still=_SAME_NEW) + " " + _ADD_NEW_NOTE.format(was=_SAME_NEW) + " END",
    "CREATE TRIGGER tally_note_insert AFTER INSERT ON note BEGIN "
    "INSERT INTO note_tally (deck_id, notes) VALUES (NEW.deck_id, 1) "
    "ON CONFLICT (deck_id) DO UPDATE SET notes = notes + 1; END",
    "CREATE TRIGGER tally_note_delete AFTER DELETE ON note BEGIN "
    "UPDATE note_tally SET notes = notes - 1 WHERE deck_id = OLD.deck_id; END",
    "CREATE TRIGGER tally_note_move AFTER UPDATE OF deck_id ON note WHEN OLD.deck_id IS NOT NEW.deck_id BEGIN "
    "UPDATE note_tally SET notes = notes - 1 WHERE deck_id = OLD.deck_id; "
    "INSERT INTO note_tally (deck_id, notes) VALUES (NEW.deck_id, 1) "
    "ON CONFLICT (deck_id) DO UPDATE SET notes = notes + 1; END",
    "CREATE TRIGGER tally_deck_delete AFTER DELETE ON deck BEGIN "
    "DELETE FROM card_tally WHERE deck_id = OLD.id; DELETE FROM note_tally WHERE deck_id = OLD.id; "
    "DELETE FROM new_note_tally WHERE deck_id = OLD.id; END",
)

#: The counts from scratch (a new schema-6 database, the upgrade, and the tests' reference).
RECOUNT = (
    "DELETE FROM card_tally",
    "DELETE FROM note_tally",
    "DELETE FROM new_note_tally",
    "INSERT INTO card_tally (deck_id, due, cards) "
    "SELECT deck_id, coalesce(due, 0), count(*) FROM card WHERE suspended = 0 GROUP BY deck_id, coalesce(due, 0)",
    "INSERT INTO note_tally (deck_id, notes) SELECT deck_id, count(*) FROM note GROUP BY deck_id",
    "INSERT INTO new_note_tally (deck_id, notes) SELECT deck_id, count(DISTINCT note_id) FROM card "
    "WHERE due IS NULL AND suspended = 0 GROUP BY deck_id",
)


def recount(connection: sqlite3.Connection) -> None:
    """Count every deck again from its cards, notes and answers (in the caller's
    transaction): what a writer that dropped the triggers must call.  It reads every
    card and every review (at a million cards and ten million answers, about 25 s of
    CPU): a writer that dropped only some triggers may run only their tables' recount
    (:data:`RECOUNT` here, :func:`quizzer.db.review_tally.recount`,
    :func:`quizzer.db.card_tally.recount`, :func:`quizzer.db.sibling_tally.recount`,
    :func:`quizzer.db.behind_tally.recount`)."""
    from quizzer.db import behind_tally, card_tally, review_tally, sibling_tally

    for statement in RECOUNT:
        connection.execute(statement)
    review_tally.recount(connection)
    card_tally.recount(connection)
    sibling_tally.recount(connection)
    behind_tally.recount(connection)


#: The triggers that count a card or note inserted (this module's, quizzer.db.card_tally's,
#: quizzer.db.sibling_tally's and quizzer.db.behind_tally's).
INSERT_TRIGGERS = ("tally_card_insert", "tally_note_insert", "tally_state_card_insert", "tally_sibling_insert",
                   "tally_sibling_insert_before", "tally_behind_insert", "tally_behind_insert_before")

# A new deck's counts from its own rows (the deck's part of RECOUNT and card_tally.RECOUNT).
_DECK_RECOUNT = (
    "INSERT INTO card_tally (deck_id, due, cards) SELECT deck_id, coalesce(due, 0), count(*) FROM card "
    "WHERE deck_id = :deck AND suspended = 0 GROUP BY deck_id, coalesce(due, 0)",
    "INSERT INTO note_tally (deck_id, notes) SELECT deck_id, count(*) FROM note WHERE deck_id = :deck GROUP BY deck_id",
    "INSERT INTO new_note_tally (deck_id, notes) SELECT deck_id, count(DISTINCT note_id) FROM card "
    "WHERE deck_id = :deck AND due IS NULL AND suspended = 0 GROUP BY deck_id",
)


@contextmanager
def counted_after(connection: sqlite3.Connection, deck_id: int) -> Iterator[None]:
    """Cards and notes inserted inside into the deck ``deck_id``, which has none yet, counted once
    at the end instead of one at a time by the insert triggers (a bulk import of 100k cards: about
    0.5 s of CPU less).  The triggers are dropped and made again from their own definitions within
    the caller's transaction: a failure rolls both back, and no other connection can write
    meanwhile (the transaction holds the write lock from its BEGIN IMMEDIATE)."""
    from quizzer.db import behind_tally, card_tally, sibling_tally

    for table in (*TABLES, *card_tally.TABLES, *sibling_tally.TABLES, *behind_tally.TABLES):
        if connection.execute(f"SELECT 1 FROM {table} WHERE deck_id = ? LIMIT 1", (deck_id,)).fetchone():
            raise ValueError(f"deck {deck_id} is counted already")
    marks = ", ".join("?" * len(INSERT_TRIGGERS))
    triggers = connection.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks}) ORDER BY name", INSERT_TRIGGERS
    ).fetchall()
    for name, _sql in triggers:
        connection.execute(f"DROP TRIGGER {name}")
    yield
    for _name, sql in triggers:
        connection.execute(sql)
    for statement in (*_DECK_RECOUNT, *card_tally.DECK_RECOUNT, *sibling_tally.DECK_RECOUNT,
                      *behind_tally.DECK_RECOUNT):
        connection.execute(statement, {"deck": deck_id})
