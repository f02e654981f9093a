"""The notes whose new cards wait behind a due card (quizzer.db.behind_tally, schema 12) stay
counted exactly, whatever a person does, in whatever order.

Hypothesis draws sequences of what quizzer's own paths write (answer, undo, suspend,
unsuspend, the days passing, a re-import that edits, retires, restores and adds notes,
a note or card deleted, a backup restored) on a deck whose first import was counted in
bulk (``quizzer.db.tally.counted_after``), and after every step checks each running count
against a count from scratch (``tests.test_tally.assert_counts_exact``) and the summary's
new cards waiting against plain SQL over every card.  The written sequences of every kind
of SQL write, and the Anki import with history, are in tests/test_tally.py.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from contextlib import redirect_stdout
from io import StringIO
from pathlib import Path
from unittest import mock

from conftest import FakeClock
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_tally import NAIVE_WAITING, assert_counts_exact, assert_readers_agree, connect

from quizzer.cli import main
from quizzer.config import Config, Limits
from quizzer.db import checks, sync
from quizzer.db.lite import open_lite
from quizzer.db.migrations import CURRENT
from quizzer.review import store
from quizzer.review.controller import Controller

NOTES = (Path(__file__).resolve().parents[1] / "decks" / "docker-containers.ko.md").read_text(encoding="utf-8")
ITEMS = [n for n, line in enumerate(NOTES.splitlines()) if line.startswith("- ")]

OPS = st.one_of(
    st.tuples(st.just("answer"), st.lists(st.integers(0, 5), min_size=1, max_size=6)),
    st.tuples(st.just("answer"), st.lists(st.integers(3, 5), min_size=1, max_size=6)),
    st.tuples(st.just("suspend")),
    st.tuples(st.just("undo")),
    st.tuples(st.just("unsuspend"), st.integers(0, 200)),
    st.tuples(st.just("day"), st.integers(1, 9)),
    # a re-import without some items (retired), one of them edited; the others come back (restored),
    # or are new (their cards wait for the check before learning unless trusted)
    st.tuples(st.just("reimport"), st.frozensets(st.integers(0, len(ITEMS) - 1), max_size=5),
              st.integers(0, len(ITEMS) - 1), st.booleans()),
    st.tuples(st.just("check"), st.integers(0, 20), st.booleans()),  # a waiting shape kept or held back
    st.tuples(st.just("delete card"), st.integers(0, 200)),
    st.tuples(st.just("delete note"), st.integers(0, 200)),
    st.tuples(st.just("backup")),
    st.tuples(st.just("restore"), st.booleans()),
)


def quiet(*argv: str) -> int:
    with redirect_stdout(StringIO()):
        return main(list(argv))


def write_notes(path: Path, dropped: frozenset[int] = frozenset(), edited: int | None = None) -> None:
    lines = NOTES.splitlines()
    for n in dropped:
        lines[ITEMS[n]] = ""
    if edited is not None and edited not in dropped:
        lines[ITEMS[edited]] += " (고침)"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def pick(con: sqlite3.Connection, sql: str, index: int) -> int | None:
    rows = [row[0] for row in con.execute(sql)]
    return rows[index % len(rows)] if rows else None


def check(con: sqlite3.Connection, controller: Controller) -> None:
    assert_counts_exact(con)
    today, ids = controller.today, controller.deck_ids
    naive = con.execute(NAIVE_WAITING, {"decks": json.dumps(list(ids)), "day": today.toordinal()}).fetchone()[0]
    assert store.new_waiting(con, ids, today) == naive
    assert controller.summary().new_waiting == naive


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.frozensets(st.integers(0, len(ITEMS) - 1), max_size=8), st.lists(OPS, min_size=1, max_size=14))
def test_any_sequence_keeps_the_notes_behind_a_due_card_counted(first: frozenset[int], ops: list[tuple[object, ...]]) -> None:
    with tempfile.TemporaryDirectory() as folder, mock.patch.object(sync, "BULK_NOTES", 5):
        path, notes, saved = Path(folder) / "q.db", Path(folder) / "notes.md", Path(folder) / "saved.json"
        write_notes(notes, first)  # the items left out come later, new
        assert quiet("--db", str(path), "import", "--trust", str(notes)) == 0  # the built-in deck too; counted in bulk
        clock = FakeClock()
        config = Config(limits=Limits(new_per_day=4, reviews_per_day=30))
        lite = open_lite(path, CURRENT)
        assert lite is not None
        con = connect(path)
        try:
            studying = Config(limits=Limits(new_per_day=12, reviews_per_day=30))
            for day in range(3):  # a few days studied: notes with a card answered and one still new
                controller = Controller(lite, config=studying, clock=clock, timer=clock.timer)
                for n in range(40):
                    if controller.current() is not None:
                        controller.answer((5, 4, 3, 1)[(n + day) % 4])
                clock.next_day(1 + day)
            controller = Controller(lite, config=config, clock=clock, timer=clock.timer)
            check(con, controller)
            assert con.execute("SELECT sum(notes) FROM behind_tally").fetchone()[0] > 0
            for op in ops:
                kind, *args = op
                fresh = True
                if kind == "answer":
                    for grade in args[0]:  # type: ignore[attr-defined]
                        if controller.current() is not None:
                            controller.answer(grade)
                    fresh = False
                elif kind == "suspend":
                    fresh = controller.suspend() is None
                elif kind == "undo":
                    fresh = controller.undo() is None
                elif kind == "unsuspend":
                    card = pick(con, "SELECT id FROM card WHERE suspended = 1 ORDER BY id", int(args[0]))  # type: ignore[call-overload]
                    if card is not None:
                        assert quiet("--db", str(path), "unsuspend", str(card)) == 0
                elif kind == "day":
                    clock.next_day(int(args[0]))  # type: ignore[call-overload]
                elif kind == "reimport":
                    write_notes(notes, args[0], args[1])  # type: ignore[arg-type]
                    assert quiet("--db", str(path), "import", *(["--trust"] if args[2] else []), str(notes)) == 0
                elif kind == "check":
                    with lite.full().session() as s:
                        shapes = checks.waiting(s)
                        if shapes:
                            shape = shapes[int(args[0]) % len(shapes)]  # type: ignore[call-overload]
                            decide = checks.keep if args[1] else checks.hold
                            decide(s, shape.deck, shape.reason, shape.kind)
                elif kind in ("delete card", "delete note"):
                    table = kind.split()[1]
                    row = pick(con, f"SELECT id FROM {table} ORDER BY id", int(args[0]))  # type: ignore[call-overload]
                    con.execute("PRAGMA foreign_keys = ON")
                    con.execute(f"DELETE FROM {table} WHERE id = ?", (row,))
                elif kind == "backup":
                    assert quiet("--db", str(path), "backup", "--force", "-o", str(saved)) == 0
                elif kind == "restore" and saved.exists():
                    # without --replace: refused (one sentence) if it would lose answers
                    quiet("--db", str(path), "import", str(saved), *(["--replace"] if args[0] else []))
                if fresh:  # the day's plan again, as a new `quizzer review` would make it
                    controller = Controller(lite, config=config, clock=clock, timer=clock.timer)
                check(con, controller)
            assert_readers_agree(con, controller.today)
        finally:
            con.close()
            lite.close()


# Each card of a few notes, in two decks, through every change a card can go through, one
# statement at a time or a note's cards in one statement (the SQL of every path above).
DAYS = (-1, 0, 1, 5)
CARD = st.tuples(st.integers(0, 1), st.integers(0, 1), st.sampled_from((None, *DAYS)), st.integers(0, 1))
SQL_OPS = st.one_of(
    st.tuples(st.just("set"), st.integers(0, 7), CARD),  # a card inserted, changed or moved (note, deck, due, suspended)
    st.tuples(st.just("delete"), st.integers(0, 7)),
    st.tuples(st.just("note due"), st.integers(0, 3), st.sampled_from((None, *DAYS))),  # every card of a note
    st.tuples(st.just("note suspended"), st.integers(0, 3), st.integers(0, 1)),
    st.tuples(st.just("delete note"), st.integers(0, 3)),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(SQL_OPS, min_size=1, max_size=25))
# a note counted at day 5 gets an answered card due earlier: inserted, or moved in from another deck
@example([("set", 0, (0, 0, 5, 0)), ("set", 5, (0, 0, -1, 0))])
@example([("set", 0, (0, 0, 5, 0)), ("set", 5, (0, 1, -1, 0)), ("set", 5, (0, 0, -1, 0))])
def test_any_write_keeps_the_notes_behind_a_due_card_counted(ops: list[tuple[object, ...]]) -> None:
    import datetime as dt

    from conftest import make_deck

    from quizzer.db import open_database

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "q.db"
        db = open_database(path)
        alpha, beta = make_deck(db, "alpha", 2), make_deck(db, "beta", 1)
        db.close()
        decks, notes = (alpha.deck_id, beta.deck_id), list(alpha.note_ids)
        today = dt.date(2024, 3, 1)
        t = today.toordinal()
        con = connect(path)
        try:
            con.execute("PRAGMA foreign_keys = ON")
            slots: dict[int, int] = dict(enumerate([*alpha.forward, *alpha.reverse]))  # slot: card id
            for n, (kind, *args) in enumerate(ops):
                if kind == "set":
                    slot, (note, deck, due, suspended) = args  # type: ignore[misc]
                    values = (notes[note % len(notes)], decks[deck], None if due is None else t + due, suspended)
                    if slot in slots:
                        con.execute("UPDATE card SET note_id = ?, deck_id = ?, due = ?, suspended = ?, ord = ? "
                                    "WHERE id = ?", (*values, 10 + n, slots[slot]))
                    else:
                        slots[slot] = con.execute(
                            "INSERT INTO card (note_id, deck_id, due, suspended, ord, new_rank, reps, interval, "
                            "ef_centi, lapses, leech) VALUES (?, ?, ?, ?, ?, 0, 0, 0, 250, 0, 0)",
                            (*values, 10 + n)).lastrowid  # type: ignore[assignment]
                elif kind == "delete" and args[0] in slots:
                    con.execute("DELETE FROM card WHERE id = ?", (slots.pop(args[0]),))  # type: ignore[call-overload]
                elif kind == "note due":
                    due = args[1]
                    con.execute("UPDATE card SET due = ? WHERE note_id = ?",
                                (None if due is None else t + due, notes[args[0] % len(notes)]))  # type: ignore[call-overload, operator]
                elif kind == "note suspended":
                    con.execute("UPDATE card SET suspended = ? WHERE note_id = ?",
                                (args[1], notes[args[0] % len(notes)]))  # type: ignore[call-overload, operator]
                elif kind == "delete note" and len(notes) > 1:  # its cards go by cascade
                    con.execute("DELETE FROM note WHERE id = ?", (notes.pop(args[0] % len(notes)),))  # type: ignore[call-overload, operator]
                    slots = {slot: card for slot, card in slots.items()
                             if con.execute("SELECT 1 FROM card WHERE id = ?", (card,)).fetchone()}
                assert_counts_exact(con)
                for day in (today - dt.timedelta(days=1), today, today + dt.timedelta(days=5)):
                    for ids in ([decks[0]], [decks[1]], list(decks)):
                        naive = con.execute(NAIVE_WAITING, {"decks": json.dumps(ids), "day": day.toordinal()})
                        assert store.new_waiting(con, ids, day) == naive.fetchone()[0]
        finally:
            con.close()
