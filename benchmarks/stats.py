"""``quizzer stats`` at scale, next to Anki's statistics on the same collection.

    python benchmarks/stats.py [--runs 5] [--cards 100000] [--reviews 1000000]

Uses the collections of ``benchmarks/vs_anki.py`` (built once and cached in
/tmp: 100k cards and 1M reviews in quizzer, the same cards and review log in
Anki), copied so nothing here changes them.  The quizzer copy's review rows
get what a real log has and the generated one lacks (the due day and interval
before each answer, its duration, sections on the notes), so retention and weak
sections have rows to count.

Times, each in fresh processes, interleaved, min / median / max over the runs:
- ``quizzer stats`` (the screen, 120 columns, to a pipe) and ``quizzer stats --json``,
  whole process (start-up, imports, the built-in deck check, every query);
- Anki: opening the collection and computing its statistics screen's data
  (``graphs``, the Rust call behind Anki's Statistics window, over one year),
  whole process too; and the ``graphs`` call alone.
The ``anki`` package is needed for the Anki figures (``pip install anki``);
without it only quizzer's are printed.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).resolve().parent)]
import vs_anki  # noqa: E402  (the shared collections)

WORK = Path("/tmp/quizzer-stats-bench")

ANKI_STATS = r"""
import sys, time
t0 = time.perf_counter()
from anki.collection import Collection
col = Collection(sys.argv[1])
t1 = time.perf_counter()
graphs = col._backend.graphs(search="deck:all", days=365)
t2 = time.perf_counter()
print(t2 - t1, len(graphs.SerializeToString()), graphs.today.answer_count)
col.close()
"""


def enrich(path: Path) -> None:
    """What a real review log has and the generated one lacks (a bulk write: the review
    log's running tally is counted again once, not row by row by its triggers)."""
    from quizzer.db import review_tally

    con = sqlite3.connect(path)
    for trigger in review_tally.TRIGGERS:
        con.execute(f"DROP TRIGGER IF EXISTS {trigger.split()[2]}")
    con.execute(
        "UPDATE review SET prev_due = day - (id % 3), prev_interval = 1 + (id * 7919) % 60, "
        "duration_ms = 1000 + (id * 104729) % 20000 WHERE id % 5 != 0"
    )
    con.execute("UPDATE note SET section = json_array('Deck', 'Section ' || (id % 300))")
    for trigger in review_tally.TRIGGERS:
        con.execute(trigger)
    review_tally.recount(con)
    con.commit()
    con.close()


def spread(values: list[float]) -> str:
    return (f"{min(values) * 1000:7.0f} {statistics.median(values) * 1000:7.0f} "
            f"{max(values) * 1000:7.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--reviews", type=int, default=1_000_000)
    args = parser.parse_args()
    WORK.mkdir(exist_ok=True)
    source = vs_anki.build_quizzer(args.cards, args.reviews)
    quizzer_db = WORK / "stats.db"
    shutil.copyfile(source, quizzer_db)
    enrich(quizzer_db)
    anki_db: Path | None = None
    try:
        import anki  # noqa: F401

        anki_db = WORK / "stats.anki2"
        shutil.copyfile(vs_anki.build_anki(source, args.cards), anki_db)
    except ImportError:
        print("The anki package is missing (pip install anki): quizzer's figures only.")
    env = vs_anki.bench_env()
    env["COLUMNS"] = "120"
    screen_cmd = [*vs_anki.QUIZZER, "--db", str(quizzer_db), "stats"]
    figures: dict[str, list[float]] = {"quizzer stats": [], "quizzer stats --json": [], "anki: process": [],
                                       "anki: graphs call": []}
    # once, untimed: a cached collection from an older quizzer is upgraded (and backed up) on first open
    subprocess.run([*screen_cmd, "--json"], env=env, check=True, capture_output=True)
    for _ in range(args.runs):
        for name, argv in (("quizzer stats", screen_cmd), ("quizzer stats --json", [*screen_cmd, "--json"])):
            start = time.perf_counter()
            subprocess.run(argv, env=env, check=True, capture_output=True)
            figures[name].append(time.perf_counter() - start)
        if anki_db is not None:
            start = time.perf_counter()
            out = subprocess.run([sys.executable, "-c", ANKI_STATS, str(anki_db)], check=True, capture_output=True,
                                 text=True).stdout
            figures["anki: process"].append(time.perf_counter() - start)
            figures["anki: graphs call"].append(float(out.split()[0]))
    size = quizzer_db.stat().st_size / 1e6
    print(f"collection      {args.cards} cards, {args.reviews} reviews ({size:.0f} MB quizzer database)")
    print(f"{'':24s} {'min':>7s} {'median':>7s} {'max':>7s}   over {args.runs} fresh processes")
    for name, values in figures.items():
        if values:
            print(f"{name:24s} {spread(values)}")
    if figures["anki: process"]:
        ratio = statistics.median(figures["quizzer stats"]) / statistics.median(figures["anki: process"])
        print(f"quizzer stats / Anki's statistics (whole processes, medians): {ratio:.2f}")
    out = subprocess.run(screen_cmd, env=env, check=True, capture_output=True, text=True).stdout
    (WORK / "screen.txt").write_text(out, encoding="utf-8")
    print(f"the screen: {WORK / 'screen.txt'}")


if __name__ == "__main__":
    main()
