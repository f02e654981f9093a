"""The running counts (quizzer.db.tally, quizzer.db.review_tally) stay equal to a
count from scratch, whoever writes.

Every check compares the triggers' tables with :func:`quizzer.db.tally.recount`
run in a rolled-back transaction, and the readers (deck list, end of session,
the answers of ``quizzer stats``) with plain SQL that joins every card to its
note or reads the whole review log, as the counts were made before schemas 6
and 8.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
from pathlib import Path

import pytest
from conftest import FakeClock, make_deck

from quizzer.config import Config, Limits
from quizzer.db import Database, answer_tally, behind_tally, card_tally, open_database, review_tally, sibling_tally
from quizzer.db.counts import deck_summaries
from quizzer.review.day_queue import shown_today
from quizzer.db.lite import open_lite
from quizzer.db.migrations import CURRENT
from quizzer.db.tally import ANSWER, MOVES, TABLES, TRIGGERS, recount
from quizzer.review import day_queue, store
from quizzer.review.controller import Controller
from quizzer.stats import queries as stats_queries

DAY = dt.date(2024, 3, 1)


def before_schema_11(con: sqlite3.Connection) -> None:
    """Take away what schema 11 added (the check before learning), as a file of older schema lacks it."""
    for statement in ("DROP TABLE shape_check", "DROP INDEX ix_card_held", "ALTER TABLE card DROP COLUMN held",
                      "ALTER TABLE note DROP COLUMN reason"):
        con.execute(statement)


def before_schema_19(con: sqlite3.Connection) -> None:
    """The update triggers as they were before schema 19: each tally's own is started by a change of a
    card's day too (and card_state_tally's by one of its schedule), and tests its WHEN."""
    for name, sql in con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE ?",
                                 (f"% UPDATE OF {MOVES}%",)).fetchall():
        con.execute(f"DROP TRIGGER {name}")
        con.execute(sql.replace(f"UPDATE OF {MOVES}, leech ON", "UPDATE OF deck_id, due, suspended, reps, leech, "
                                "interval, ef_centi ON").replace(f"UPDATE OF {MOVES} ON",
                                                                 "UPDATE OF note_id, deck_id, due, suspended ON"))


def before_schema_14(con: sqlite3.Connection) -> None:
    """The update triggers as they were before schema 14: each tally's own counts an answer too,
    and there is no tally_answer."""
    before_schema_19(con)
    con.execute("DROP TRIGGER tally_answer")
    for name, sql in con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE ?",
                                 (f"% AND NOT {ANSWER}%",)).fetchall():
        con.execute(f"DROP TRIGGER {name}")
        con.execute(sql.replace(f" AND NOT {ANSWER}", ""))


def connect(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA foreign_keys = ON")
    return con


_COUNT_COLUMN = {"review_tally": "answers", "note_tally": "notes", "new_note_tally": "notes", "behind_tally": "notes"}
EVERY_TALLY = (*TABLES, "review_tally", *card_tally.TABLES, *sibling_tally.TABLES, *behind_tally.TABLES)


def tallies(con: sqlite3.Connection) -> dict[str, list[tuple[int, ...]]]:
    return {table: con.execute(f"SELECT * FROM {table} WHERE {_COUNT_COLUMN.get(table, 'cards')} <> 0 "
                               "ORDER BY 1, 2" + (", 3" if table in ("review_tally", "card_state_tally") else "")
                               ).fetchall()
            for table in EVERY_TALLY}


def assert_counts_exact(con: sqlite3.Connection) -> None:
    running = tallies(con)
    con.execute("BEGIN")
    try:
        recount(con)
        fresh = tallies(con)
    finally:
        con.execute("ROLLBACK")
    assert running == fresh
    assert all(n > 0 for table in (*TABLES, *card_tally.TABLES) for *_, n in running[table])  # never below zero
    # no answer counted twice or below zero, no empty row left behind
    assert all(answers > 0 and min(rest) >= 0 for _deck, _day, _kind, answers, *rest in running["review_tally"])
    assert con.execute("SELECT count(*) FROM review_tally WHERE answers = 0").fetchone()[0] == 0
    for table in card_tally.TABLES:
        assert con.execute(f"SELECT count(*) FROM {table} WHERE cards = 0").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM behind_tally WHERE notes <= 0").fetchone()[0] == 0


_LIVE = "card.suspended = 0 AND note.retired_at IS NULL"
# The counts as they were made before schema 6: every card joined to its note.
NAIVE_DECKS = (
    "SELECT deck.name, "
    "(SELECT count(*) FROM note WHERE note.deck_id = deck.id AND note.retired_at IS NULL), "
    f"(SELECT count(*) FROM card JOIN note ON note.id = card.note_id WHERE card.deck_id = deck.id AND {_LIVE}) "
    "FROM deck ORDER BY deck.name"
)
_IN = "card.deck_id IN (SELECT value FROM json_each(:decks))"
# notes with a card due, each once a deck (its cards in two decks: once in each)
NAIVE_TOMORROW = (f"SELECT count(*) FROM (SELECT DISTINCT card.note_id, card.deck_id FROM card JOIN note "
                  f"ON note.id = card.note_id WHERE {_IN} AND card.due <= :day AND {_LIVE})")
NAIVE_NEXT = f"SELECT min(card.due) FROM card JOIN note ON note.id = card.note_id WHERE {_IN} AND card.due > :day AND {_LIVE}"
# notes with a new card, less those answered today and those with a card due (shown instead);
# each once a deck, as the due count (its cards in two decks: once in each)
NAIVE_WAITING = (
    f"SELECT count(*) FROM (SELECT DISTINCT card.note_id, card.deck_id FROM card JOIN note ON note.id = card.note_id "
    f"WHERE {_IN} AND card.due IS NULL AND {_LIVE} AND card.note_id NOT IN "
    "(SELECT c.note_id FROM review JOIN card AS c ON c.id = review.card_id WHERE review.day = :day) "
    "AND NOT EXISTS (SELECT 1 FROM card AS d WHERE d.note_id = card.note_id AND d.deck_id = card.deck_id "
    "AND d.suspended = 0 AND d.due <= :day))"
)

NAIVE_DUE_BY_DAY = (f"SELECT card.due, count(*) FROM card JOIN note ON note.id = card.note_id WHERE {_IN} AND {_LIVE} "
                    "AND card.due <= :day GROUP BY card.due ORDER BY card.due")


# The answers as ``quizzer stats`` counted them before schema 8: from the whole review log.
_LOG = "FROM review JOIN card ON card.id = review.card_id WHERE card.deck_id IN (SELECT value FROM json_each(:decks))"
_WAS_DUE = "review.drill = 0 AND review.prev_due IS NOT NULL AND review.prev_due <= review.day"
NAIVE_BY_DAY = f"SELECT review.day, count(*) {_LOG} AND review.day IS NOT NULL GROUP BY review.day ORDER BY review.day"
NAIVE_TODAY = (
    "SELECT coalesce(sum(review.drill = 0 AND review.prev_due IS NULL), 0), "
    "coalesce(sum(review.drill = 0 AND review.prev_due IS NOT NULL), 0), coalesce(sum(review.drill), 0), "
    f"coalesce(sum(review.duration_ms), 0) {_LOG} AND review.day = :day"
)
NAIVE_PERIOD = (f"SELECT review.grade, review.drill, count(*), coalesce(sum(review.duration_ms), 0) {_LOG} "
                "AND review.day BETWEEN :first AND :day GROUP BY review.grade, review.drill")
NAIVE_RETENTION = (
    "SELECT coalesce(review.prev_interval >= 21, 0) AS mature, "
    "coalesce(sum(review.day > :day - 7 AND review.grade >= 3), 0), coalesce(sum(review.day > :day - 7), 0), "
    "coalesce(sum(review.day > :day - 30 AND review.grade >= 3), 0), coalesce(sum(review.day > :day - 30), 0), "
    f"coalesce(sum(review.grade >= 3), 0), count(*) {_LOG} AND review.day > :day - 365 AND review.day <= :day "
    f"AND {_WAS_DUE} GROUP BY mature ORDER BY mature"
)


# The cards by state, interval and ease as ``quizzer stats`` counted them before schema 9.
_CARDS = "FROM card JOIN note ON note.id = card.note_id WHERE card.deck_id IN (SELECT value FROM json_each(:decks))"
NAIVE_STATES = (
    "SELECT deck.name, coalesce(c.new, 0), coalesce(c.learning, 0), coalesce(c.review, 0), "
    "coalesce(c.suspended, 0), coalesce(c.leech, 0), coalesce(c.retired, 0), coalesce(c.to_check, 0), "
    "coalesce(c.held_back, 0) FROM deck LEFT JOIN ("
    "SELECT card.deck_id AS deck_id, "
    "sum(note.retired_at IS NULL AND card.suspended = 0 AND card.due IS NULL) AS new, "
    "sum(note.retired_at IS NULL AND card.suspended = 0 AND card.due IS NOT NULL AND card.reps < 2) AS learning, "
    "sum(note.retired_at IS NULL AND card.suspended = 0 AND card.due IS NOT NULL AND card.reps >= 2) AS review, "
    "sum(note.retired_at IS NULL AND card.suspended = 1 AND card.held = 0) AS suspended, "
    "sum(note.retired_at IS NULL AND card.held = 1) AS to_check, "
    "sum(note.retired_at IS NULL AND card.held = 2) AS held_back, "
    "sum(note.retired_at IS NULL AND card.leech = 1) AS leech, "
    "sum(note.retired_at IS NOT NULL) AS retired "
    "FROM card JOIN note ON note.id = card.note_id GROUP BY card.deck_id) AS c ON c.deck_id = deck.id "
    "WHERE deck.id IN (SELECT value FROM json_each(:decks)) ORDER BY deck.name"
)
_ANSWERED = f"{_LIVE} AND card.due IS NOT NULL"
NAIVE_INTERVALS = f"SELECT card.interval, count(*) {_CARDS} AND {_ANSWERED} GROUP BY card.interval ORDER BY 1"
NAIVE_EASE = f"SELECT card.ef_centi, count(*) {_CARDS} AND {_ANSWERED} GROUP BY card.ef_centi ORDER BY 1"


def assert_cards_agree(con: sqlite3.Connection, ids: list[int]) -> None:
    """The stats' cards by state, interval and ease from the tallies == counted from every card."""
    scope, decks = stats_queries.Scope(tuple(ids)), {"decks": json.dumps(ids)}
    assert [(d.deck, d.new, d.learning, d.review, d.suspended, d.leech, d.retired, d.to_check, d.held_back)
            for d in stats_queries.deck_states(con, scope)] == con.execute(NAIVE_STATES, decks).fetchall()
    assert stats_queries.interval_counts(con, scope) == con.execute(NAIVE_INTERVALS, decks).fetchall()
    assert stats_queries.ease_counts(con, scope) == con.execute(NAIVE_EASE, decks).fetchall()


def assert_answers_agree(con: sqlite3.Connection, ids: list[int], today: dt.date) -> None:
    """The stats' answers from the tally == the same figures from the whole review log."""
    scope = stats_queries.Scope(tuple(ids))
    t, decks = today.toordinal(), json.dumps(ids)
    assert stats_queries.answers_by_day(con, scope) == [
        (dt.date.fromordinal(day), n) for day, n in con.execute(NAIVE_BY_DAY, {"decks": decks})]
    assert stats_queries.today_rows(con, scope, today) == con.execute(NAIVE_TODAY, {"decks": decks, "day": t}).fetchone()
    first = t - 29
    rows = con.execute(NAIVE_PERIOD, {"decks": decks, "first": first, "day": t}).fetchall()
    grades = tuple(sum(n for g, drill, n, _ms in rows if g == grade and not drill) for grade in range(6))
    assert stats_queries.period_rows(con, scope, dt.date.fromordinal(first), today) == stats_queries.PeriodRow(
        sum(n for *_, n, _ms in rows), sum(ms for *_, ms in rows), grades)
    naive = [stats_queries.RetentionRow(bool(m), (a, b), (c, d), (e, f))
             for m, a, b, c, d, e, f in con.execute(NAIVE_RETENTION, {"decks": decks, "day": t})]
    assert sorted(stats_queries.retention_rows(con, scope, today), key=lambda r: r.mature) == naive


def assert_readers_agree(con: sqlite3.Connection, day: dt.date) -> None:
    for today in (day - dt.timedelta(days=3), day, day + dt.timedelta(days=40)):
        t = today.toordinal()
        naive = [tuple(row) for row in con.execute(NAIVE_DECKS)]
        assert [(d.name, d.notes, d.cards) for d in deck_summaries(con, {})] == naive
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
            assert_answers_agree(con, ids, today)
            assert_cards_agree(con, ids)
        everything = stats_queries.due_by_day(con, stats_queries.Scope(None), today)
        assert everything == stats_queries.due_by_day(con, stats_queries.Scope(tuple(i for [i] in deck_sets)), today)
        every_deck = stats_queries.Scope(tuple(i for [i] in deck_sets))
        assert stats_queries.answers_by_day(con, stats_queries.Scope(None)) == stats_queries.answers_by_day(
            con, every_deck)
        assert stats_queries.today_rows(con, stats_queries.Scope(None), today) == stats_queries.today_rows(
            con, every_deck, today)
        for reader in (stats_queries.deck_states, stats_queries.interval_counts, stats_queries.ease_counts):
            assert reader(con, stats_queries.Scope(None)) == reader(con, every_deck)


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
        answer = ("INSERT INTO review (card_id, reviewed_at, grade, day, drill, duration_ms, prev_due, prev_interval) "
                  "VALUES (?, 0, ?, ?, ?, ?, ?, ?)")
        steps = [
            # answers of every kind: new, early, young and mature due cards, a re-drill, no time, no study day
            (answer, (alpha.forward[0], 4, d, 0, 1500, None, None)),
            (answer, (alpha.forward[0], 2, d, 1, 800, None, None)),
            (answer, (alpha.forward[1], 5, d - 1, 0, 1200, d + 3, 4)),
            (answer, (alpha.reverse[1], 3, d, 0, None, d - 2, 6)),
            (answer, (alpha.forward[2], 1, d - 40, 0, 9000, d - 41, 30)),
            (answer, (alpha.forward[2], 0, d, 0, 700, d, None)),
            (answer, (alpha.forward[4], 5, d, 0, 100, d - 1, 21)),
            (answer, (alpha.forward[5], 3, None, 0, 100, None, None)),
            (answer, (beta.forward[0], 4, d - 400, 0, 100, d - 401, 2)),
            (answer, (beta.forward[1], 4, d, 0, 100, d, 60)),
            # an undo takes the last answer back; a corrected answer moves between grades and kinds
            ("DELETE FROM review WHERE id = (SELECT max(id) FROM review)", ()),
            ("UPDATE review SET grade = 5, drill = 1 WHERE card_id = ?", (alpha.forward[1],)),
            ("UPDATE review SET day = day - 1, prev_interval = 25 WHERE card_id = ?", (alpha.reverse[1],)),
            ("UPDATE review SET duration_ms = 5000 WHERE card_id = ?", (alpha.forward[0],)),
            ("UPDATE review SET card_id = ? WHERE card_id = ?", (beta.reverse[0], alpha.forward[2])),

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
            ("UPDATE review SET typed_answer = 'x'", ()),
            ("UPDATE card SET leech = 1, suspended = 1 WHERE id = ?", (alpha.forward[2],)),
            ("UPDATE card SET leech = 1, ef_centi = 130, lapses = 4 WHERE id = ?", (alpha.reverse[2],)),
            ("UPDATE card SET reps = 2, interval = 6, ef_centi = 236 WHERE due IS NOT NULL", ()),
            # a card or note deleted takes its answers with it (the reviews go by cascade)
            ("DELETE FROM card WHERE id = ?", (alpha.forward[1],)),
            ("DELETE FROM note WHERE id = ?", (alpha.note_ids[0],)),
        ]
        for sql, params in steps:
            con.execute(sql, params)
            assert_counts_exact(con)
            assert_readers_agree(con, DAY)
        con.execute("DELETE FROM deck WHERE id = ?", (beta.deck_id,))
        assert_counts_exact(con)
        assert con.execute("SELECT count(*) FROM review_tally WHERE deck_id = ?", (alpha.deck_id,)).fetchone()[0] > 0
        assert [table for table in (*TABLES, "review_tally")
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
            kind = rng.randrange(12)
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
            elif kind in (8, 9) and cards:  # answers of every kind, on days around today
                prev_due = rng.choice([None, day - rng.randint(-2, 30)])
                con.execute("INSERT INTO review (card_id, reviewed_at, grade, day, drill, duration_ms, prev_due, "
                            "prev_interval) VALUES (?, 0, ?, ?, ?, ?, ?, ?)",
                            (rng.choice(cards), rng.randrange(6), rng.choice([day, day - rng.randint(0, 400), None]),
                             rng.random() < 0.2, rng.choice([None, rng.randint(0, 60_000)]), prev_due,
                             rng.choice([None, rng.randint(0, 40)])))
            elif kind == 11 and cards:  # an answer's new schedule, a leech
                con.execute("UPDATE card SET reps = ?, interval = ?, ef_centi = ?, leech = ?, due = coalesce(due, ?) "
                            "WHERE id = ?", (rng.randrange(4), rng.randrange(5), rng.choice([130, 250, 260]),
                                             rng.randrange(2), day, rng.choice(cards)))
            elif kind == 10:  # an undo, or an answer corrected
                (last,) = con.execute("SELECT max(id) FROM review").fetchone()
                if last is not None and rng.random() < 0.5:
                    con.execute("DELETE FROM review WHERE id = ?", (last,))
                elif last is not None:
                    con.execute("UPDATE review SET grade = ?, drill = 1 - drill WHERE id = ?", (rng.randrange(6), last))
            if step % 10 == 0:
                assert_counts_exact(con)
        assert con.execute("SELECT count(*) FROM review").fetchone()[0] > 30
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
    for trigger in (*TRIGGERS, *review_tally.TRIGGERS, *card_tally.TRIGGERS, *sibling_tally.TRIGGERS,
                    *behind_tally.TRIGGERS, *answer_tally.TRIGGERS):
        con.execute(f"DROP TRIGGER {trigger.split()[2]}")
    for table in EVERY_TALLY:
        con.execute(f"DROP TABLE {table}")
    for index in ("ix_note_deck_updated", "ix_card_lapsed", "ix_card_weak_ease"):
        con.execute(f"DROP INDEX {index}")
    before_schema_11(con)
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


def test_the_upgrades_to_8_9_10_and_11_count_the_answers_and_cards_already_there(tmp_path: Path) -> None:
    path = tmp_path / "seven.db"
    db = open_database(path)
    alpha = make_deck(db, "alpha", 5)
    beta = make_deck(db, "beta", 3)
    db.close()
    con = connect(path)
    before_schema_14(con)  # schema 6's triggers as they were
    for trigger in (*review_tally.TRIGGERS, *card_tally.TRIGGERS, *sibling_tally.TRIGGERS, *behind_tally.TRIGGERS):
        con.execute(f"DROP TRIGGER {trigger.split()[2]}")
    for table in ("review_tally", *card_tally.TABLES, *sibling_tally.TABLES, *behind_tally.TABLES):
        con.execute(f"DROP TABLE {table}")
    for index in ("ix_note_deck_updated", "ix_card_lapsed", "ix_card_weak_ease"):
        con.execute(f"DROP INDEX {index}")
    d = DAY.toordinal()
    con.execute("UPDATE card SET due = ?, reps = id % 4, interval = id % 7, ef_centi = 200 + id % 3, leech = id % 5 = 0, "
                "suspended = id % 6 = 0 WHERE id % 2 = 0", (d,))
    con.execute("UPDATE note SET retired_at = 1 WHERE id = ?", (alpha.note_ids[1],))
    for note in (alpha.note_ids[0], alpha.note_ids[1]):  # both cards of a note due: one waits behind the other
        con.execute("UPDATE card SET due = ? - ord, suspended = 0 WHERE note_id = ?", (d, note))
    con.executemany(
        "INSERT INTO review (card_id, reviewed_at, grade, day, drill, duration_ms, prev_due, prev_interval) "
        "VALUES (?, 0, ?, ?, ?, ?, ?, ?)",
        [(card, n % 6, d - n % 9, n % 4 == 0, 100 * n, None if n % 3 == 0 else d - n % 9 - n % 2, n % 30)
         for n, card in enumerate([*alpha.forward, *alpha.reverse, *beta.forward] * 4)])
    before_schema_11(con)
    con.execute("PRAGMA user_version = 7")
    con.close()
    open_database(path).close()
    con = connect(path)
    try:
        assert con.execute("PRAGMA user_version").fetchone()[0] == CURRENT
        assert sum(row[3] for row in tallies(con)["review_tally"]) == 4 * 13
        assert tallies(con)["sibling_tally"] == [(alpha.deck_id, d, 2)]
        assert tallies(con)["behind_tally"]  # notes with a card due and one new (schema 12)
        assert_counts_exact(con)
        assert_readers_agree(con, DAY)
        con.execute("DELETE FROM review WHERE id = (SELECT max(id) FROM review)")  # the triggers are there
        assert sum(row[3] for row in tallies(con)["review_tally"]) == 4 * 13 - 1
        assert_counts_exact(con)
    finally:
        con.close()


def test_a_restore_keeps_the_answers_counted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.anki_helpers import make_tricky_deck
    from tests.test_dump import add_history, cli, drop_last_reviews

    here, other, saved = tmp_path / "here.db", tmp_path / "other.db", tmp_path / "saved.json"
    db = open_database(here)
    make_tricky_deck(db)
    db.close()
    add_history(here)
    assert cli(capsys, "--db", str(here), "backup", "-o", str(saved))[0] == 0
    assert cli(capsys, "--db", str(other), "import", str(saved))[0] == 0  # into a new database
    drop_last_reviews(here, 4)
    assert cli(capsys, "--db", str(here), "import", str(saved))[0] == 0  # a newer backup replaces the deck
    for path in (here, other):
        con = connect(path)
        try:
            assert sum(row[3] for row in tallies(con)["review_tally"]) == 21
            assert_counts_exact(con)
            assert_readers_agree(con, dt.date(2024, 3, 4))
        finally:
            con.close()


def test_an_import_with_history_keeps_the_answers_counted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("anki.collection")
    from tests.test_anki_roundtrip import BUILTIN, study
    from tests.test_dump import cli

    home, away, package = tmp_path / "home.db", tmp_path / "away.db", tmp_path / "docker.apkg"
    assert cli(capsys, "--db", str(home), "decks")[0] == 0
    study(home)
    assert cli(capsys, "--db", str(home), "export", BUILTIN, "--with-history", "-o", str(package))[0] == 0
    assert cli(capsys, "--db", str(away), "import", str(package))[0] == 0
    for path in (home, away):
        con = connect(path)
        try:
            assert sum(row[3] for row in tallies(con)["review_tally"]) == 6
            assert_counts_exact(con)
            assert_readers_agree(con, dt.date.today())
        finally:
            con.close()


def test_the_due_count_and_the_review_agree_on_cards_answered_today(db: Database) -> None:
    """Cards answered today elsewhere (in Anki, then imported with their history) and due
    today again: the review's queue holds their notes back until tomorrow (a deck listed as
    due 3 whose review showed none), and asks the three again as re-drills (graded 1), which
    ``quizzer decks`` counts as due, as the review says they are (1db40f72)."""
    made = make_deck(db, "alpha", 4)
    today = dt.date(2026, 11, 30)
    day = today.toordinal()
    con = sqlite3.connect(db.path)
    try:
        with con:
            for card_id in made.forward:  # every note's forward card due today
                con.execute("UPDATE card SET due = ?, interval = 1, reps = 1 WHERE id = ?", (day, card_id))
            for card_id in made.forward[:3]:  # three answered today (Anki's log: due today again)
                con.execute("INSERT INTO review (card_id, reviewed_at, day, grade, drill, prev_due, prev_interval, "
                            "prev_ef_centi, prev_reps, prev_lapses, interval, ef_centi, due) "
                            "VALUES (?, 0, ?, 1, 0, ?, 1, 250, 1, 0, 1, 230, ?)", (card_id, day, day - 1, day))
        config = Config(limits=Limits(new_per_day=0, reviews_per_day=100))
        refs = store.find_decks(con, ["alpha"])
        plan, queue = day_queue.queue(con, refs, today, config)
        # quizzer decks: the one card the queue shows, and the three answered today, graded 1, which the review
        # asks again as re-drills (due today, as it says)
        assert len(plan.redrill_decks) == 3
        assert shown_today(con, refs, today, config) == {refs[0].id: (0, len(queue) + 3)}
        assert [card.card_id for card in queue] == [made.forward[3]]
        assert_readers_agree(con, today)
    finally:
        con.close()
