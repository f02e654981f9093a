"""Opening the database: engine, pragmas, transactions, schema checks.

SQLite in WAL mode with foreign keys on and a busy timeout.  pysqlite's own
transaction handling is switched off (it makes DDL non-atomic, see the SQLAlchemy
SQLite dialect docs) and every transaction starts with ``BEGIN IMMEDIATE``, so
two quizzer processes queue for the write lock instead of failing half-way.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from quizzer.db import migrations
from quizzer.db.new_file import check_place, create_if_empty, use_wal
from quizzer.db.lite import (
    APPLICATION_ID,
    BUSY_TIMEOUT_MS,
    NO_WAIT_MS,
    configure,
    connect,
    is_read_only,
    json_text,
    read_only_error,
    wait_to_write,
    user_error,
)
from quizzer.errors import QuizzerError
from quizzer.i18n import _

__all__ = ["BUSY_TIMEOUT_MS", "Database", "open_database"]

_READ_ONLY = "quizzer_read_only"  # execution option: this transaction only reads
_NO_WAIT = "quizzer_no_wait"  # execution option: give up at once if the write lock is taken


class Database:
    """An open quizzer database.  ``with db.session() as s:`` is one transaction."""

    def __init__(self, path: Path, engine: Engine, *, read_only: bool = False) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only  # opened read-only: every write fails with read_only_error
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._readers = sessionmaker(engine.execution_options(**{_READ_ONLY: True}), expire_on_commit=False)
        self._hasty = sessionmaker(engine.execution_options(**{_NO_WAIT: True}), expire_on_commit=False)

    @contextmanager
    def session(self, *, wait: bool = True) -> Iterator[Session]:
        """One write transaction (``BEGIN IMMEDIATE``): committed on success,
        rolled back on any error (``wait=False``: see :meth:`LiteDatabase.session`)."""
        with translate_errors(self.path), (self._sessions if wait else self._hasty).begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """One read transaction (plain ``BEGIN``): in WAL mode it never waits
        for a writer, and a writer never waits for it."""
        with translate_errors(self.path), self._readers.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


@contextmanager
def translate_errors(path: Path) -> Iterator[None]:
    """Turn SQLite's failures into one sentence a user can act on."""
    try:
        yield
    except DBAPIError as error:
        translated = user_error(path, error.orig)
        if translated is None:
            raise
        raise translated from error
    except sqlite3.DatabaseError as error:
        translated = user_error(path, error)
        if translated is None:
            raise
        raise translated from error


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    configure(dbapi_connection)


def _on_begin(connection: Connection, *, path: Path, waiting: Callable[[str], None] | None) -> None:
    options = connection.get_execution_options()
    busy_ms = NO_WAIT_MS if options.get(_NO_WAIT, False) else BUSY_TIMEOUT_MS
    if connection.info.get("busy_ms", BUSY_TIMEOUT_MS) != busy_ms:  # pooled: set only when it changes
        connection.exec_driver_sql(f"PRAGMA busy_timeout = {busy_ms}")
        connection.info["busy_ms"] = busy_ms
    if options.get(_READ_ONLY, False):
        connection.exec_driver_sql("BEGIN")
        return
    if busy_ms == NO_WAIT_MS:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        return
    wait_to_write(connection.exec_driver_sql, path=path, notice=waiting, busy_ms=busy_ms)


def _json_dumps(value: object) -> str:
    return json_text(value)


def make_engine(path: Path, *, read_only: bool = False, waiting: Callable[[str], None] | None = None) -> Engine:
    """``waiting``: told one sentence when a write has waited :data:`quizzer.db.lite.WAIT_NOTICE_S` for another
    program's lock (it then waits on, up to the busy timeout)."""
    # JSON columns as UTF-8 text (Korean notes as written, not \\u escapes); connected by
    # ``connect``, so SQLAlchemy's first statements on a connection wait as ours do
    engine = create_engine(f"sqlite:///{path}", json_serializer=_json_dumps,
                           creator=lambda: connect(path, read_only=read_only))
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", lambda connection: _on_begin(connection, path=path, waiting=waiting))
    return engine


def open_database(path: Path, *, create: bool = True, chosen: bool = False,
                  notice: Callable[[str], None] | None = None) -> Database:
    """Open (creating or upgrading as needed) the quizzer database at ``path``.

    ``notice`` is given one sentence whenever the caller should say why it waits: before an
    upgrade that will take a while (more than :data:`~quizzer.db.migrations.NOTICE_ROWS` rows),
    and when a write has waited a second for another program's lock.  ``chosen``: the person
    named the file (``--db``, ``$QUIZZER_DB``), so a path that may be mistyped: its folder is
    not made (a missing one is refused in one sentence).
    """
    if path.is_dir():
        raise QuizzerError(_("The database path {path} is a folder, not a file.").format(path=path), paths=(path,))
    if path.exists() and not path.is_file():  # SQLite would say "disk I/O error" of /dev/null
        raise QuizzerError(_("The database path {path} is a device or a pipe, not a file.").format(path=path), paths=(path,))
    if not path.exists():
        if not create:
            raise QuizzerError(_("There is no database at {path}.").format(path=path), paths=(path,))
        check_place(path, chosen=chosen)
    read_only = is_read_only(path)  # the commands that only read still work; the others say why not
    engine = make_engine(path, read_only=read_only, waiting=notice)
    try:
        with translate_errors(path):
            version = _check(path, engine)
            if read_only and version < migrations.CURRENT:
                raise read_only_error(path)
            if 0 < version < migrations.CURRENT:
                if notice is not None:
                    _tell_if_slow(engine, path, version, notice)
                migrations.backup(engine, path, version)
            if version < migrations.CURRENT:
                with engine.begin() as connection:
                    # another process may have created or upgraded it meanwhile
                    version = connection.exec_driver_sql("PRAGMA user_version").scalar_one()
                    if version == 0:
                        create_if_empty(_driver(connection))  # (schema.sql: no step of the models' own)
                    elif version < migrations.CURRENT:
                        migrations.upgrade(connection, version)
                _use_wal(engine)
    except BaseException:
        engine.dispose()
        raise
    return Database(path, engine, read_only=read_only)


def _tell_if_slow(engine: Engine, path: Path, version: int, notice: Callable[[str], None]) -> None:
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        rows = migrations.rows(source)
    finally:
        raw.close()
    if rows > migrations.NOTICE_ROWS:
        notice(_(
            "Upgrading the database {path} from schema {old} to {new} ({rows} cards and reviews): "
            "this can take a minute."
        ).format(path=path, old=version, new=migrations.CURRENT, rows=f"{rows:,}"))


def _use_wal(engine: Engine) -> None:
    """WAL, on the engine's connection (:func:`quizzer.db.new_file.use_wal`)."""
    raw = engine.raw_connection()
    try:
        use_wal(_driver(raw))
    finally:
        raw.close()


def _driver(connection: Any) -> sqlite3.Connection:
    """The sqlite3 connection under a SQLAlchemy connection (or a pooled raw one)."""
    driver = connection.connection.driver_connection if isinstance(connection, Connection) else connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    return driver


def _check(path: Path, engine: Engine) -> int:
    """The file's schema version (0: a new, empty file); refuse files not ours or too new."""
    raw = engine.raw_connection()
    try:
        # one read transaction: read one by one, another process making the file at the
        # same moment could commit in between (its tables seen, but not its application id)
        raw.execute("BEGIN")
        try:
            app_id = raw.execute("PRAGMA application_id").fetchone()[0]
            version = raw.execute("PRAGMA user_version").fetchone()[0]
            tables = raw.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            raw.execute("COMMIT")
    finally:
        raw.close()
    if app_id != APPLICATION_ID and (tables or version):
        raise QuizzerError(_("The file {path} is an SQLite database, but not one of quizzer's.").format(path=path), paths=(path,))
    if version > migrations.CURRENT:
        raise QuizzerError(_(
            "The database {path} was made by a newer quizzer (schema {version}; this one reads "
            "up to {known}); upgrade quizzer to open it."
        ).format(path=path, version=version, known=migrations.CURRENT), paths=(path,))
    if not migrations.known(version, empty=not tables):
        raise QuizzerError(_(
            "The database {path} is not a quizzer database this version knows (schema {version}); "
            "it was left as it is."
        ).format(path=path, version=version), paths=(path,))
    return int(version)
