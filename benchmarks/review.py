"""Review at scale: 100k cards and 1M reviews.

    python benchmarks/review.py [--cards 100000] [--reviews 1000000] [--answers 2000]

Builds (once, cached in /tmp) a database of that size with raw SQL, then times
what a person waits for: opening the database and building today's queue up to
the first card on screen, and one answer (a committed transaction).  Figures to
compare with Anki's Rust core: first card ~0.25 s, an answer ~0.5 ms.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import datetime as dt
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

from quizzer.db import open_database
from quizzer.db.types import to_epoch_ms

TODAY = dt.date(2026, 11, 29)


def build(path: Path, cards: int, reviews: int) -> None:
    if path.exists():
        return
    db = open_database(path)  # schema at the current version
    db.close()
    rng = random.Random(7)
    con = sqlite3.connect(path, isolation_level=None)
    # building only: no journal, no syncs, and the indexes made once at the end from
    # sorted data rather than kept up row by row (10M reviews: minutes, not tens of minutes)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA cache_size=-200000")
    indexes = [sql for (sql,) in con.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name IN ('deck', 'note', 'card', 'review')")]
    # the running counts' triggers too (schema 6): the counts are made once at the end
    triggers = [sql for (sql,) in con.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'")]
    for kind, name in con.execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL "
        "AND tbl_name IN ('deck', 'note', 'card', 'review')").fetchall():
        con.execute(f"DROP {kind.upper()} {name}")
    con.execute("BEGIN")
    now = to_epoch_ms(dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
    decks = 10
    for d in range(decks):
        con.execute("INSERT INTO deck (id, name, source, builtin, created_at) VALUES (?,?,?,?,?)",
                    (d + 1, f"deck-{d}", f"deck-{d}.md", 0, now))
    notes = cards // 2
    con.executemany(
        "INSERT INTO note (id, deck_id, key, kind, front, back, command, context, answers, section, tags, line,"
        " position, doc_order, retired_at, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            (n + 1, n % decks + 1, f"k{n}", "command", f"cmd{n} sub", f"설명 {n} 도커 이미지", f"cmd{n}", None,
             "[]", "[]", "[]", n, None, n, None, now, now)
            for n in range(notes)
        ),
    )
    today = TODAY.toordinal()

    def card_rows():  # type: ignore[no-untyped-def]
        for c in range(cards):
            note = c // 2
            learned = rng.random() < 0.7
            due = today + rng.randint(-30, 200) if learned else None
            yield (c + 1, note + 1, note % decks + 1, c % 2, note, 3 if learned else 0,
                   rng.randint(1, 300) if learned else 0, rng.randint(130, 300), due, 0, 0, 0)

    con.executemany(
        "INSERT INTO card (id, note_id, deck_id, ord, new_rank, reps, interval, ef_centi, due, suspended,"
        " lapses, leech) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        card_rows(),
    )

    def review_rows():  # type: ignore[no-untyped-def]
        for r in range(reviews):
            day = today - 365 + r * 365 // reviews
            yield (r + 1, rng.randint(1, cards), now + r * 30_000, rng.randint(0, 5), day, 0)

    con.executemany("INSERT INTO review (id, card_id, reviewed_at, grade, day, drill) VALUES (?,?,?,?,?,?)",
                    review_rows())
    for sql in indexes:
        con.execute(sql)
    try:
        from quizzer.db.tally import recount
    except ImportError:  # a quizzer before schema 6
        pass
    else:
        recount(con)
    for sql in triggers:
        con.execute(sql)
    con.execute("COMMIT")
    con.execute("PRAGMA journal_mode=WAL")  # as quizzer leaves a database
    con.close()


# The path of `quizzer review` up to the first card on screen, as cmd_review
# takes it (built-in deck check and settings included), but without a terminal.
FIRST_CARD = r"""
import datetime as dt, sys, time
t0 = time.perf_counter()
from quizzer import cli
from quizzer.commands.common import open_db
from quizzer.config import load_config
from quizzer.review.controller import Controller
args = cli.build_parser().parse_args(["--db", sys.argv[1], "review"])
db = open_db(args)
clock = lambda: dt.datetime(2026, 11, 29, 12, tzinfo=dt.timezone.utc)
controller = Controller(db, config=load_config(), clock=clock)
from quizzer.tui import ReviewScreen
from prompt_toolkit.output import DummyOutput
screen = ReviewScreen(controller, output=DummyOutput())
screen._fragments()  # the first frame
print(time.perf_counter() - t0, screen.card is not None)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--reviews", type=int, default=1_000_000)
    parser.add_argument("--answers", type=int, default=2000)
    args = parser.parse_args()
    cached = Path(f"/tmp/quizzer-bench-{args.cards}-{args.reviews}.db")
    start = time.perf_counter()
    build(cached, args.cards, args.reviews)
    print(f"database        {cached} ({cached.stat().st_size / 1e6:.0f} MB, built in {time.perf_counter() - start:.1f} s)")
    # every run starts from the same state: a copy, so earlier runs' answers do not pile up
    path = Path(tempfile.mkdtemp()) / "bench.db"
    shutil.copyfile(cached, path)

    runs = []
    for _ in range(5):
        out = subprocess.run([sys.executable, "-c", FIRST_CARD, str(path)], capture_output=True, text=True, check=True)
        runs.append(float(out.stdout.split()[0]))
    print(f"first card      {statistics.median(runs) * 1000:8.1f} ms median of 5 fresh processes "
          f"(imports included; min {min(runs) * 1000:.1f})")

    from quizzer.config import Config, Limits
    from quizzer.review.controller import Controller

    db = open_database(path)
    clock = lambda: dt.datetime(2026, 11, 29, 12, tzinfo=dt.timezone.utc)  # noqa: E731
    config = Config(limits=Limits(new_per_day=args.answers, reviews_per_day=args.answers))
    controller = Controller(db, config=config, clock=clock)
    answers, views = [], []
    for n in range(args.answers):
        if controller.session.current() is None:
            break
        t0 = time.perf_counter()
        controller.answer(5 if n % 4 else 3)
        t1 = time.perf_counter()
        controller.current()  # what the screen fetches to show the next card
        t2 = time.perf_counter()
        answers.append(t1 - t0)
        views.append(t2 - t1)
    for name, times in (("answer", answers), ("next card", views)):
        times.sort()
        print(f"{name:15s} {statistics.median(times) * 1000:8.2f} ms median, p95 "
              f"{times[int(len(times) * 0.95)] * 1000:.2f} ms over {len(times)} cards")
    db.close()


if __name__ == "__main__":
    main()
