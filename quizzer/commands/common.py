"""What commands share: the clock, JSON output, the user's database."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

from quizzer.i18n import _

if TYPE_CHECKING:
    import datetime as dt
    from pathlib import Path
    from typing import TextIO

    from sqlalchemy.orm import Session

    from quizzer.config import Config
    from quizzer.db import Database
    from quizzer.db.lite import LiteDatabase

__all__ = ["MAX_ID", "AddCommand", "builtin_decks_current", "card_id", "deck_name", "non_negative", "now", "open_db", "open_review_db", "print_json", "reading", "say", "start_up", "startup_done",
           "today", "until_free", "whole_number"]

T = TypeVar("T")

#: ``add(name, func, help)`` → the new sub-command's parser.
AddCommand = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def terminal_width(stream: TextIO | None = None) -> int | None:
    """The columns of the terminal sentences go to (``stream``, else stdout); None when they go to
    a file or a pipe."""
    import shutil
    import sys

    return max(shutil.get_terminal_size().columns - 1, 20) if (stream or sys.stdout).isatty() else None


def on_terminal(sentence: str, stream: TextIO | None = None, *, command: str = "",
                paths: Sequence[str | os.PathLike[str]] = ()) -> str:
    """``sentence`` wrapped between words when ``stream`` (else stdout) is a terminal (plain print let
    the terminal cut '4 car/ds' at 40 columns), ``command`` and ``paths`` in it whole
    (:func:`wrap_around`); whole for a file or a pipe."""
    from quizzer.text import visible, wrap_around

    cols = terminal_width(stream)
    if cols is None:
        return sentence
    return "\n".join(wrap_around(sentence, cols, command, *(visible(str(path)) for path in paths)))


def say(sentence: str, stream: TextIO | None = None, *, command: str = "",
        paths: Sequence[str | os.PathLike[str]] = ()) -> None:
    """A sentence on ``stream`` (else stdout), as :func:`on_terminal` gives it."""
    print(on_terminal(sentence, stream, command=command, paths=paths), file=stream, flush=True)


def now() -> dt.datetime:
    import datetime as dt  # not at the top: ``quizzer --help`` needs no clock

    return dt.datetime.now(dt.timezone.utc)


def print_json(data: object) -> None:
    """``data`` as JSON on stdout (UTF-8 bytes; inert, see :mod:`quizzer.output`)."""
    from quizzer.output import write_json

    write_json(data)


def open_db(args: argparse.Namespace) -> Database:
    """The database the user chose, with the built-in decks in it."""
    from quizzer.db import open_database
    from quizzer.decks import ensure_builtin_decks

    from quizzer.paths import database_chosen, database_path

    path = database_path(args.db)
    chosen = database_chosen(args.db)
    new = not path.exists()
    db = open_database(path, chosen=chosen, notice=_notice(path))
    if new:
        _tell_made(path, chosen=chosen)
    try:
        ensure_builtin_decks(db, now=now())
    except BaseException:
        db.close()
        raise
    return db


def _tell_made(path: Path, *, chosen: bool) -> None:
    """A mistyped ``--db`` must not show a fresh collection without a word (on a terminal)."""
    import sys

    if chosen and sys.stderr.isatty():
        from quizzer.text import visible

        say(visible(_("Made a new database at {path}; if you meant one you already have, check the path.").format(
            path=path)), sys.stderr, paths=(path,))


def _say(sentence: str, *, paths: Sequence[str | os.PathLike[str]] = ()) -> None:
    """A line on stderr, now (before the work it announces), shown inertly, ``paths`` in it whole
    (:func:`on_terminal`); nothing while a screen is up (an exam's answer waiting for the lock): the
    line would tear it."""
    import sys

    from quizzer.text import visible

    current = sys.modules.get("prompt_toolkit.application.current")
    if current is not None and current.get_app_or_none() is not None:
        return
    say(visible(sentence), sys.stderr, paths=paths)


def _notice(path: Path) -> Callable[[str], None]:
    """What the database at ``path`` tells while it works (waits for a lock, upgrades): :func:`_say`,
    the path kept whole (the Korean wait notice broke it 'quizzer.' / 'db에' at 40 columns)."""
    from functools import partial

    return partial(_say, paths=(path,))


def open_review_db(args: argparse.Namespace) -> LiteDatabase:
    """The user's database on the standard library's sqlite3 (no SQLAlchemy: the
    review screen starts sooner, a one-line re-import takes a fifth less), with the built-in
    decks in it.  A new file is made here too (:mod:`quizzer.db.new_file`: a first import
    takes 0.25 s less); a database that must first be upgraded, or is not ours, goes through
    :func:`open_db` once."""
    from quizzer.db.lite import open_lite
    from quizzer.db.migrations import CURRENT
    from quizzer.paths import database_chosen, database_path

    path = database_path(args.db)
    if not path.exists():
        from quizzer.db.new_file import make

        chosen = database_chosen(args.db)
        if make(path, chosen=chosen):
            _tell_made(path, chosen=chosen)
    lite = open_lite(path, CURRENT, notice=_notice(path))
    if lite is None:
        open_db(args).close()  # errors about the file come from here, as for every command
        lite = open_lite(path, CURRENT, notice=_notice(path))
        if lite is None:  # pragma: no cover - open_db made it so, or raised
            raise RuntimeError(f"{path} is not at schema {CURRENT} after opening it")
    if builtin_decks_current(lite):
        return lite
    try:
        from quizzer.decks import ensure_builtin_decks

        ensure_builtin_decks(lite, now=now())
    except BaseException:
        lite.close()
        raise
    return lite


def builtin_decks_current(db: LiteDatabase) -> bool:
    """Has every shipped deck file been imported as it is now (see ensure_builtin_decks)?"""
    import hashlib

    from quizzer.db.lite import BUILTIN_DELETED
    from quizzer.origins import BUILTIN_SOURCE, builtin_source
    from quizzer.paths import builtin_decks

    with db.reading() as con:
        seen = dict(con.execute("SELECT key, value FROM meta WHERE key LIKE ?", (f"{BUILTIN_SOURCE}%",)))
    for path in builtin_decks():
        if seen.get(builtin_source(path.name)) == BUILTIN_DELETED:
            continue  # the person deleted it: a restore of its backup goes through open_db
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            return False
        if seen.get(builtin_source(path.name)) != digest:
            return False
    return True


@contextmanager
def reading(args: argparse.Namespace) -> Iterator[Session]:
    """A read transaction on the user's database, closed afterwards."""
    db = open_db(args)
    try:
        with db.reading() as session:
            yield session
    finally:
        db.close()


def today(config: Config | None = None) -> dt.date:
    """The study day now, by ``config``'s rollover hour (else the settings file's)."""
    from quizzer.config import load_config
    from quizzer.days import local_now, study_day

    return study_day(local_now(), (config or load_config()).rollover_hour)


#: SQLite's largest integer: a card id beyond it names no card (and would overflow).
MAX_ID = 2**63 - 1


def whole_number(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number from ``low`` to ``high``, else one sentence."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                _("expected a whole number, not {text!r}").format(text=text[:40])
            ) from None
        if not low <= value <= high:
            if len(str(value)) <= 24:
                message = _("expected a whole number from {low} to {high}, not {value}")
            else:
                message = _("expected a whole number from {low} to {high}, not a number of {digits} digits")
            raise argparse.ArgumentTypeError(message.format(low=low, high=high, value=value, digits=len(str(value))))
        return value

    parse.__name__ = "whole number"
    return parse


def deck_name(text: str) -> str:
    """An argparse type for ``--deck NAME``: some text, without control characters (it is
    typed and read as it is), taken without the spaces around it; where it holds ``::``
    (Anki's parent::child), some text in every part."""
    from quizzer.text import deck_name_fault

    name = text.strip()
    fault = deck_name_fault(name)
    if fault == "empty":
        raise argparse.ArgumentTypeError(_("a deck name cannot be blank"))
    if fault == "control":
        raise argparse.ArgumentTypeError(
            _("expected a deck name without control characters, not {text}").format(text=ascii(text)[:60])
        )
    if fault == "bytes":
        raise argparse.ArgumentTypeError(
            _("expected a deck name in UTF-8 text, not {text}").format(text=ascii(text)[:60])
        )
    if fault == "parts":
        # Anki reads "::" as a parent and its child: an empty part would make a nameless deck.
        raise argparse.ArgumentTypeError(
            _("expected a deck name with some text on each side of every '::', not {text}").format(text=ascii(text)[:60])
        )
    return name


#: A card id, as ``quizzer cards`` lists them.
card_id = whole_number(1, MAX_ID)
#: A count of cards a day (as the settings file allows: up to a million).
non_negative = whole_number(0, 1_000_000)


@contextmanager
def start_up() -> Iterator[None]:
    """The collector off while quizzer starts (``main`` wraps every command in this).

    Start-up (importing SQLAlchemy and prompt-toolkit, opening the database,
    the first query) makes hundreds of thousands of objects and no garbage
    cycles worth collecting, yet sets off over a hundred collections that
    walk them all.  Measured with the collector left on (``gc.callbacks``,
    2-core machine, the built-in deck): ``quizzer decks`` spends ~50 ms of
    ~450 ms in 137 collections, the way to the first review card ~100 ms of
    ~750 ms in 165, ``--help`` ~5 ms.  Long work ends it early with
    :func:`startup_done`; short commands (``decks``, ``cards``, ``where``) run
    to the end without it.  Leaving this scope always turns the collector on.
    """
    from quizzer.collector import paused

    with paused():
        yield


def startup_done() -> None:
    """Start-up is over (see :func:`start_up`): collect garbage normally again.

    Long work calls this before it starts: the review, quiz and exam screens,
    an import, an export.  (Not ``gc.freeze()``: with it, the first line
    printed after the screen closes was lost in tmux.)
    """
    import gc

    gc.enable()


def until_free(write: Callable[[], T]) -> T:
    """``write``, tried again while another program holds the database past the busy timeout, saying so
    each time; Ctrl-C gives up, as any Ctrl-C.  For a write asked for at the command line after a question
    nobody asks again (a full screen waits with quizzer.lock_wait instead): a 'y' to sending an exam's missed
    cards back ended in 'locked by another program; … try again in a moment', with nothing left to try again."""
    import sys

    from quizzer.errors import DatabaseBusy

    while True:
        try:
            return write()
        except DatabaseBusy:
            say(_("Another program still holds the database; quizzer goes on waiting for it (Ctrl-C gives up)."),
                sys.stderr)
