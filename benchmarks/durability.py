"""Is an answer on disk once quizzer says it is saved?  And what does that cost?

    python benchmarks/durability.py [--answers 200]

1. strace: a child answers cards on the review path (``open_review_db``, the
   controller) while ``strace -f`` records its fsync/fdatasync calls; each
   answer is one transaction, so with ``synchronous=FULL`` there must be (at
   least) one sync of the WAL file per answer, made before ``answer()`` returns.
2. kill -9 and the page cache: the child prints each answer's review id once
   ``answer()`` has returned (= committed), then is killed with SIGKILL; the
   page cache is dropped where allowed (``/proc/sys/vm/drop_caches``: root, not
   in every container), the file is opened again, every reported answer must be
   there.  (A real power cut cannot be simulated here: the fsync count in 1 is
   what says the data reached the disk.)
3. The cost: median time of an answer (committed) with ``synchronous=FULL``
   and with ``NORMAL`` (the earlier setting, safe against kill -9 only).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import sys, time
from quizzer import cli
from quizzer.commands.common import open_review_db
from quizzer.config import Config, Limits
from quizzer.review.controller import Controller
path, answers, sync = sys.argv[1], int(sys.argv[2]), sys.argv[3]
db = open_review_db(cli.build_parser().parse_args(["--db", path, "review"]))
db.connection.execute(f"PRAGMA synchronous = {sync}")
c = Controller(db, config=Config(limits=Limits(new_per_day=answers, reviews_per_day=answers)))
times = []
for n in range(answers):
    if c.current() is None:  # as the screen: the card read when shown, its answer one statement
        break
    t0 = time.perf_counter()
    c.answer(5 if n % 3 else 4)
    times.append(time.perf_counter() - t0)
    print("SAVED", c.last_review_id(), flush=True)
print("TIMES", " ".join(f"{t:.6f}" for t in times), flush=True)
if len(sys.argv) > 4:
    time.sleep(600)  # wait to be killed
"""


def make_db(folder: Path, cards: int) -> Path:
    """A database with one deck of ``cards`` new cards (and the built-in deck)."""
    notes = folder / "notes.md"
    notes.write_text("# Bench\n\n" + "".join(f"- **tool{n} run**: 설명 {n}\n" for n in range(cards // 2)),
                     encoding="utf-8")
    path = folder / "q.db"
    subprocess.run([sys.executable, "-m", "quizzer", "--db", str(path), "import", str(notes)], check=True,
                   capture_output=True, env=env())
    return path


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "QUIZZER_CONFIG": "/nonexistent/config.toml"}


def strace_check(path: Path, answers: int) -> None:
    if shutil.which("strace") is None:
        print("strace          not installed: skipped")
        return
    log = path.with_suffix(".strace")
    out = subprocess.run(
        ["strace", "-f", "-y", "-e", "trace=fsync,fdatasync", "-o", str(log),
         sys.executable, "-c", CHILD, str(path), str(answers), "FULL"],
        check=True, capture_output=True, text=True, env=env(),
    ).stdout
    saved = out.count("SAVED")
    syncs = [line for line in log.read_text().splitlines() if re.search(r"f(data)?sync\(", line)]
    wal = [line for line in syncs if "-wal>" in line]
    print(f"strace          {saved} answers saved, {len(syncs)} fsync/fdatasync calls, {len(wal)} of them on the "
          f"WAL file: {'at least one per answer' if len(wal) >= saved else 'FEWER THAN ONE PER ANSWER'}")


def kill_check(path: Path, answers: int) -> None:
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(answers), "FULL", "wait"],
                            stdout=subprocess.PIPE, text=True, env=env())
    assert proc.stdout is not None
    reported = []
    for line in proc.stdout:
        if line.startswith("SAVED"):
            reported.append(int(line.split()[1]))
        if line.startswith("TIMES"):
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        dropped = "page cache dropped"
    except OSError as error:
        dropped = f"page cache NOT dropped ({error.strerror})"
    con = sqlite3.connect(path)
    found = {row[0] for row in con.execute("SELECT id FROM review")}
    con.close()
    missing = [r for r in reported if r not in found]
    print(f"kill -9         {len(reported)} answers reported saved, process killed, {dropped}; after reopening: "
          f"{'all there' if not missing else f'{len(missing)} MISSING'}")


def cost(path: Path, answers: int, sync: str) -> list[float]:
    copy = path.with_name(f"cost-{sync}.db")
    for suffix in ("", "-wal", "-shm"):
        if Path(str(copy) + suffix).exists():
            Path(str(copy) + suffix).unlink()
    shutil.copyfile(path, copy)
    out = subprocess.run([sys.executable, "-c", CHILD, str(copy), str(answers), sync], check=True,
                         capture_output=True, text=True, env=env()).stdout
    line = next(line for line in out.splitlines() if line.startswith("TIMES"))
    return [float(x) for x in line.split()[1:]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="quizzer-durability-"))
    try:
        base = make_db(folder, args.answers * 2 + 10)
        pristine = folder / "pristine.db"
        shutil.copyfile(base, pristine)
        strace_check(base, min(args.answers, 50))
        shutil.copyfile(pristine, base)
        for suffix in ("-wal", "-shm"):
            Path(str(base) + suffix).unlink(missing_ok=True)
        kill_check(base, min(args.answers, 50))
        medians: dict[str, list[float]] = {"FULL": [], "NORMAL": []}
        for _ in range(args.rounds):  # interleaved
            for sync in ("FULL", "NORMAL"):
                medians[sync].append(statistics.median(cost(pristine, args.answers, sync)))
        full, normal = statistics.median(medians["FULL"]), statistics.median(medians["NORMAL"])
        print(f"answer, FULL    {full * 1000:7.3f} ms median ({args.rounds} rounds of {args.answers} answers)")
        print(f"answer, NORMAL  {normal * 1000:7.3f} ms median")
        print(f"durability cost {(full - normal) * 1000:7.3f} ms an answer ({full / normal:.1f}x)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
