"""A command that must wait for another program's write lock says so instead of hanging silently.

``quizzer import`` (or ``suspend``, ``check``, …) while another program held the write lock sat
silent for up to the busy timeout (15 s), then went on or failed: a person saw a hang.  After
:data:`quizzer.db.lite.WAIT_NOTICE_S` it says one sentence on stderr, then keeps waiting."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from quizzer.cli import main
from quizzer.db import engine, lite, open_database
from quizzer.db.migrations import CURRENT


@pytest.fixture
def made(tmp_path: Path) -> Path:
    path = tmp_path / "q.db"
    open_database(path).close()
    return path


def test_a_write_waiting_for_another_program_says_so_once(made: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lite, "WAIT_NOTICE_S", 0.0)
    other = sqlite3.connect(made, isolation_level=None, check_same_thread=False)  # released from the notice
    other.execute("BEGIN IMMEDIATE")
    said: list[str] = []

    def notice(sentence: str) -> None:  # the other program finishes once we said we wait
        said.append(sentence)
        other.execute("COMMIT")

    db = open_database(made, notice=notice)
    try:
        with db.reading() as s:  # a read never waits, and says nothing
            s.execute(text("SELECT count(*) FROM deck"))
        assert said == []
        with db.session() as s:
            s.execute(text("UPDATE deck SET name = name"))
        monkeypatch.setattr(lite, "WAIT_NOTICE_S", 1.0)  # as shipped: a free lock is taken long before
        with db.session() as s:  # the lock free: nothing said
            s.execute(text("UPDATE deck SET name = name"))
    finally:
        db.close()
        other.close()
    assert said == [f"Another program is writing to the database {made}; waiting for it (up to 15s)."]


def test_the_cli_says_it_waits_on_stderr(made: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(lite, "WAIT_NOTICE_S", 0.0)
    for module in (engine, lite):  # then it gives up, with the usual sentence
        monkeypatch.setattr(module, "BUSY_TIMEOUT_MS", 100)
    notes = tmp_path / "n.md"
    notes.write_text("# t\n\n- **ls -l**: long listing\n", encoding="utf-8")
    other = sqlite3.connect(made, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        rc = main(["--db", str(made), "--lang", "ko", "import", str(notes), "--trust"])
    finally:
        other.close()
    err = capsys.readouterr().err
    assert rc == 1 and "Traceback" not in err
    assert err.startswith(f"다른 프로그램이 데이터베이스 {made}에 쓰고 있어 기다립니다(최대 "), err
    assert err.count("\n") == 2 and "잠그고 있습니다" in err  # then the one error sentence


def test_the_notice_is_told_in_the_waiting_threads_context(made: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The timer's thread would not see the screen the write was made under (a context variable)."""
    import contextvars

    monkeypatch.setattr(lite, "WAIT_NOTICE_S", 0.0)
    where = contextvars.ContextVar("where", default="timer thread")
    where.set("caller")
    other = sqlite3.connect(made, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    seen: list[str] = []

    def notice(_sentence: str) -> None:
        seen.append(where.get())
        other.execute("COMMIT")

    db = open_database(made, notice=notice)
    try:
        with db.session() as s:
            s.execute(text("UPDATE deck SET name = name"))
    finally:
        db.close()
        other.close()
    assert seen == ["caller"]


def test_nothing_is_said_over_a_screen(capsys: pytest.CaptureFixture[str]) -> None:
    """An exam's answer waiting for the lock: a line on stderr would tear the exam's screen."""
    from prompt_toolkit.application import Application
    from prompt_toolkit.application.current import set_app
    from prompt_toolkit.output import DummyOutput

    from quizzer.commands.common import _say

    with set_app(Application(output=DummyOutput())):
        _say("waiting")
    assert capsys.readouterr().err == ""
    _say("waiting")
    assert capsys.readouterr().err == "waiting\n"


def test_a_command_on_the_review_path_says_it_waits_too(
    made: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``quizzer suspend`` (plain sqlite3, the review's path: no SQLAlchemy) sat silent for the
    whole busy timeout, then failed: it says it waits, as the other commands do."""
    monkeypatch.setattr(lite, "WAIT_NOTICE_S", 0.0)
    for module in (engine, lite):
        monkeypatch.setattr(module, "BUSY_TIMEOUT_MS", 100)
    assert main(["--db", str(made), "decks"]) == 0  # the built-in deck in it: the review path opens it as it is
    capsys.readouterr()
    other = sqlite3.connect(made, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        rc = main(["--db", str(made), "suspend", "1"])
    finally:
        other.close()
    err = capsys.readouterr().err
    assert rc == 1 and "Traceback" not in err
    assert err.startswith(f"Another program is writing to the database {made}; waiting for it (up to "), err
    assert err.count("\n") == 2 and "locked by another program" in err


@pytest.mark.parametrize("path", ["full", "lite"])
def test_ctrl_c_stops_a_wait_for_another_programs_lock(made: Path, monkeypatch: pytest.MonkeyPatch, path: str) -> None:
    """SQLite waits for the lock in C, where a Ctrl-C is not seen: ``quizzer import`` went on waiting the
    whole busy timeout (15 s) after Ctrl-C, then stopped (u-polish).  Ctrl-C now ends the wait while the
    other program still holds the lock.  (The other program lets go after a minute, so the test ends
    even where the wait does not stop: it then fails.)"""
    import os
    import signal
    import threading

    monkeypatch.setattr(lite, "WAIT_NOTICE_S", 0.3)  # the write is waiting in SQLite by then
    for module in (engine, lite):
        monkeypatch.setattr(module, "BUSY_TIMEOUT_MS", 120_000)
    other = sqlite3.connect(made, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    released = threading.Event()

    def release() -> None:
        released.set()
        other.execute("ROLLBACK")

    safety = threading.Timer(60.0, release)
    safety.start()

    def notice(_sentence: str) -> None:  # told from another thread once the write waits: a Ctrl-C now
        os.kill(os.getpid(), signal.SIGINT)

    db = open_database(made, notice=notice) if path == "full" else lite.open_lite(made, CURRENT, notice=notice)
    assert db is not None
    try:
        with pytest.raises(KeyboardInterrupt):
            with db.session() as s:
                (s.execute(text("UPDATE deck SET name = name")) if path == "full"
                 else s.execute("UPDATE deck SET name = name"))
        assert not released.is_set()  # the wait ended before the other program let go
    finally:
        safety.cancel()
        if not released.is_set():
            other.execute("ROLLBACK")
        db.close()
        other.close()
    again = sqlite3.connect(made, isolation_level=None)
    try:
        assert again.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        again.close()


@pytest.mark.parametrize("command", [["import", "n.md", "--trust"], ["suspend", "1"]], ids=["full", "lite"])
def test_the_wait_notice_keeps_a_long_path_whole_on_a_narrow_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    """At 40 columns the Korean notice broke a long database path inside a word ('…/quizzer.' / 'db에',
    u-polish): a path a person copies wraps only around it, on a line of its own, whole."""
    import os
    import shutil
    import sys

    made = tmp_path / "a-rather-long-folder-name-for-notes" / "quizzer.db"
    made.parent.mkdir()
    assert main(["--db", str(made), "decks"]) == 0
    capsys.readouterr()
    (tmp_path / "n.md").write_text("# t\n\n- **ls -l**: long listing\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(lite, "WAIT_NOTICE_S", 0.0)
    for module in (engine, lite):
        monkeypatch.setattr(module, "BUSY_TIMEOUT_MS", 100)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    monkeypatch.setattr(shutil, "get_terminal_size", lambda *a, **k: os.terminal_size((41, 14)))
    other = sqlite3.connect(made, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        rc = main(["--db", str(made), "--lang", "ko", *command])
    finally:
        other.close()
    err = capsys.readouterr().err
    assert rc == 1 and "Traceback" not in err
    notice = err.split("최대")[0]
    assert "다른 프로그램이 데이터베이스" in notice and len(str(made)) > 40
    assert any(line.startswith(str(made)) for line in notice.splitlines()), err  # whole, on its own line
