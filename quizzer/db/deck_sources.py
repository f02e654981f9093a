"""The decks of a database file and the documents they come from, read with plain sqlite3, never for writing.

For a command that only looks (``quizzer where``) or looks after its work (the folder import's decks whose
documents are gone): no engine, no migration, and a database that does not exist yet is not made.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

__all__ = ["deck_sources"]


def deck_sources(path: Path) -> list[tuple[str, str]] | str:
    """The decks in the database at ``path`` and the documents they come from (their ``source``, as
    :mod:`quizzer.origins` reads it), by name; none when there is no database yet; or the sentence saying why
    not (a damaged file: the one every command says, in the interface's language, not SQLite's words)."""
    from quizzer.db.lite import connect, user_error
    from quizzer.i18n import _

    if not path.is_file():
        return []
    try:
        with closing(connect(path, read_only=True)) as connection:  # as the reading commands open it
            rows = connection.execute("SELECT name, source FROM deck ORDER BY name").fetchall()
    except sqlite3.Error as error:
        said = user_error(path, error)
        return str(said) if said is not None else _("The database cannot be read ({error}).").format(error=error)
    return [(str(name), str(source)) for name, source in rows]
