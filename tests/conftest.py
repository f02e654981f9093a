"""Shared fixtures: a throwaway home and database, a fake clock, small decks, tmux.

Every test runs with ``QUIZZER_HOME`` pointing into its own tmp folder (and
``QUIZZER_DB`` / ``QUIZZER_CONFIG`` unset), so nothing touches the real home.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings
from prompt_toolkit.input import PipeInput, create_pipe_input
from sqlalchemy import select

from quizzer.db import Database, open_database
from quizzer.db.models import Card, Deck, Note, Review
from quizzer.extract import DeckDraft, extract
from quizzer.i18n import set_language

# Hypothesis's per-example deadline is a timing assertion: on a loaded machine (CI, or tests in parallel) a
# first example that imports a module can take 0.4 s and fail a correct test.  Tests check behaviour only.
settings.register_profile("quizzer", deadline=None)
settings.load_profile("quizzer")

# A fixed local zone (Seoul) so study days never depend on the machine's zone.
KST = dt.timezone(dt.timedelta(hours=9), "KST")
EPOCH = dt.datetime(2024, 3, 1, 10, 0, tzinfo=KST)  # study day 2024-03-01


class FakeClock:
    """A clock (aware local datetimes) and a timer (seconds) that move only when told."""

    def __init__(self, start: dt.datetime = EPOCH) -> None:
        self.now = start
        self.seconds = 0.0

    def __call__(self) -> dt.datetime:
        return self.now

    def timer(self) -> float:
        return self.seconds

    def advance(self, **delta: float) -> dt.datetime:
        step = dt.timedelta(**delta)
        self.now += step
        self.seconds += step.total_seconds()
        return self.now

    def set(self, moment: dt.datetime) -> None:
        self.now = moment

    def next_day(self, days: int = 1) -> dt.date:
        """Move to 10:00 local, ``days`` study days on; returns that study day."""
        target = (self.now - dt.timedelta(hours=4)).date() + dt.timedelta(days=days)
        self.now = dt.datetime.combine(target, dt.time(10, 0), KST)
        self.seconds += 86400.0 * days
        return target


@pytest.fixture(autouse=True)
def quizzer_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("QUIZZER_HOME", str(home))
    monkeypatch.delenv("QUIZZER_DB", raising=False)
    monkeypatch.delenv("QUIZZER_CONFIG", raising=False)
    monkeypatch.setenv("QUIZZER_DEBUG", "1")  # a bug fails a test with its traceback (test_crash_report: without)
    return home


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Tests read the interface in English unless they choose Korean (whatever the machine's locale)."""
    from quizzer.i18n import set_language

    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    set_language("en")
    yield
    set_language("en")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "q.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def seeded_db(db: Database) -> Database:
    """The database with the built-in deck (docker-containers.ko) imported."""
    from quizzer.decks import ensure_builtin_decks

    ensure_builtin_decks(db, now=EPOCH.astimezone(dt.timezone.utc))
    return db


@dataclass(frozen=True)
class MadeDeck:
    deck_id: int
    name: str
    note_ids: list[int]
    forward: list[int]  # card ids of ord 0, in document order
    reverse: list[int]  # card ids of ord 1 (empty when not reversible)


def make_deck(db: Database, name: str, notes: int, *, reversible: bool = True, kind: str = "command") -> MadeDeck:
    """A deck written straight through the ORM (no extraction): ``notes`` notes in
    document order, each with a forward card and (if reversible) a reverse one."""
    now = EPOCH.astimezone(dt.timezone.utc)
    with db.session() as s:
        deck = Deck(name=name, source=f"test:{name}", created_at=now)
        s.add(deck)
        s.flush()
        note_ids: list[int] = []
        forward: list[int] = []
        reverse: list[int] = []
        for n in range(notes):
            note = Note(
                deck_id=deck.id, key=f"{name}:{n}", kind=kind, front=f"{name} front {n}", back=f"{name} back {n}",
                command=f"{name} cmd {n}", context=None, answers=[], section=[name], tags=[], line=n + 1,
                position=None, doc_order=n, created_at=now, updated_at=now,
            )
            s.add(note)
            s.flush()
            note_ids.append(note.id)
            for ord_ in (0, 1) if reversible else (0,):
                card = Card(note_id=note.id, deck_id=deck.id, ord=ord_, new_rank=n)
                s.add(card)
                s.flush()
                (forward if ord_ == 0 else reverse).append(card.id)
        return MadeDeck(deck.id, name, note_ids, forward, reverse)


def card_row(db: Database, card_id: int) -> dict[str, object]:
    """Every column of a card, for exact before/after comparisons."""
    with db.session() as s:
        card = s.get_one(Card, card_id)
        return {c.key: getattr(card, c.key) for c in Card.__table__.columns}


def review_rows(db: Database, card_id: int | None = None) -> list[Review]:
    with db.session() as s:
        query = select(Review).order_by(Review.id)
        if card_id is not None:
            query = query.where(Review.card_id == card_id)
        return list(s.scalars(query))


def set_card(db: Database, card_id: int, **values: object) -> None:
    with db.session() as s:
        card = s.get_one(Card, card_id)
        for key, value in values.items():
            setattr(card, key, value)


# -- a real terminal: tmux -------------------------------------------------------------

DEADLINE = 60.0  # seconds to wait for the screen to show something; generous, not a timing assertion


def explain_each(db: Database, statements: list[str]) -> None:
    """Compile each SQL statement (``?`` or ``:name`` parameters) against the schema of ``db``, the models':
    a table or column they lack raises sqlite3.OperationalError."""
    con = sqlite3.connect(db.path)
    try:
        for statement in statements:
            named = re.findall(r":(\w+)", statement)
            con.execute("EXPLAIN " + statement, dict.fromkeys(named) if named else [None] * statement.count("?"))
    finally:
        con.close()


def quizzer_command() -> list[str]:
    """The installed ``quizzer`` console script of this Python (else ``python -m quizzer``)."""
    script = Path(sys.executable).parent / "quizzer"
    if script.exists():
        return [str(script)]
    found = shutil.which("quizzer")
    return [found] if found else [sys.executable, "-m", "quizzer"]


def wait_for(check: Callable[[], object], what: str, deadline: float = DEADLINE) -> object:
    """Poll ``check`` until it returns something true; fail with ``what`` after ``deadline``."""
    end = time.monotonic() + deadline
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > end:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.05)


class Tmux:
    """One private tmux server (its own socket) running one command in a fixed-size window."""

    def __init__(self, home: Path) -> None:
        # a socket of our own in a short folder of our own (so it is removed afterwards)
        self.folder = tempfile.mkdtemp(prefix=f"quizzer-tmux-{os.getpid()}-")
        self.socket = os.path.join(self.folder, "socket")
        self.home = home
        self.session = "review"
        self.started = False

    def tmux(self, *args: str) -> str:
        result = subprocess.run(
            ["tmux", "-S", self.socket, "-f", "/dev/null", *args], capture_output=True, text=True, check=True
        )
        return result.stdout

    def start(self, argv: list[str], *, columns: int = 80, rows: int = 30, env: dict[str, str] | None = None) -> None:
        # a first idle session starts the server, so the option is set before quizzer runs
        self.tmux("new-session", "-d", "-s", "idle", "-x", str(columns), "-y", str(rows), "cat")
        self.started = True
        self.tmux("set-option", "-g", "remain-on-exit", "on")
        extra = {"QUIZZER_HOME": str(self.home), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", **(env or {})}
        options = [option for name, value in extra.items() for option in ("-e", f"{name}={value}")]
        self.tmux("new-session", "-d", "-s", self.session, "-x", str(columns), "-y", str(rows), *options, *argv)

    def screen(self) -> str:
        # Once the program has exited, tmux moves what was on screen into the history to
        # write "Pane is dead" (a program that prints and exits at once left a blank screen):
        # then the history is part of what it printed.
        history = ["-S", "-"] if self.dead() else []
        return self.tmux("capture-pane", "-p", *history, "-t", self.session)

    def wait_screen(self, *texts: str, deadline: float = DEADLINE) -> str:
        """The screen, once every one of ``texts`` is on it.

        A screen is drawn in more than one write: waiting for its header and then reading its
        footer from the same capture races the drawing; wait for each text the test reads.
        """
        last = ""

        def check() -> str | None:
            nonlocal last
            last = self.screen()
            return last if all(text in last for text in texts) else None

        try:
            return str(wait_for(check, repr(texts), deadline))
        except AssertionError:
            raise AssertionError(f"{texts!r} never all appeared; the screen was:\n{last}") from None

    def wait_exit(self, deadline: float = DEADLINE) -> str:
        """The screen once the program has exited: everything it printed is on it.

        Waiting for one line of a summary and then reading the lines after it
        races the program still printing them; waiting for the exit does not.
        """
        try:
            wait_for(self.dead, "the program to exit", deadline)
        except AssertionError:
            raise AssertionError(f"the program never exited; the screen was:\n{self.screen()}") from None
        return self.screen()

    def printed(self, *lines: str, deadline: float = DEADLINE) -> str:
        """What the program printed after its screen closed, once it has exited and every one
        of ``lines`` shows, scrollback included (tmux was seen to push the first line printed
        after leaving the alternate screen into the history now and then)."""
        self.wait_exit(deadline)

        def check() -> str | None:
            text = self.tmux("capture-pane", "-p", "-S", "-200", "-t", self.session)
            return text if all(line in text for line in lines) else None

        try:
            return str(wait_for(check, repr(lines), deadline))
        except AssertionError:
            raise AssertionError(f"{lines!r} never all appeared; the screen was:\n{self.screen()}") from None

    def exit_status(self, deadline: float = DEADLINE) -> int:
        """The exit status of the program in the pane, once it has exited (-N: killed by signal N).

        tmux says a pane is dead when its terminal closes and learns the status only when it
        reaps the process on SIGCHLD; tmux 3.3a was seen to miss that signal now and then (the
        process left a zombie, ``#{pane_dead_status}`` empty for good). tmux reaps every child that
        has exited whenever it gets a SIGCHLD, so each poll without a status sends it one."""
        import signal

        self.wait_exit(deadline)
        server = int(self.tmux("display-message", "-p", "#{pid}").strip())

        def check() -> str | None:
            said = self.tmux("display-message", "-p", "-t", self.session,
                             "#{pane_dead_status}|#{pane_dead_signal}").strip()
            if said != "|":
                return said
            os.kill(server, signal.SIGCHLD)
            return None

        code, killed_by = str(wait_for(check, "tmux to give the exit status", deadline)).split("|")
        return int(code) if code else -int(killed_by)

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", self.session, *keys)

    def pane_pid(self) -> int:
        return int(self.tmux("display-message", "-p", "-t", self.session, "#{pane_pid}").strip())

    def dead(self) -> bool:
        return self.tmux("display-message", "-p", "-t", self.session, "#{pane_dead}").strip() == "1"

    def close(self) -> None:
        if self.started:
            subprocess.run(["tmux", "-S", self.socket, "kill-server"], capture_output=True, check=False)
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture
def tmux(quizzer_home: Path) -> Iterator[Tmux]:
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed")
    session = Tmux(quizzer_home)
    try:
        yield session
    finally:
        session.close()


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``quizzer ARGV`` in-process: its exit code, what it printed, and never a traceback."""
    from quizzer.cli import main

    rc = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return rc, out, err


# -- real notes: documents other people wrote, for readings that must hold on them ----------------------

ROOT = Path(__file__).resolve().parents[1]
#: the corpus beside the checkout (../shared: corpus and seed), absent in a plain clone
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "corpus").is_dir()), None)
#: the corpus documents (../shared/corpus beside the checkout, or beside the folder of worktrees it sits in;
#: a path that does not exist when SHARED is absent, so that tests skip on ``CORPUS.is_dir()``)
CORPUS = (SHARED or ROOT.parent / "shared") / "corpus"
#: sets under data/corpus nobody but their writer and the lead reads (PROTOCOL)
BLIND_SETS: frozenset[str] = frozenset({"fresh36"})  # x-blind36's set (fresh35 opened for tuning 2026-12-04)


def real_notes(sets: tuple[str, ...], *, seed: bool = True) -> list[Path]:
    """Documents of real notes: ../shared's corpus (and its seed), the ``sets`` named under data/corpus,
    and decks/.  Where ../shared is not beside the checkout, every set that ships (but the blind ones)
    stands in for it, so a test's threshold holds from what the repository holds."""
    shared: list[Path] = []
    if SHARED is not None:
        shared = [*sorted((SHARED / "corpus").glob("*.md")), *(sorted((SHARED / "seed").glob("*.md")) if seed else [])]
    else:
        sets = tuple(sorted(folder.name for folder in (ROOT / "data" / "corpus").glob("fresh*")
                            if folder.is_dir() and folder.name not in BLIND_SETS))
    shipped = [path for name in sets for path in sorted((ROOT / "data" / "corpus" / name).glob("*.md"))]
    return [*shared, *shipped, *sorted((ROOT / "decks").glob("*.md"))]


# -- extraction tests: a small document's notes as tuples, and the lines warned about ------------------


def draft(text: str) -> DeckDraft:
    return extract(text, deck="t", source="t.md")


def facts(text: str) -> list[tuple[int, str, str | None, str, str]]:
    """(line, kind, command, front, back) of each note of ``text``."""
    return [(n.line, n.kind.value, n.command, n.front, n.back) for n in draft(text).notes]


def warned(text: str) -> list[int]:
    return [w.line for w in draft(text).warnings]


@pytest.fixture
def pipe() -> Iterator[PipeInput]:
    """Keys for a prompt-toolkit screen, sent as a person types them."""
    with create_pipe_input() as inp:
        yield inp


@pytest.fixture
def korean() -> Iterator[None]:
    """The interface in Korean for one test."""
    set_language("ko")
    yield
    set_language("en")
