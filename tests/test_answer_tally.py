"""An answer is counted by one trigger (quizzer.db.answer_tally, schema 14): every tally stays
equal to a count from scratch after any sequence of answer-shaped writes (a card's reps,
interval, ease, due day, lapses and leech flag; new again, as an undo makes it) mixed with the
writes the tallies' own triggers count (suspensions, moves to another note or deck, a card
added or deleted), on notes of one to three cards, some of them in another deck.

The written sequences of every kind of write, the app's own paths and the upgrades are in
tests/test_tally.py and tests/test_behind_tally.py.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from conftest import make_deck
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_tally import DAY, assert_counts_exact, assert_readers_agree, before_schema_14, connect, tallies

from quizzer.db import open_database
from quizzer.db.migrations import CURRENT

D = DAY.toordinal()
CARD = st.integers(0, 10_000)
WRITE = st.one_of(
    # an answer: a new schedule, perhaps a lapse and a leech (the common case, many times over)
    st.tuples(st.just("answer"), CARD, st.integers(0, 4), st.integers(0, 9), st.sampled_from([130, 250, 260]),
              st.one_of(st.none(), st.integers(-3, 12)), st.booleans()),
    st.tuples(st.just("answer"), CARD, st.integers(0, 4), st.integers(0, 9), st.sampled_from([130, 250]),
              st.integers(-3, 12), st.booleans()),
    st.tuples(st.just("suspend"), CARD),
    st.tuples(st.just("move deck"), CARD),
    st.tuples(st.just("move note"), CARD, CARD),
    st.tuples(st.just("add"), CARD, st.one_of(st.none(), st.integers(-3, 12)), st.booleans()),
    st.tuples(st.just("delete"), CARD),
    st.tuples(st.just("note due"), CARD, st.one_of(st.none(), st.integers(-3, 12))),  # a note's cards at once
)


def pick(con: sqlite3.Connection, sql: str, n: int) -> int | None:
    rows = [row[0] for row in con.execute(sql)]
    return rows[n % len(rows)] if rows else None


def write(con: sqlite3.Connection, step: int, kind: str, *args: object) -> None:
    card = pick(con, "SELECT id FROM card ORDER BY id", int(args[0]))  # type: ignore[call-overload]
    if card is None:
        return
    if kind == "answer":
        reps, interval, ef, due, leech = args[1:]
        day = None if due is None else D + int(due)  # type: ignore[call-overload]
        con.execute("UPDATE card SET reps = ?, interval = ?, ef_centi = ?, due = ?, lapses = lapses + ?, "
                    "suspended = suspended, leech = ? WHERE id = ?", (reps, interval, ef, day, int(leech), int(leech), card))
    elif kind == "suspend":
        con.execute("UPDATE card SET suspended = 1 - suspended WHERE id = ?", (card,))
    elif kind == "move deck":
        con.execute("UPDATE card SET deck_id = (SELECT id FROM deck WHERE id <> card.deck_id ORDER BY id LIMIT 1) "
                    "WHERE id = ?", (card,))
    elif kind == "move note":
        note = pick(con, "SELECT id FROM note ORDER BY id", int(args[1]))  # type: ignore[call-overload]
        con.execute("UPDATE card SET note_id = ?, ord = ? WHERE id = ?", (note, 100 + step, card))
    elif kind == "add":
        (note, deck) = con.execute("SELECT note_id, deck_id FROM card WHERE id = ?", (card,)).fetchone()
        due, suspended = args[1:]
        day = None if due is None else D + int(due)  # type: ignore[call-overload]
        con.execute("INSERT INTO card (note_id, deck_id, ord, new_rank, due, suspended, reps, interval, ef_centi, "
                    "lapses, leech) VALUES (?, ?, ?, 0, ?, ?, 1, 1, 250, 0, 0)", (note, deck, 200 + step, day, int(suspended)))
    elif kind == "delete":
        con.execute("DELETE FROM card WHERE id = ?", (card,))
    elif kind == "note due":
        due = args[1]
        day = None if due is None else D + int(due)  # type: ignore[call-overload]
        con.execute("UPDATE card SET due = ?, reps = reps + 1 WHERE note_id = (SELECT note_id FROM card WHERE id = ?)",
                    (day, card))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(WRITE, min_size=1, max_size=40))
def test_answers_among_other_writes_keep_every_tally(writes: list[tuple[object, ...]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "q.db"
        db = open_database(path)
        make_deck(db, "alpha", 4)
        make_deck(db, "beta", 3, reversible=False)
        db.close()
        con = connect(path)
        try:
            # a third card on one note; one note's cards in two decks
            con.execute("INSERT INTO card (note_id, deck_id, ord, new_rank, due, suspended, reps, interval, ef_centi, "
                        "lapses, leech) SELECT note_id, deck_id, 2, 0, ?, 0, 2, 6, 250, 0, 0 FROM card WHERE id = 1", (D,))
            con.execute("UPDATE card SET deck_id = (SELECT max(id) FROM deck) WHERE id = 4")
            for step, (kind, *args) in enumerate(writes):
                write(con, step, str(kind), *args)
                assert_counts_exact(con)
            assert_readers_agree(con, DAY)
        finally:
            con.close()


def test_the_upgrade_to_14_keeps_the_counts_and_counts_answers_after(tmp_path: Path) -> None:
    path = tmp_path / "thirteen.db"
    db = open_database(path)
    alpha = make_deck(db, "alpha", 4)
    db.close()
    con = connect(path)
    before_schema_14(con)
    con.execute("UPDATE card SET due = ?, reps = 1, interval = 1 WHERE id IN (?, ?, ?)",
                (D, alpha.forward[0], alpha.reverse[0], alpha.forward[1]))
    con.execute("PRAGMA user_version = 13")
    counted = tallies(con)
    con.close()
    open_database(path).close()
    con = connect(path)
    try:
        assert con.execute("PRAGMA user_version").fetchone()[0] == CURRENT  # 14, then 15 (an index dropped)
        assert tallies(con) == counted
        assert con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'tally_answer'").fetchone()[0] == 1
        for card, due in ((alpha.forward[0], D + 3), (alpha.reverse[1], D + 1), (alpha.forward[0], None)):
            con.execute("UPDATE card SET due = ?, reps = reps + 1 WHERE id = ?", (due, card))
            assert_counts_exact(con)
    finally:
        con.close()
