"""Sending an exam's missed cards back waits for a database another program holds past the busy
timeout, saying so, instead of ending in 'locked by another program; … try again in a moment': the
question is not asked again, so there was nothing to try again and the 'y' was lost."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from quizzer.commands.common import until_free
from quizzer.errors import DatabaseBusy


def test_a_write_held_up_is_tried_again_and_said(capsys: pytest.CaptureFixture[str]) -> None:
    tries: list[int] = []

    def write() -> str:
        tries.append(1)
        if len(tries) < 3:
            raise DatabaseBusy("The database is locked by another program; close it or try again in a moment.")
        return "sent"

    assert until_free(write) == "sent" and len(tries) == 3
    err = capsys.readouterr().err
    assert err.count("Another program still holds the database; quizzer goes on waiting for it") == 2


def test_other_errors_are_not_retried() -> None:
    def write() -> None:
        raise ValueError("a bug of ours")

    with pytest.raises(ValueError):
        until_free(write)


def test_a_real_lock_past_the_busy_timeout(db_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """The busy timeout made short: the send back goes through once the other program lets go."""
    from quizzer.db import engine, lite, open_database

    db = open_database(db_path)
    db.close()
    for module in (engine, lite):
        monkeypatch.setattr(module, "BUSY_TIMEOUT_MS", 100)
    db = open_database(db_path)
    other = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    threading.Timer(0.5, lambda: other.execute("ROLLBACK")).start()

    tries: list[int] = []

    def write() -> int:
        tries.append(1)
        assert len(tries) < 500, "the lock was never let go"
        with db.session() as s:
            return int(s.connection().exec_driver_sql("SELECT 1").scalar_one())

    try:
        assert until_free(write) == 1
    finally:
        db.close()
    assert "goes on waiting" in capsys.readouterr().err
