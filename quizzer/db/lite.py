"""The database through the standard library's sqlite3 alone: the review path.

Importing SQLAlchemy costs more than the rest of ``quizzer review`` up to the
first card, so the review screen and the listings run their few prebuilt
statements on a plain DB-API connection.  SQLAlchemy stays the home of the
models (``quizzer.db.models``, of which ``quizzer.db.schema`` holds the script a new
file is made from: ``quizzer.db.new_file``), migrations and exports: a file at an
older schema is opened by the full path first.

The connection is set up exactly as the engine's (``configure``): WAL, foreign
keys, a busy timeout, ``synchronous = FULL`` and our own ``BEGIN``/``BEGIN
IMMEDIATE``, so both paths lock, wait and survive crashes alike.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from quizzer.durations import duration_text
from quizzer.errors import DatabaseBusy, QuizzerError
from quizzer.i18n import _

if TYPE_CHECKING:
    from quizzer.db import Database

__all__ = [
    "APPLICATION_ID",
    "BUILTIN_DELETED",
    "BUSY_TIMEOUT_MS",
    "LiteDatabase",
    "configure",
    "connect",
    "db_option_of",
    "is_read_only",
    "json_text",
    "meta_value",
    "read_only_error",
    "set_meta",
    "from_epoch_ms",
    "open_lite",
    "raw_connection",
    "to_epoch_ms",
    "told_if_waiting",
    "wait_to_write",
    "translate_sqlite_errors",
    "user_error",
]

BUSY_TIMEOUT_MS = 15_000
NO_WAIT_MS = 50  # a write that must not freeze the screen: a short try, then DatabaseBusy
#: A write waiting for another program's lock tries again this often (:func:`wait_to_write`).
TRY_MS = 100
#: Seconds a write waits for another program's lock before the person is told (once) that it waits.
WAIT_NOTICE_S = 1.0
APPLICATION_ID = 0x51554959  # "QUIY": marks a file as a quizzer database
#: The value of a ``builtin:FILE`` meta row once the person deleted that shipped deck
#: (``quizzer delete``): it is not imported again (``quizzer.decks.ensure_builtin_decks``).
BUILTIN_DELETED = "deleted"

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)

# The one place values are made bindable at once.  sqlite3 binds an int, a float or a str as it is, but
# first asks any other value for an adapter: two AttributeErrors made and dropped (about 0.5 µs a None or
# a bool).  A registered adapter is found first.  None: an empty set's ``discard`` returns None (NULL)
# and runs no Python frame (a first import of vs_anki's 100k-card notes binds 200k: a new note's command,
# context, position and retired_at).  A bool (an int's subclass, so not bound at once): ``int``, its
# integer, as SQLite stores it anyway (a card's flags, a deck's builtin).  For the whole process, as the
# module's adapters are: the stored values are the same with them or without them.
sqlite3.register_adapter(type(None), set[None]().discard)
sqlite3.register_adapter(bool, int)

#: JSON columns as UTF-8 text (Korean notes as written, not \\u escapes); one
#: encoder made once (``json.dumps`` with an option builds one a value).
json_text = json.JSONEncoder(ensure_ascii=False).encode


_MS = dt.timedelta(milliseconds=1)  # made once: every answer stores its instant


def to_epoch_ms(value: dt.datetime) -> int:
    if value.tzinfo is None:
        raise ValueError("Instants must be timezone-aware (UTC).")
    return (value - _EPOCH) // _MS


def from_epoch_ms(value: int) -> dt.datetime:
    return _EPOCH + dt.timedelta(milliseconds=value)


def meta_value(connection: sqlite3.Connection, key: str) -> str | None:
    """A fact of the ``meta`` table (quizzer.db.models.Meta), None when there is none."""
    row = connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def set_meta(connection: sqlite3.Connection, key: str, value: str) -> None:
    connection.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                       (key, value))


def configure(connection: sqlite3.Connection) -> None:
    """The settings of every connection quizzer opens (SQLAlchemy's or its own)."""
    connection.isolation_level = None  # we issue BEGIN ourselves
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    connection.execute("PRAGMA foreign_keys = ON")
    # FULL: in WAL mode every commit syncs the log, so an answer reported saved
    # survives a power cut or an OS crash, not only a killed process (as Anki does)
    connection.execute("PRAGMA synchronous = FULL")


def is_read_only(path: Path) -> bool:
    """A database file this process may read but not write (its mode, a read-only mount)."""
    return path.is_file() and not os.access(path, os.W_OK)


def read_only_error(path: Path) -> QuizzerError:
    return QuizzerError(_("The database {path} is read-only; quizzer needs to write to it.").format(path=path),
                        paths=(path,))


def connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """A new connection to the file (``read_only``: opened so, for the commands that only read)."""
    if not read_only:
        return sqlite3.connect(path, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    from urllib.parse import quote

    uri = f"file:{quote(str(path.absolute()))}?mode=ro"
    try:
        logged = path.with_name(f"{path.name}-wal").stat().st_size > 0
    except OSError:
        logged = False
    if not logged:
        # all of it is in the file: read it as it is.  Read through WAL, SQLite would make
        # (or fail to make, in a read-only folder) a shared-memory file beside it, left
        # read-only, which would then refuse the owner's writes once the file is writable.
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)


def user_error(path: Path, error: BaseException | None) -> QuizzerError | None:
    """The sentence for a failure of the file itself; None for a bug of ours
    (an integrity or programming error keeps its traceback)."""
    if isinstance(error, (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError)):
        return None
    message = str(error).lower()
    if "locked" in message or "busy" in message:
        return DatabaseBusy(
            _("The database {path} is locked by another program; close it or try again in a moment.").format(path=path),
            paths=(path,))
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        from quizzer.paths import db_option
        from quizzer.to_copy import Blank, quizzer_command

        # bare: in quotes, a terminal's wrap broke it inside them; with --db where the damaged database is not
        # the one quizzer opens by default (--db PATH), so the backup goes into the new one made at PATH
        command = quizzer_command("import", Blank(_("BACKUP.json")), db_option=db_option(path))
        return QuizzerError(_(
            "The database {path} is damaged or is not a quizzer database; if it is yours, rename it (quizzer "
            "then starts a new one) and restore your last backup: run {command} with its file for BACKUP.json."
        ).format(path=path, command=command), command=command, paths=(path,))
    if "readonly" in message or "read-only" in message:
        return read_only_error(path)
    if "disk is full" in message or ("disk i/o" in message and _no_room(path)):
        return QuizzerError(_(
            "The disk holding the database {path} is full; free some space and try again."
        ).format(path=path), paths=(path,))
    if "unable to open" in message or "disk i/o" in message:
        return QuizzerError(_("The database {path} cannot be opened ({error}).").format(path=path, error=error), paths=(path,))
    if isinstance(error, sqlite3.OperationalError) and "no such" not in message:
        return QuizzerError(_("The database {path} could not be used: {error}.").format(path=path, error=error), paths=(path,))
    return None


#: Less free room than this beside the database, with an I/O error: the disk is full (SQLite says
#: "disk I/O error" when it cannot grow the write-ahead log, not "disk is full").
NO_ROOM_BYTES = 1 << 20


def _no_room(path: Path) -> bool:
    import shutil

    try:
        return shutil.disk_usage(path.parent).free < NO_ROOM_BYTES
    except OSError:
        return False


@contextmanager
def translate_sqlite_errors(path: Path) -> Iterator[None]:
    try:
        yield
    except sqlite3.DatabaseError as error:
        translated = user_error(path, error)
        if translated is None:
            raise
        raise translated from error


@contextmanager
def told_if_waiting(path: Path, notice: Callable[[str], None] | None) -> Iterator[None]:
    """Around a statement that takes the write lock: if it still waits for another program's
    lock after :data:`WAIT_NOTICE_S`, ``notice`` is told one sentence (an import while another
    program wrote sat silent up to the busy timeout).  SQLite waits with the GIL released; the
    timer tells in the caller's context (which knows whether a screen is up:
    quizzer.commands.common)."""
    if notice is None:
        yield
        return
    import contextvars
    import threading

    timer = threading.Timer(WAIT_NOTICE_S, contextvars.copy_context().run, [notice, _(
        "Another program is writing to the database {path}; waiting for it (up to {time})."
    ).format(path=path, time=duration_text(max(BUSY_TIMEOUT_MS // 1000, 1)))])
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


def _busy(error: BaseException) -> bool:
    """SQLite's "database is locked" (SQLAlchemy's error: the one it wraps)."""
    error = getattr(error, "orig", error)
    return isinstance(error, sqlite3.OperationalError) and error.sqlite_errorcode & 0xFF == sqlite3.SQLITE_BUSY


def wait_to_write(execute: Callable[[str], object], *, path: Path, notice: Callable[[str], None] | None,
                  busy_ms: int) -> None:
    """``BEGIN IMMEDIATE`` through ``execute`` (a connection's), waiting up to ``busy_ms`` for another
    program's write lock; ``notice``: :func:`told_if_waiting`.  SQLite waits in C, where a Ctrl-C is
    not seen until the wait is over (``quizzer import`` went on waiting 15 s after it): here the
    wait is tries of :data:`TRY_MS`, and a Ctrl-C between two stops it.  The connection's busy
    timeout is ``busy_ms`` again afterwards."""
    deadline = time.monotonic() + busy_ms / 1000
    with told_if_waiting(path, notice):
        execute(f"PRAGMA busy_timeout = {TRY_MS}")
        try:
            while True:
                try:
                    execute("BEGIN IMMEDIATE")
                    return
                except Exception as error:  # noqa: BLE001 - sqlite3's, or SQLAlchemy's around it: only "locked" is tried again
                    if not _busy(error) or time.monotonic() >= deadline:
                        raise
        finally:
            execute(f"PRAGMA busy_timeout = {busy_ms}")


class LiteDatabase:
    """An open quizzer database on one sqlite3 connection; the same transactions
    as :class:`quizzer.db.Database` (``session()`` writes, ``reading()`` reads).

    ``notice`` is told one sentence when a write waits for another program's lock
    (:func:`told_if_waiting`)."""

    def __init__(
        self, path: Path, connection: sqlite3.Connection, *, read_only: bool = False,
        notice: Callable[[str], None] | None = None,
    ) -> None:
        self.path = path
        self.connection = connection
        self.read_only = read_only  # opened read-only: every write fails with read_only_error
        self.notice = notice
        self._full: Database | None = None

    def full(self) -> Database:
        """The same file through SQLAlchemy, opened (and SQLAlchemy imported) on first
        use, for the rare work the review path leaves to it (editing a note)."""
        if self._full is None:
            from quizzer.db import open_database

            self._full = open_database(self.path, create=False)
        return self._full

    def session(self, *, wait: bool = True) -> AbstractContextManager[sqlite3.Connection]:
        """One write transaction (``BEGIN IMMEDIATE``): committed on success, rolled back on any error.

        ``wait=False``: give up at once (:class:`DatabaseBusy`) when another program
        holds the write lock, instead of waiting up to the busy timeout; the review
        screen then says it is waiting and tries again, and ``q`` still leaves.
        """
        if wait:
            return _Transaction(self, "BEGIN IMMEDIATE", self.notice, waits=True)
        return self._no_wait()

    @contextmanager
    def _no_wait(self) -> Iterator[sqlite3.Connection]:
        self.connection.execute(f"PRAGMA busy_timeout = {NO_WAIT_MS}")
        try:
            with _Transaction(self, "BEGIN IMMEDIATE") as connection:
                yield connection
        finally:
            self.connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def reading(self) -> AbstractContextManager[sqlite3.Connection]:
        """One read transaction: in WAL mode it never waits for a writer."""
        return _Transaction(self, "BEGIN")

    def alone(self, *, wait: bool = True) -> AbstractContextManager[sqlite3.Connection]:
        """The connection outside any transaction, for statements that are each their own
        (SQLite's autocommit: a read sees the last commit; a write takes the write lock, waiting
        as ``session()`` does, and commits when it ends, or rolls back on any error); the file's
        failures become one clear sentence.  ``wait=False`` as for :meth:`session`."""
        if wait:
            return _Alone(self)
        return self._alone_no_wait()

    @contextmanager
    def _alone_no_wait(self) -> Iterator[sqlite3.Connection]:
        self.connection.execute(f"PRAGMA busy_timeout = {NO_WAIT_MS}")
        try:
            with _Alone(self) as connection:
                yield connection
        finally:
            self.connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def close(self) -> None:
        if self._full is not None:
            self._full.close()
            self._full = None
        self.connection.close()


class _Transaction:
    """One transaction on the connection of ``db``, begun by ``begin``: committed when the block
    ends, rolled back on any error; the file's own failures become one clear sentence
    (:func:`translate_sqlite_errors`).  A class, not nested generators: the review runs one
    for every answer and every card shown.  ``notice``: see :func:`told_if_waiting`."""

    __slots__ = ("_begin", "_db", "_notice", "_waits")

    def __init__(self, db: LiteDatabase, begin: str, notice: Callable[[str], None] | None = None, *,
                 waits: bool = False) -> None:
        self._db = db
        self._begin = begin
        self._notice = notice
        self._waits = waits  # BEGIN IMMEDIATE waiting for another program's lock: wait_to_write

    def __enter__(self) -> sqlite3.Connection:
        connection = self._db.connection
        try:
            if self._waits:
                wait_to_write(connection.execute, path=self._db.path, notice=self._notice, busy_ms=BUSY_TIMEOUT_MS)
            else:
                connection.execute(self._begin)
        except sqlite3.DatabaseError as error:
            self._raise(error)
        return connection

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: object) -> None:
        connection = self._db.connection
        try:
            if kind is None:
                connection.execute("COMMIT")
                return
            if connection.in_transaction:
                connection.execute("ROLLBACK")
        except sqlite3.DatabaseError as failure:
            self._raise(failure)
        if isinstance(error, sqlite3.DatabaseError):
            translated = user_error(self._db.path, error)
            if translated is not None:
                raise translated from error

    def _raise(self, error: sqlite3.DatabaseError) -> None:
        """Raise ``error`` as the sentence for it, or as it is (a bug of ours)."""
        translated = user_error(self._db.path, error)
        if translated is None:
            raise error
        raise translated from error


class _Alone:
    """The connection of ``db`` for statements that are each their own transaction."""

    __slots__ = ("_db",)

    def __init__(self, db: LiteDatabase) -> None:
        self._db = db

    def __enter__(self) -> sqlite3.Connection:
        connection = self._db.connection
        if connection.in_transaction:
            raise RuntimeError("a statement of its own inside a transaction")
        return connection

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: object) -> None:
        if isinstance(error, sqlite3.DatabaseError):
            translated = user_error(self._db.path, error)
            if translated is not None:
                raise translated from error


def open_lite(path: Path, version: int, *, notice: Callable[[str], None] | None = None) -> LiteDatabase | None:
    """The database at ``path`` if it is a quizzer database at schema ``version``
    already in WAL mode; None when the full path must open it first (a new file,
    an upgrade, a file that is not ours: it says why).  ``notice``: see :class:`LiteDatabase`."""
    if not path.is_file():
        return None
    read_only = is_read_only(path)
    try:
        connection = connect(path, read_only=read_only)
    except sqlite3.Error:
        return None
    try:
        configure(connection)
        found = (
            connection.execute("PRAGMA application_id").fetchone()[0],
            connection.execute("PRAGMA user_version").fetchone()[0],
            connection.execute("PRAGMA journal_mode").fetchone()[0],
        )
    except sqlite3.Error:
        connection.close()
        return None
    if found[:2] != (APPLICATION_ID, version) or (found[2] != "wal" and not read_only):  # immutable: "delete"
        connection.close()
        return None
    return LiteDatabase(path, connection, read_only=read_only, notice=notice)


def raw_connection(handle: object) -> sqlite3.Connection:
    """The DB-API connection of a transaction: a sqlite3 connection as it is, or
    that of a SQLAlchemy session (its statements join the session's transaction)."""
    if isinstance(handle, sqlite3.Connection):
        return handle
    driver = handle.connection().connection.driver_connection  # type: ignore[attr-defined]
    assert isinstance(driver, sqlite3.Connection)
    return driver


def db_option_of(handle: object) -> list[str]:
    """The words a command printed for a person to copy needs to act on the database of ``handle``
    (a sqlite3 connection or a session): :func:`quizzer.paths.db_option` of its file, none for a
    database in memory.  For library code that raises with a command in its sentence."""
    from quizzer.paths import db_option

    found = raw_connection(handle).execute("PRAGMA database_list").fetchone()
    return db_option(found[2]) if found is not None and found[2] else []
