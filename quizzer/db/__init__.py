"""Storage: SQLite through SQLAlchemy 2.  Callers own the session and its transaction."""

from quizzer.db.engine import Database, open_database

__all__ = ["Database", "open_database"]
