"""Column types SQLite lacks: a calendar day and a UTC instant, both as integers."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Integer
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from quizzer.db.lite import from_epoch_ms, to_epoch_ms

__all__ = ["Day", "Instant", "from_epoch_ms", "to_epoch_ms"]

class Day(TypeDecorator[dt.date]):
    """A date stored as its proleptic ordinal: compact, indexable, comparable."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: dt.date | None, dialect: Dialect) -> int | None:
        return None if value is None else value.toordinal()

    def process_result_value(self, value: int | None, dialect: Dialect) -> dt.date | None:
        return None if value is None else dt.date.fromordinal(value)


class Instant(TypeDecorator[dt.datetime]):
    """An aware UTC datetime stored as epoch milliseconds (as Anki stores times)."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> int | None:
        return None if value is None else to_epoch_ms(value)

    def process_result_value(self, value: int | None, dialect: Dialect) -> dt.datetime | None:
        return None if value is None else from_epoch_ms(value)
