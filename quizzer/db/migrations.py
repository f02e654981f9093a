"""Schema versions and the path from each old one to the current one.

``PRAGMA user_version`` holds the version.  A new database is made from the
models at the current version; an old one is first copied beside itself
(``quizzer.db.v1.bak``) and then upgraded step by step in one transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.engine import Connection, Engine

from quizzer.db.models import Base

__all__ = ["CURRENT", "backup", "create", "upgrade"]

CURRENT = 1

# STEPS[n] upgrades a database at version n to n + 1.
STEPS: dict[int, Callable[[Connection], None]] = {}


def create(connection: Connection) -> None:
    Base.metadata.create_all(connection)
    connection.exec_driver_sql(f"PRAGMA user_version = {CURRENT}")


def backup(engine: Engine, path: Path, version: int) -> Path:
    """Copy the database (WAL included) to ``<name>.v<version>.bak`` before upgrading."""
    target = path.with_name(f"{path.name}.v{version}.bak")
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        with sqlite3.connect(target) as copy:
            source.backup(copy)
        copy.close()
    finally:
        raw.close()
    return target


def upgrade(connection: Connection, version: int) -> None:
    for step in range(version, CURRENT):
        STEPS[step](connection)
    connection.exec_driver_sql(f"PRAGMA user_version = {CURRENT}")
