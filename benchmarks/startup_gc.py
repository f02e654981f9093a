"""What main()'s collector pause buys: time the collector spends while quizzer starts.

Run by hand (QUIZZER_HOME pointing at a scratch folder with a database):

    python benchmarks/startup_gc.py help|decks|card

It keeps the collector on (as if ``start_up()`` did nothing) and sums the time
of every collection (``gc.callbacks``) during ``--help``, ``decks``, or the way
to the first review card (controller built, screen module imported).
Measured on the 2-core development machine with the built-in deck: --help
~5 ms in 17 collections, decks ~50 ms of ~450 ms in 137, first card ~100 ms of
~750 ms in 165.
"""

from __future__ import annotations

import datetime as dt
import gc
import sys
import time

spent = [0.0, 0]
started = [0.0]


def _callback(phase: str, info: dict[str, int]) -> None:
    if phase == "start":
        started[0] = time.perf_counter()
    else:
        spent[0] += time.perf_counter() - started[0]
        spent[1] += 1


def main(which: str) -> None:
    gc.callbacks.append(_callback)
    gc.disable = lambda: None  # type: ignore[assignment]  # keep the collector on through start_up()
    begin = time.perf_counter()
    if which in ("help", "decks"):
        from quizzer.cli import main as quizzer

        try:
            quizzer(["--help"] if which == "help" else ["decks"])
        except SystemExit:
            pass
    else:
        from quizzer.config import load_config
        from quizzer.db import open_database
        from quizzer.decks import ensure_builtin_decks
        from quizzer.paths import database_path
        from quizzer.review.controller import Controller

        db = open_database(database_path())
        ensure_builtin_decks(db, now=dt.datetime.now(dt.timezone.utc))
        Controller(db, config=load_config()).current()
        import quizzer.tui  # noqa: F401
    total = time.perf_counter() - begin
    print(f"{which}: {total * 1000:.1f} ms, of which {spent[0] * 1000:.1f} ms in {spent[1]} collections",
          file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "decks")
