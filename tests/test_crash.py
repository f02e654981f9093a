"""Crashes and company: kill -9, a closed terminal, Ctrl-C, two sessions at once, a locked database.

Each answer is one committed transaction before the next card shows, so any
of these loses at most the card on screen, and never breaks the file.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from conftest import FakeClock, Tmux, card_row, make_deck, quizzer_command, review_rows, wait_for
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from sqlalchemy import select

from quizzer.config import Config
from quizzer.db import Database, engine, open_database
from quizzer.db.lite import BUSY_TIMEOUT_MS
from quizzer.db.engine import make_engine, translate_errors
from quizzer.db.models import Card, Review
from quizzer.errors import QuizzerError
from quizzer.review.controller import Controller
from quizzer.tui import ReviewScreen


def count_reviews(path: Path) -> int:
    if not path.exists():
        return 0
    raw = sqlite3.connect(path, timeout=30)
    try:
        return int(raw.execute("SELECT count(*) FROM review").fetchone()[0])
    except sqlite3.OperationalError:  # not created yet
        return 0
    finally:
        raw.close()


def integrity(path: Path) -> str:
    raw = sqlite3.connect(path)
    try:
        return str(raw.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        raw.close()


def states_match_the_log(db: Database) -> None:
    """Each card's state is the 'after' of its last scheduling answer (drills change nothing)."""
    with db.session() as s:
        last: dict[int, Review] = {}
        for row in s.scalars(select(Review).where(Review.drill.is_(False)).order_by(Review.id)):
            last[row.card_id] = row
        for card_id, row in last.items():
            card = s.get_one(Card, card_id)
            assert (card.interval, card.ef_centi, card.due) == (row.interval, row.ef_centi, row.due)


def answer_in_terminal(tmux: Tmux, db_path: Path, grade: int, n: int) -> None:
    tmux.keys("Space")
    tmux.wait_screen("5  perfect")
    tmux.keys(str(grade))
    wait_for(lambda: count_reviews(db_path) >= n, f"review row {n} in the database")


# -- a real process, killed --------------------------------------------------------------


def test_kill_9_mid_session_loses_no_recorded_answer(tmux: Tmux, quizzer_home: Path) -> None:
    db_path = quizzer_home / "quizzer.db"
    tmux.start([*quizzer_command(), "review"], columns=80, rows=30)
    tmux.wait_screen("Space  show the answer")
    grades = [5, 3, 4, 1, 5]
    for n, grade in enumerate(grades, start=1):
        answer_in_terminal(tmux, db_path, grade, n)
    tmux.keys("Space")  # the card on screen, answer shown, not graded: this one may be lost
    tmux.wait_screen("5  perfect")
    pid = tmux.pane_pid()
    os.kill(pid, signal.SIGKILL)
    wait_for(tmux.dead, "the killed quizzer's pane to die")

    assert integrity(db_path) == "ok"
    db = open_database(db_path, create=False)
    try:
        rows = review_rows(db)
        assert [(r.grade, r.drill) for r in rows] == [(g, False) for g in grades]
        states_match_the_log(db)
        # a new session carries on where the killed one stopped
        today = rows[0].day
        assert today is not None
        moment = dt.datetime.combine(today, dt.time(12, 0)).astimezone()
        clock = FakeClock(moment)
        again = Controller(db, config=Config(), clock=clock, timer=clock.timer)
        assert again.today == today
        assert again.session.counts() == (20 - len(grades), 0, 2)  # the 3 and the 1 wait for re-drill
        answered = {r.card_id for r in rows}
        assert again.session.current() not in answered
        again.answer(4)
        assert len(review_rows(db)) == len(grades) + 1
    finally:
        db.close()


def test_closing_the_terminal_keeps_every_answer(tmux: Tmux, quizzer_home: Path) -> None:
    db_path = quizzer_home / "quizzer.db"
    tmux.start([*quizzer_command(), "review"], columns=80, rows=30)
    tmux.wait_screen("Space  show the answer")
    for n, grade in enumerate([4, 2, 5], start=1):
        answer_in_terminal(tmux, db_path, grade, n)
    pid = tmux.pane_pid()
    tmux.tmux("kill-session", "-t", tmux.session)  # the terminal goes away: SIGHUP
    wait_for(lambda: not os.path.exists(f"/proc/{pid}") or _zombie(pid), "quizzer to exit after its terminal closed")
    assert integrity(db_path) == "ok"
    assert count_reviews(db_path) == 3


def _zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as stat:
            return stat.read().split(")")[-1].split()[0] in {"Z", "X"}
    except FileNotFoundError:
        return True


def test_ctrl_c_in_the_terminal_quits_with_the_summary(tmux: Tmux, quizzer_home: Path) -> None:
    db_path = quizzer_home / "quizzer.db"
    tmux.start([*quizzer_command(), "review"], columns=80, rows=30)
    tmux.wait_screen("Space  show the answer")
    answer_in_terminal(tmux, db_path, 5, 1)
    tmux.keys("C-c")
    tmux.wait_screen("Stopped; every answer so far is saved.")
    screen = tmux.wait_exit()
    assert "Cards answered: 1" in screen
    assert "Traceback" not in screen
    assert count_reviews(db_path) == 1


# -- two sessions on one database ----------------------------------------------------------

WORKER = textwrap.dedent(
    """
    import datetime as dt, sys, time
    from pathlib import Path
    from quizzer.config import Config, Limits
    from quizzer.db import open_database
    from quizzer.review.controller import Controller

    path, go, name = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    moment = dt.datetime(2024, 3, 1, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    db = open_database(path)
    controller = Controller(db, config=Config(limits=Limits(new_per_day=25)), clock=lambda: moment,
                            timer=time.monotonic)
    while not go.exists():
        time.sleep(0.01)
    grades = [5, 3, 4, 2, 5, 0]
    n = 0
    while controller.session.current() is not None:
        grade = 5 if controller.session.in_redrill else grades[n % len(grades)]
        controller.answer(grade)
        n += 1
    db.close()
    print(n)
    """
)


def test_two_processes_on_one_database_lose_nothing(db: Database, db_path: Path, tmp_path: Path) -> None:
    made = make_deck(db, "shared", 25, reversible=False)
    db.close()
    go = tmp_path / "go"
    workers = [
        subprocess.Popen([sys.executable, "-c", WORKER, str(db_path), str(go), name],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for name in ("one", "two")
    ]
    go.touch()
    outputs = [worker.communicate(timeout=300) for worker in workers]
    for worker, (out, err) in zip(workers, outputs):
        assert worker.returncode == 0, err
        assert err == ""
    answered = sum(int(out) for out, _ in outputs)
    assert integrity(db_path) == "ok"
    again = open_database(db_path, create=False)
    try:
        rows = review_rows(again)
        assert len(rows) == answered  # every answer either process gave is there
        scheduling = [r.card_id for r in rows if not r.drill]
        assert sorted(scheduling) == sorted(made.forward)  # each card graded by SM-2 exactly once
        states_match_the_log(again)
    finally:
        again.close()


#: What a process says when another one held the write lock past the busy timeout (15 s).
LOCKED = "is locked by another program; close it or try again in a moment."


def test_many_processes_opening_a_new_database_at_once(quizzer_home: Path) -> None:
    """Six processes make the same new database at once: it is made, and the built-in deck imported,
    exactly once, and each of them lists that one deck.  On a loaded machine (load 9) the first one's
    import outlasted the others' 15 s wait for the lock: such a process says so in one sentence and
    exits 1, as a person would see it, and is run again once the others are done; what each finds
    and the database itself are checked exactly as before."""
    env = {**os.environ, "QUIZZER_HOME": str(quizzer_home)}
    command = [*quizzer_command(), "--lang", "en", "decks", "--json"]
    started = time.monotonic()
    procs = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(6)]
    ended: dict[int, float] = {}  # process → seconds it ran (its output is small: the pipes never fill)
    while len(ended) < len(procs) and time.monotonic() - started < 300:
        ended.update({i: time.monotonic() - started for i, proc in enumerate(procs)
                      if i not in ended and proc.poll() is not None})
        time.sleep(0.05)
    results = [(*proc.communicate(timeout=300), ended.get(i, 300.0)) for i, proc in enumerate(procs)]
    outputs = []
    for proc, (out, err, ran) in zip(procs, results):
        # waited its whole 15 s and said so (a sentence, never a traceback); a "locked" sooner than that is
        # no wait at all but a lock the processes took in a deadly order, the race this test is here to catch
        if proc.returncode != 0 and LOCKED in err and ran >= BUSY_TIMEOUT_MS / 1000:
            assert "Traceback" not in err, err
            assert err.strip().splitlines()[-1].startswith("Error: ") and err.rstrip().endswith(LOCKED), err
            again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
            assert again.returncode == 0, again.stderr
            out = again.stdout
        else:
            assert proc.returncode == 0, err
        outputs.append(out)
    decks = [json.loads(out)["decks"] for out in outputs]
    assert all(len(d) == 1 for d in decks)
    assert len({d[0]["cards"] for d in decks}) == 1  # the built-in deck imported once, not twice
    assert integrity(quizzer_home / "quizzer.db") == "ok"


def journal_mode(path: Path) -> str:
    raw = sqlite3.connect(path)
    try:
        return str(raw.execute("PRAGMA journal_mode").fetchone()[0])
    finally:
        raw.close()


def switch_to_wal(path: Path) -> None:
    """What a process that has just made the database does last."""
    made = make_engine(path)
    try:
        with translate_errors(path):
            engine._use_wal(made)  # noqa: SLF001
    finally:
        made.dispose()


def a_new_database_in_rollback_mode(path: Path) -> None:
    """As it is between its creation and the switch to WAL."""
    open_database(path).close()
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        raw.execute("PRAGMA journal_mode = DELETE")
    finally:
        raw.close()


def test_the_switch_to_wal_waits_for_another_process_writing(db_path: Path) -> None:
    """The race behind test_many_processes_opening_a_new_database_at_once failing now and
    then: the process that made the file switches it to WAL while another one that opened
    it at the same time holds the write lock.  SQLite gives that switch no busy handler (it
    upgrades a read to a write), so it failed at once with "locked by another program"."""
    a_new_database_in_rollback_mode(db_path)
    other = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    done = threading.Timer(0.3, other.execute, ("ROLLBACK",))
    done.start()
    try:
        switch_to_wal(db_path)
    finally:
        done.join()
        other.close()
    assert journal_mode(db_path) == "wal"


def test_a_switch_to_wal_still_locked_after_the_timeout_is_one_sentence(db_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    a_new_database_in_rollback_mode(db_path)
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 50)
    with write_lock(db_path):
        with pytest.raises(QuizzerError, match="locked by another program"):
            switch_to_wal(db_path)
    assert journal_mode(db_path) == "delete"


def test_a_new_database_made_by_another_process_mid_check_is_not_called_foreign(
        db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The other failure the stress run of many first opens found: the check read the
    application id, the schema version and the tables one statement at a time, so another
    process committing its new schema in between made the file look like a stranger's
    (tables, no quizzer id)."""
    from sqlalchemy import event

    from quizzer.db import migrations

    def other_process_makes_it() -> None:
        other = sqlite3.connect(db_path, isolation_level=None, timeout=0.1)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("CREATE TABLE made_elsewhere (id INTEGER)")
            other.execute(f"PRAGMA application_id = {engine.APPLICATION_ID}")
            other.execute(f"PRAGMA user_version = {migrations.CURRENT}")
            try:
                other.execute("COMMIT")
            except sqlite3.OperationalError:  # our check holds its read: the other one waits
                other.execute("ROLLBACK")
        finally:
            other.close()

    fired: list[str] = []

    def between_statements(statement: str) -> None:
        if statement == "PRAGMA user_version" and not fired:
            fired.append(statement)
            other_process_makes_it()

    def traced(path: Path, **options: Any) -> Any:
        made = real_make_engine(path, **options)
        event.listen(made, "connect", lambda dbapi, _record: dbapi.set_trace_callback(between_statements))
        return made

    real_make_engine = engine.make_engine
    monkeypatch.setattr(engine, "make_engine", traced)
    open_database(db_path).close()
    assert fired
    raw = sqlite3.connect(db_path)
    try:
        assert raw.execute("PRAGMA application_id").fetchone()[0] == engine.APPLICATION_ID
    finally:
        raw.close()


# -- a database locked by someone else -----------------------------------------------------


@contextmanager
def write_lock(path: Path) -> Iterator[sqlite3.Connection]:
    """Another program holding the write lock until the block ends."""
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("BEGIN IMMEDIATE")
    try:
        yield raw
    finally:
        raw.execute("ROLLBACK")
        raw.close()


@pytest.fixture
def impatient_db(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    """A database that gives up on a lock after 50 ms instead of 15 s."""
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 50)
    database = open_database(db_path)
    try:
        yield database
    finally:
        database.close()


def test_a_locked_database_is_a_message_not_a_crash(impatient_db: Database, db_path: Path, clock: FakeClock) -> None:
    made = make_deck(impatient_db, "alpha", 3)
    c = Controller(impatient_db, config=Config(), clock=clock, timer=clock.timer)
    with write_lock(db_path):
        with pytest.raises(QuizzerError, match="locked by another program"):
            c.answer(5)
    assert review_rows(impatient_db) == []
    assert c.session.current() == made.forward[0]  # nothing moved on
    c.answer(5)  # and once the lock is gone, it works
    assert [r.card_id for r in review_rows(impatient_db)] == [made.forward[0]]


def test_the_screen_shows_the_lock_message_and_carries_on(impatient_db: Database, db_path: Path, clock: FakeClock) -> None:
    made = make_deck(impatient_db, "alpha", 3)
    c = Controller(impatient_db, config=Config(), clock=clock, timer=clock.timer)
    with create_pipe_input() as inp:
        screen = ReviewScreen(c, input=inp, output=DummyOutput())
        with write_lock(db_path):
            inp.send_text(" 5q")
            screen.run()
    # the screen says it waits for the lock (see tests/test_locked_screen.py), and q still left
    assert screen.lock.held and "Waiting for the database" in "".join(
        fragment[1] for fragment in screen._fragments()  # noqa: SLF001
    )
    assert screen.card is not None and screen.card.card_id == made.forward[0]
    assert review_rows(impatient_db) == []


def test_undo_on_a_locked_database_changes_nothing(impatient_db: Database, db_path: Path, clock: FakeClock) -> None:
    made = make_deck(impatient_db, "alpha", 3)
    c = Controller(impatient_db, config=Config(), clock=clock, timer=clock.timer)
    c.answer(5)
    c.answer(4)
    with write_lock(db_path):
        with pytest.raises(QuizzerError):
            c.undo()
    # either everything was undone or nothing: here, nothing
    assert len(review_rows(impatient_db)) == 2
    assert c.session.current() == made.forward[2]
    assert c.undo() == made.forward[1]  # trying again works
    assert [r.card_id for r in review_rows(impatient_db)] == [made.forward[0]]
    assert card_row(impatient_db, made.forward[1])["due"] is None


def test_a_failed_advance_never_grades_an_unseen_card(db: Database, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    made = make_deck(db, "alpha", 3)
    c = Controller(db, config=Config(), clock=clock, timer=clock.timer)
    real_current = c.current
    calls = {"n": 0}

    def flaky_current():  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 2:  # the fetch right after the first answer
            raise QuizzerError("The database is locked by another program; close it or try again in a moment.")
        return real_current()

    monkeypatch.setattr(c, "current", flaky_current)
    with create_pipe_input() as inp:
        screen = ReviewScreen(c, input=inp, output=DummyOutput())
        inp.send_text(" 5" + "4" + "q")
        screen.run()
    graded = [r.card_id for r in review_rows(db)]
    assert graded[0] == made.forward[0]
    # the 4 was pressed while card 1 (already graded) was on screen: card 2 was never shown
    assert made.forward[1] not in graded
