"""Where quizzer keeps things: the database file, the settings file and the built-in decks."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["builtin_decks", "cache_path", "config_path", "database_path"]

DB_NAME = "quizzer.db"


def database_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--db PATH`` > ``QUIZZER_DB`` > ``QUIZZER_HOME/quizzer.db`` > the user data dir."""
    if explicit:
        return Path(explicit).expanduser()
    env_db = os.environ.get("QUIZZER_DB")
    if env_db:
        return Path(env_db).expanduser()
    home = os.environ.get("QUIZZER_HOME")
    if home:
        return Path(home).expanduser() / DB_NAME
    from platformdirs import user_data_dir

    return Path(user_data_dir("quizzer", appauthor=False)) / DB_NAME


def config_path() -> Path:
    """``$QUIZZER_CONFIG`` > ``$QUIZZER_HOME/config.toml`` > the user config dir (see :mod:`quizzer.config`)."""
    explicit = os.environ.get("QUIZZER_CONFIG")
    if explicit:
        return Path(explicit).expanduser()
    home = os.environ.get("QUIZZER_HOME")
    if home:
        return Path(home).expanduser() / "config.toml"
    from platformdirs import user_config_dir

    return Path(user_config_dir("quizzer", appauthor=False)) / "config.toml"


def cache_path() -> Path:
    """``$QUIZZER_HOME/cache`` > the user cache dir: what can be made again, kept to save time."""
    home = os.environ.get("QUIZZER_HOME")
    if home:
        return Path(home).expanduser() / "cache"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("quizzer", appauthor=False))


def builtin_decks() -> list[Path]:
    """The note documents that ship with quizzer, sorted by name.

    In a wheel they sit in ``quizzer/builtin_decks``; in a source checkout (and
    an editable install) in the project's top-level ``decks/``.
    """
    here = Path(__file__).resolve().parent
    for folder in (here / "builtin_decks", here.parent / "decks"):
        if folder.is_dir():
            return sorted(folder.glob("*.md"))
    return []
