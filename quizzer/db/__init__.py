"""Storage: SQLite through SQLAlchemy 2.  Callers own the session and its transaction.

SQLAlchemy is imported only when ``Database`` or ``open_database`` is first used,
so the review path (``quizzer.db.lite``) starts without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quizzer.db.engine import Database, open_database

__all__ = ["Database", "open_database"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from quizzer.db import engine

        return getattr(engine, name)
    raise AttributeError(f"module 'quizzer.db' has no attribute {name!r}")
