"""A new deck filled in bulk: its rows written first, its indexes and counts made after.

A first import of 100k cards writes them into a deck that has none.  Each index of ``note``
and ``card`` kept up to date row by row, and the pages of the rows and indexes spilled from
SQLite's small default page cache to the log before the commit, cost more than making the
indexes once over the rows and keeping the pages until then (about 0.1-0.2 s of 0.8 s of the
inserts, ``benchmarks/import_phases.py``).  The indexes are dropped and made again from their
own definitions within the caller's transaction, as :func:`quizzer.db.tally.counted_after`
does with the counting triggers: a failure rolls both back, no other connection sees the
tables without them (WAL: readers see the last commit), and none can write meanwhile (the
transaction holds the write lock from its ``BEGIN IMMEDIATE``).  The indexes a constraint
makes (a key unique in its deck, a card's note and way of asking) stay: they guard the rows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from quizzer.db import tally

__all__ = ["CACHE_KIB", "filled_after"]

#: The page cache while a deck is filled in bulk, in KiB (SQLite's default: 2,000): enough for the
#: pages 100k cards and their notes write (about 26 MB), given back when the filling ends.
CACHE_KIB = 65_536

_INDEXES = ("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('note', 'card') "
            "AND sql IS NOT NULL ORDER BY name")


@contextmanager
def filled_after(connection: sqlite3.Connection, deck_id: int) -> Iterator[None]:
    """Notes and cards inserted inside into the deck ``deck_id``, which has none yet: indexed
    and counted once at the end (:func:`quizzer.db.tally.counted_after`)."""
    before = connection.execute("PRAGMA cache_size").fetchone()[0]
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    try:
        with tally.counted_after(connection, deck_id):  # (the triggers made again after the indexes they name)
            indexes = connection.execute(_INDEXES).fetchall()
            for name, _sql in indexes:
                connection.execute(f"DROP INDEX {name}")
            yield
            for _name, sql in indexes:
                connection.execute(sql)
    finally:
        connection.execute(f"PRAGMA cache_size = {before}")
