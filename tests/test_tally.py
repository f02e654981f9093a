"""The running counts (quizzer.db.tally) stay equal to a count from scratch, whoever writes.

Every check compares the triggers' tables with :func:`quizzer.db.tally.recount`
run in a rolled-back transaction, and the readers (deck list, end of session)
with plain SQL that joins every card to its note, as the counts were made
before schema 6.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
from pathlib import Path

from conftest import FakeClock, make_deck

from quizzer.config import Config, Limits
from quizzer.db import Database, open_database
from quizzer.db.counts import deck_summaries
from quizzer.db.lite import open_lite
from quizzer.db.migrations import CURRENT
from quizzer.db.tally import TABLES, TRIGGERS, recount
from quizzer.review import store
from quizzer.review.controller import Controller
from quizzer.stats import queries as stats_queries

DAY = dt.date(2024, 3, 1)


def connect(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA foreign_keys = ON")
    return con


def tallies(con: sqlite3.Connection) -> dict[str, list[tuple[int, ...]]]:
    return {table: con.execute(f"SELECT * FROM {table} WHERE {'cards' if table == 'card_tally' else 'notes'} <> 0 "
                               "ORDER BY 1, 2").fetchall() for table in TABLES}


def assert_counts_exact(con: sqlite3.Connection) -> None:
    running = tallies(con)
    con.execute("BEGIN")
    try:
        recount(con)
        fresh = tallies(con)
    finally:
        con.execute("ROLLBACK")
    assert running == fresh
    assert all(n > 0 for rows in running.values() for *_, n in rows)  # never below zero


_LIVE = "card.suspended = 0 AND note.retired_at IS NULL"
# The counts as they were made before schema 6: every card joined to its note.
NAIVE_DECKS = (
    "SELECT deck.name, "
    "(SELECT count(*) FROM note WHERE note.deck_id = deck.id AND note.retired_at IS NULL), "
    f"(SELECT count(*) FROM card JOIN note ON note.id = card.note_id WHERE card.deck_id = deck.id AND {_LIVE}), "
    f"(SELECT count(*) FROM card JOIN note ON note.id = card.note_id WHERE card.deck_id = deck.id AND {_LIVE} "
    "AND card.due IS NULL), "
    f"(SELECT count(*) FROM card JOIN note ON note.id = card.note_id WHERE card.deck_id = deck.id AND {_LIVE} "
    "AND card.due <= :today) FROM deck ORDER BY deck.name"
)
_IN = "card.deck_id IN (SELECT value FROM json_each(:decks))"
NAIVE_TOMORROW = f"SELECT count(*) FROM card JOIN note ON note.id = card.note_id WHERE {_IN} AND card.due <= :day AND {_LIVE}"
NAIVE_NEXT = f"SELECT min(card.due) FROM card JOIN note ON note.id = card.note_id WHERE {_IN} AND card.due > :day AND {_LIVE}"
NAIVE_WAITING = (
    f"SELECT count(DISTINCT card.note_id) FROM card JOIN note ON note.id = card.note_id WHERE {_IN} "
    f"AND card.due IS NULL AND {_LIVE} AND card.note_id NOT IN "
    "(SELECT c.note_id FROM review JOIN card AS c ON c.id = review.card_id WHERE review.day = :day)"
)

NAIVE_DUE_BY_DAY = (f"SELECT card.due, count(*) FROM card JOIN note ON note.id = card.note_id WHERE {_IN} AND {_LIVE} "
                    "AND card.due <= :day GROUP BY card.due ORDER BY card.due")


def assert_readers_agree(con: sqlite3.Connection, day: dt.date) -> None:
    for today in (day - dt.timedelta(days=3), day, day + dt.timedelta(days=40)):
        t = today.toordinal()
        naive = [tuple(row) for row in con.execute(NAIVE_DECKS, {"today": t})]
        assert [(d.name, d.notes, d.cards, d.new, d.due) for d in deck_summaries(con, today)] == naive
        deck_sets = [[deck_id] for (deck_id,) in con.execute("SELECT id FROM deck")]
        for ids in [*deck_sets, [row[0] for row in deck_sets]]:
            decks = json.dumps(ids)
            assert store.tomorrow_load(con, ids, today) == con.execute(
                NAIVE_TOMORROW, {"decks": decks, "day": t + 1}).fetchone()[0]
            nxt = con.execute(NAIVE_NEXT, {"decks": decks, "day": t}).fetchone()[0]
            assert store.next_due(con, ids, today) == (None if nxt is None else dt.date.fromordinal(nxt))
            assert store.new_waiting(con, ids, today) == con.execute(
                NAIVE_WAITING, {"decks": decks, "day": t}).fetchone()[0]
            assert stats_queries.due_by_day(con, stats_queries.Scope(tuple(ids)), today) == [
                (dt.date.fromordinal(due), n) for due, n in con.execute(NAIVE_DUE_BY_DAY, {"decks": decks, "day": t})]
        everything = stats_queries.due_by_day(con, stats_queries.Scope(None), today)
        assert everything == stats_queries.due_by_day(con, stats_queries.Scope(tuple(i for [i] in deck_sets)), today)


def test_a_review_day_keeps_the_counts(db: Database, clock: FakeClock) -> None:
    make_deck(db, "alpha", 12)
    make_deck(db, "beta", 5, reversible=False)
    lite = open_lite(db.path, CURRENT)
    assert lite is not None
    try:
        config = Config(limits=Limits(new_per_day=8, reviews_per_day=50))
        controller = Controller(lite, config=config, clock=clock, timer=clock.timer)
        for n in range(14):
            if controller.session.current() is None:
                break
            if n == 3:
                controller.suspend()
            elif n in (5, 9):
                controller.undo()
            else:
                controller.answer((5, 1, 4, 3, 0)[n % 5])
            assert_counts_exact(lite.connection)
        assert_readers_agree(lite.connection, controller.today)
        summary = controller.summary()
        assert summary.new_waiting == store.new_waiting(lite.connection, controller.deck_ids, controller.today)
    finally:
        lite.close()


def test_writes_of_every_kind_keep_the_counts(db: Database) -> None:
    alpha = make_deck(db, "alpha", 6)
    beta = make_deck(db, "beta", 4)
    con = connect(db.path)
    try:
        assert_counts_exact(con)
        d = DAY.toordinal()
        steps = [
            # both cards of a note in one statement: the note leaves the new notes once
            ("UPDATE card SET due = ? WHERE note_id = ?", (d, alpha.note_ids[0])),
            ("UPDATE card SET suspended = 1 WHERE note_id = ?", (alpha.note_ids[1],)),
            ("UPDATE card SET suspended = 0 WHERE note_id = ?", (alpha.note_ids[1],)),
            ("UPDATE card SET due = ? WHERE id = ?", (d + 2, alpha.forward[2])),  # one sibling still new
            ("UPDATE card SET due = NULL WHERE id = ?", (alpha.forward[2],)),  # new again (undone)
            ("UPDATE note SET retired_at = 1 WHERE id = ?", (alpha.note_ids[3],)),
            ("UPDATE note SET deck_id = ? WHERE id = ?", (beta.deck_id, alpha.note_ids[4])),
            ("UPDATE card SET deck_id = ? WHERE note_id = ?", (beta.deck_id, alpha.note_ids[4])),
            ("DELETE FROM card WHERE id = ?", (alpha.reverse[5],)),
            ("DELETE FROM note WHERE id = ?", (alpha.note_ids[5],)),  # its last card goes by cascade
            ("UPDATE card SET due = ?, suspended = 1 WHERE id = ?", (d - 1, beta.forward[0])),
            ("UPDATE card SET reps = reps + 1, interval = 3", ()),  # columns the counts do not read
        ]
        for sql, params in steps:
            con.execute(sql, params)
            assert_counts_exact(con)
            assert_readers_agree(con, DAY)
        con.execute("DELETE FROM deck WHERE id = ?", (beta.deck_id,))
        assert_counts_exact(con)
        assert [table for table in TABLES
                if con.execute(f"SELECT 1 FROM {table} WHERE deck_id = ?", (beta.deck_id,)).fetchone()] == []
    finally:
        con.close()


def test_random_writes_keep_the_counts(db: Database) -> None:
    make_deck(db, "alpha", 30)
    make_deck(db, "beta", 20)
    con = connect(db.path)
    rng = random.Random(6)
    try:
        decks = [row[0] for row in con.execute("SELECT id FROM deck")]
        for step in range(300):
            notes = [row[0] for row in con.execute("SELECT id FROM note")]
            cards = [row[0] for row in con.execute("SELECT id FROM card")]
            day = DAY.toordinal() + rng.randint(-5, 5)
            kind = rng.randrange(8)
            if kind == 0 and cards:
                con.execute("UPDATE card SET due = ? WHERE id = ?", (rng.choice([None, day]), rng.choice(cards)))
            elif kind == 1 and notes:
                con.execute("UPDATE card SET due = ? WHERE note_id = ?", (rng.choice([None, day]), rng.choice(notes)))
            elif kind == 2 and notes:
                con.execute("UPDATE card SET suspended = 1 - suspended WHERE note_id = ?", (rng.choice(notes),))
            elif kind == 3 and notes:
                con.execute("UPDATE note SET retired_at = CASE WHEN retired_at IS NULL THEN 1 END WHERE id = ?",
                            (rng.choice(notes),))
            elif kind == 4 and notes:
                note, deck = rng.choice(notes), rng.choice(decks)
                con.execute("UPDATE note SET deck_id = ? WHERE id = ?", (deck, note))
                con.execute("UPDATE card SET deck_id = ? WHERE note_id = ?", (deck, note))
            elif kind == 5 and cards:
                con.execute("DELETE FROM card WHERE id = ?", (rng.choice(cards),))
            elif kind == 6 and notes:
                note = rng.choice(notes)
                (deck,) = con.execute("SELECT deck_id FROM note WHERE id = ?", (note,)).fetchone()
                con.execute("INSERT INTO card (note_id, deck_id, ord, new_rank, due, suspended, reps, interval, "
                            "ef_centi, lapses, leech) VALUES (?,?,?,?,?,?,0,0,250,0,0)",
                            (note, deck, 10 + step, step, rng.choice([None, day]), rng.randrange(2)))
            elif kind == 7 and notes and step % 5 == 0:
                con.execute("DELETE FROM note WHERE id = ?", (rng.choice(notes),))
            if step % 10 == 0:
                assert_counts_exact(con)
        assert_counts_exact(con)
        assert_readers_agree(con, DAY)
    finally:
        con.close()


def test_the_upgrade_counts_what_is_already_there(tmp_path: Path) -> None:
    path = tmp_path / "five.db"
    db = open_database(path)
    alpha = make_deck(db, "alpha", 5)
    db.close()
    con = connect(path)
    con.execute("UPDATE card SET due = ?, suspended = 0 WHERE id = ?", (DAY.toordinal(), alpha.forward[0]))
    con.execute("UPDATE card SET suspended = 1 WHERE id = ?", (alpha.reverse[1],))
    con.execute("UPDATE note SET retired_at = 1 WHERE id = ?", (alpha.note_ids[2],))
    for trigger in TRIGGERS:
        con.execute(f"DROP TRIGGER {trigger.split()[2]}")
    for table in TABLES:
        con.execute(f"DROP TABLE {table}")
    con.execute("PRAGMA user_version = 5")
    con.close()
    open_database(path).close()
    con = connect(path)
    try:
        assert con.execute("PRAGMA user_version").fetchone()[0] == CURRENT
        assert tallies(con)["card_tally"] == [(alpha.deck_id, 0, 8), (alpha.deck_id, DAY.toordinal(), 1)]
        assert_counts_exact(con)
        assert_readers_agree(con, DAY)
        con.execute("UPDATE card SET due = NULL WHERE id = ?", (alpha.forward[0],))  # the triggers are there
        assert_counts_exact(con)
    finally:
        con.close()
