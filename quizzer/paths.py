"""Where quizzer keeps things: the database file, the settings file and the built-in decks."""

from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = ["builtin_decks", "cache_path", "config_path", "database_chosen", "database_path", "db_option"]

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
    return _user_dir("data") / DB_NAME


def database_chosen(explicit: str | os.PathLike[str] | None = None) -> bool:
    """Did the person name the database file (``--db PATH``, ``QUIZZER_DB``) rather than a folder
    quizzer keeps its files in?  A named file may be a mistyped one: see
    :func:`quizzer.db.open_database`'s ``chosen``."""
    return bool(explicit) or bool(os.environ.get("QUIZZER_DB"))


def db_option(database: str | os.PathLike[str] | None) -> list[str]:
    """The words a quizzer command printed for a person to copy needs to act on ``database``:
    ``["--db", PATH]``, or none for the database quizzer opens without them (and for None).

    The one place that decides it (:func:`quizzer.to_copy.quizzer_command` takes these words): a
    command made for a ``--db`` database and run as printed must not act on the default one.
    """
    if database is None:
        return []
    path = Path(database).expanduser()
    if path.absolute() == database_path().absolute():
        return []
    return ["--db", str(path)]


def config_path() -> Path:
    """``$QUIZZER_CONFIG`` > ``$QUIZZER_HOME/config.toml`` > the user config dir (see :mod:`quizzer.config`)."""
    explicit = os.environ.get("QUIZZER_CONFIG")
    if explicit:
        return Path(explicit).expanduser()
    home = os.environ.get("QUIZZER_HOME")
    if home:
        return Path(home).expanduser() / "config.toml"
    return _user_dir("config") / "config.toml"


def cache_path() -> Path:
    """``$QUIZZER_HOME/cache`` > the user cache dir: what can be made again, kept to save time."""
    home = os.environ.get("QUIZZER_HOME")
    if home:
        return Path(home).expanduser() / "cache"
    return _user_dir("cache")


# On Linux, the XDG base directories platformdirs would give, and their fallbacks under ~
_XDG = {"data": ("XDG_DATA_HOME", "~/.local/share"), "config": ("XDG_CONFIG_HOME", "~/.config"),
        "cache": ("XDG_CACHE_HOME", "~/.cache")}


def _user_dir(kind: str) -> Path:
    """platformdirs' ``user_<kind>_dir("quizzer")``.

    On Linux the common cases (the XDG variable an absolute path, or unset with an absolute
    $HOME) are worked out here, as every platformdirs version does it: importing platformdirs
    (and the tempfile and shutil it brings) would be a tenth of ``quizzer --help``.  Anything
    else (macOS, Windows, Android, a relative XDG path or $HOME) is left to platformdirs.
    """
    if sys.platform == "linux" and not ("ANDROID_DATA" in os.environ and "ANDROID_ROOT" in os.environ):
        variable, fallback = _XDG[kind]
        value = os.environ.get(variable, "")
        if os.path.isabs(value):
            return Path(value) / "quizzer"
        if not value.strip() and os.path.isabs(os.environ.get("HOME", "")):
            return Path(os.path.expanduser(fallback)) / "quizzer"
    import platformdirs

    found: str = getattr(platformdirs, f"user_{kind}_dir")("quizzer", appauthor=False)
    return Path(found)


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
