"""Making a new database file on the standard library's sqlite3 (no SQLAlchemy).

The place is checked first (:func:`check_place`: the sentences a person can act on), then
the file is made in one ``BEGIN IMMEDIATE`` transaction from :mod:`quizzer.db.schema` and
switched to WAL (:func:`use_wal`).  ``quizzer.db.engine.open_database`` makes a new file
the same way; the commands that work on the plain connection (``quizzer import``) make it
here without importing SQLAlchemy (:func:`make`).
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from quizzer.db import schema
from quizzer.db.lite import BUSY_TIMEOUT_MS, configure, connect, translate_sqlite_errors
from quizzer.errors import QuizzerError, os_reason
from quizzer.i18n import _

__all__ = ["check_place", "create_if_empty", "make", "use_wal"]


def check_place(path: Path, *, chosen: bool) -> None:
    """Make the folder of a database still to be made at ``path``, or say in one sentence why it
    cannot be.  ``chosen``: the person named the file (``--db``, ``$QUIZZER_DB``), so a path that
    may be mistyped: its folder is not made (a missing one is refused)."""
    if chosen and not path.parent.is_dir():
        raise QuizzerError(_(
            "There is no folder {folder} for the database {path}: check the path, or make the folder first."
        ).format(folder=path.parent, path=path), paths=(path.parent, path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise QuizzerError(_(
            "Cannot create the folder for the database {path}: {strerror}. Choose another place with --db FILE "
            "or the QUIZZER_HOME folder."
        ).format(path=path, strerror=os_reason(error)), paths=(path,)) from None
    if not os.access(path.parent, os.W_OK | os.X_OK):  # SQLite would say "unable to open database file"
        raise QuizzerError(_(
            "Cannot create the database {path}: its folder is read-only. Choose another place with --db FILE "
            "or the QUIZZER_HOME folder."
        ).format(path=path), paths=(path,))


def create_if_empty(connection: sqlite3.Connection) -> bool:
    """Make the schema in the file of ``connection``, in its transaction (begun ``IMMEDIATE``), if
    the file is still empty: another process may have made it meanwhile (then False)."""
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if version or tables:
        return False
    schema.create(connection)
    return True


def make(path: Path, *, chosen: bool) -> bool:
    """Make a new quizzer database at ``path`` (which does not exist yet): the whole schema in one
    transaction, then WAL.  False when another process made the file first (the caller opens it
    as any existing file)."""
    check_place(path, chosen=chosen)
    with translate_sqlite_errors(path):
        connection = connect(path, read_only=False)
        try:
            configure(connection)
            connection.execute("BEGIN IMMEDIATE")
            try:
                made = create_if_empty(connection)
                connection.execute("COMMIT")
            except BaseException:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise
            if made:
                use_wal(connection)
            return made
        finally:
            connection.close()


def use_wal(connection: sqlite3.Connection) -> None:
    """WAL lets a reader and a writer work at once.  Set only once the file is
    known to be ours (it rewrites the header), and outside a transaction.

    The switch reads the header and then upgrades that read to a write, and SQLite
    calls no busy handler for such an upgrade: while another process holds the write
    lock (one that opened the new file at the same moment and is checking or filling
    it) the switch fails at once with "database is locked".  So it is tried again
    until the busy timeout, as SQLite waits for any other lock; a database still
    locked after that gets the usual sentence.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            connection.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if not _busy(error) or time.monotonic() >= deadline:
                raise
        time.sleep(0.01)


def _busy(error: sqlite3.OperationalError) -> bool:
    return error.sqlite_errorcode & 0xFF == sqlite3.SQLITE_BUSY
