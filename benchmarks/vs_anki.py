"""quizzer next to Anki's Rust core, on the same collection, in one run.

    python benchmarks/vs_anki.py [--runs 5] [--answers 300] [--large]

Needs the ``anki`` package (``pip install -e '.[anki]'``).  Builds (once, cached
in /tmp) the same collection twice: 100k cards and 1M reviews in quizzer
(``benchmarks/review.py``'s data) and the same notes, cards, scheduling state and
review log in an Anki collection.  Then, run after run (interleaved: quizzer,
Anki, quizzer, Anki …), times what a person waits for and prints each figure as
quizzer / Anki, min / median / max over the runs, and the ratio of the medians.

Import is timed on a generated notes file of the same size (50k facts, 100k
cards) against Anki's text import of the same notes.  ``--large`` adds the
growth figures: 1M cards and 10M reviews, each figure against its 100k value,
the two measured in pairs (a 100k run, then a 1M run, repeated) so both sides of
a ratio saw the same load (building that collection takes a few minutes).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import pty
import random
import select
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).resolve().parent)]  # this tree's quizzer
import review as quizzer_bench  # noqa: E402  (benchmarks/review.py: the quizzer collection)

CACHE = Path(tempfile.gettempdir())
PYTHON = sys.executable
QUIZZER = [PYTHON, "-m", "quizzer"]
MARKERS = (b"show the answer", b"FIRST-CARD")

# ---------------------------------------------------------------------------
# building the two collections


def study_today() -> dt.date:
    from quizzer.days import local_now, study_day

    return study_day(local_now(), 4)


def build_quizzer(cards: int, reviews: int) -> Path:
    today = study_today()
    quizzer_bench.TODAY = today
    from quizzer.db.migrations import CURRENT

    # at this quizzer's schema: a copy to upgrade on every run would time the upgrade
    path = CACHE / f"quizzer-vs-anki-{cards}-{reviews}-{today}-v{CURRENT}.db"
    if not path.exists():
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        quizzer_bench.build(partial, cards, reviews)
        # the built-in deck, as the first `quizzer` would add it
        env = bench_env()
        subprocess.run([*QUIZZER, "--db", str(partial), "decks"], env=env, check=True, capture_output=True)
        con = sqlite3.connect(partial)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
        for backup in CACHE.glob(partial.name + ".v*.bak"):
            backup.unlink()
        partial.rename(path)
    return path


def build_anki(quizzer_db: Path, cards: int) -> Path:
    """The same decks, notes (front/back), cards (state, due relative to today) and
    review log in an Anki collection."""
    path = quizzer_db.with_name(quizzer_db.stem.rsplit("-v", 1)[0] + ".anki2")  # the same for every schema
    if path.exists():
        return path
    partial = path.with_name(path.stem + "-partial.anki2")
    partial.unlink(missing_ok=True)
    from anki.collection import AddNoteRequest, Collection

    src = sqlite3.connect(quizzer_db)
    col = Collection(str(partial))
    model = col.models.by_name("Basic (and reversed card)")
    assert model is not None
    # Anki studies one deck and its subdecks: every deck goes under one parent, whose
    # limits are the sum of the decks' (quizzer's limits are per deck, with no total)
    deck_ids: dict[int, int] = {}
    for deck_id, name in src.execute("SELECT id, name FROM deck ORDER BY id"):
        deck_ids[deck_id] = int(col.decks.id(f"all::{name}") or 0)
    parent = col.decks.by_name("all")
    assert parent is not None
    conf = col.decks.add_config_returning_id("all decks")
    config = col.decks.get_config(conf)
    assert config is not None
    config["new"]["perDay"] = 20 * len(deck_ids)
    config["rev"]["perDay"] = 200 * len(deck_ids)
    col.decks.update_config(config)
    parent["conf"] = conf
    col.decks.save(parent)
    col.decks.select(parent["id"])
    requests = []
    note_order: list[int] = []
    for note_id, deck_id, front, back in src.execute(
        "SELECT id, deck_id, front, back FROM note WHERE retired_at IS NULL ORDER BY id"
    ):
        note = col.new_note(model)
        note["Front"], note["Back"] = front, back
        requests.append(AddNoteRequest(note=note, deck_id=deck_ids[deck_id]))
        note_order.append(note_id)
    for start in range(0, len(requests), 10_000):
        col.add_notes(requests[start : start + 10_000])
    anki_today = col.sched.today
    col.close()

    # scheduling state and review log straight into the file (no unicase indexes on these tables);
    # building only: no journal, no syncs, the two tables' indexes made again once at the end
    con = sqlite3.connect(partial)
    journal = con.execute("PRAGMA journal_mode").fetchone()[0]
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA cache_size=-200000")
    indexes = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                          "AND tbl_name IN ('cards', 'revlog')").fetchall()
    for name, _ in indexes:
        con.execute(f"DROP INDEX {name}")
    anki_notes = [row[0] for row in con.execute("SELECT id FROM notes ORDER BY id")]
    note_map = dict(zip(note_order, anki_notes, strict=True))
    anki_card = {(nid, ord_): cid for cid, nid, ord_ in con.execute("SELECT id, nid, ord FROM cards")}
    card_map: dict[int, int] = {}
    updates = []
    today = quizzer_bench.TODAY.toordinal()
    for cid, nid, ord_, reps, interval, ef, due, new_rank in src.execute(
        "SELECT id, note_id, ord, reps, interval, ef_centi, due, new_rank FROM card"
    ):
        if nid not in note_map:
            continue
        acid = anki_card[(note_map[nid], ord_)]
        card_map[cid] = acid
        if due is None:
            updates.append((0, 0, new_rank, 0, 0, 0, acid))  # new: due is its position
        else:
            updates.append((2, 2, anki_today + (due - today), interval, ef * 10, reps, acid))
    con.executemany("UPDATE cards SET type=?, queue=?, due=?, ivl=?, factor=?, reps=? WHERE id=?", updates)

    def revlog():  # type: ignore[no-untyped-def]
        for rid, card_id, at, grade in src.execute("SELECT id, card_id, reviewed_at, grade FROM review"):
            if card_id in card_map:
                ease = 1 if grade < 3 else 3
                yield (at + rid % 1000, card_map[card_id], -1, ease, 10, 5, 2500, 6000, 1)

    con.executemany(
        "INSERT OR IGNORE INTO revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) VALUES (?,?,?,?,?,?,?,?,?)",
        revlog(),
    )
    for _, sql in indexes:
        con.execute(sql)
    con.commit()
    con.execute(f"PRAGMA journal_mode={journal}")
    con.close()
    src.close()
    # let Anki check what we wrote, as a user's first open would
    col = Collection(str(partial))
    col.close()
    partial.rename(path)
    return path


def notes_document(cards: int) -> tuple[Path, Path]:
    """A markdown notes file of cards // 2 facts (``- **toolN run**: 설명``) and the same notes as an Anki
    text-import file.  Anki makes two cards of each (Basic and reversed): ``cards`` in all.  quizzer reads each
    line as a term and its description (toolN is no program it knows) and makes one card of most: about
    cards // 2 (s-speed22 counted 50,001 notes and 50,075 cards of the 100k file), so the first import
    compares the same notes, not the same number of cards."""
    md = CACHE / f"quizzer-vs-anki-notes-{cards}.md"
    tsv = md.with_suffix(".txt")
    if md.exists() and tsv.exists():
        return md, tsv
    rng = random.Random(11)
    words = ["이미지", "컨테이너", "네트워크", "볼륨", "레지스트리", "태그", "로그", "포트", "환경 변수", "빌드"]
    verbs = ["만든다", "지운다", "내려받는다", "보여 준다", "다시 시작한다", "멈춘다", "옮긴다", "검사한다"]
    parts = ["# 명령어 정리\n"]
    lines = ["#separator:tab", "#html:false", "#notetype:Basic (and reversed card)", "#deck:notes",
             "#columns:Front\tBack"]
    for n in range(cards // 2):
        if n % 50 == 0:
            parts.append(f"\n## 묶음 {n // 50}\n\n")
        front = f"tool{n} {rng.choice(['run', 'pull', 'rm', 'ls', 'inspect'])}"
        back = (f"{rng.choice(words)} {n}번을 {rng.choice(verbs)}; 옵션 없이 쓰면 기본 설정으로 "
                f"{rng.choice(words)}와 {rng.choice(words)}까지 함께 {rng.choice(verbs)} (자주 쓰는 형태)")
        parts.append(f"- **{front}**: {back}\n")
        lines.append(f"{front}\t{back}")
    md.write_text("".join(parts), encoding="utf-8")
    tsv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return md, tsv


def bench_env() -> dict[str, str]:
    env = dict(os.environ)
    home = CACHE / "quizzer-vs-anki-home"
    home.mkdir(exist_ok=True)
    env["QUIZZER_HOME"] = str(home)
    env["QUIZZER_CONFIG"] = str(home / "none.toml")  # defaults: 20 new, 200 reviews a deck
    env.pop("QUIZZER_DB", None)
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[1])
    # as installed: pip compiles a package's modules (Anki's are), so this tree's are cached too
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


# ---------------------------------------------------------------------------
# child processes


# A child's own peak memory (kB).  Not getrusage's ru_maxrss: on Linux a child inherits
# its parent's peak across fork and exec, so every child of a benchmark that built a
# large collection in-process would report the benchmark's own peak.
PEAK = r"""
import atexit, sys
def _peak():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
def _report_peak():
    print("PEAK-KB", _peak(), file=sys.stderr, flush=True)
"""

ANKI_FIRST_CARD = r"""
import sys
from anki.collection import Collection
col = Collection(sys.argv[1])
card = col.sched.getCard()
text = card.question()
print("FIRST-CARD", len(text), flush=True)
col.close()
"""

ANKI_DECKS = r"""
import sys
from anki.collection import Collection
col = Collection(sys.argv[1])
tree = col.sched.deck_due_tree()
for child in tree.children:
    print(child.name, child.new_count, child.review_count)
col.close()
"""

ANKI_IMPORT = PEAK + r"""
atexit.register(_report_peak)
from anki.collection import Collection, ImportCsvRequest
col = Collection(sys.argv[1])
metadata = col.get_csv_metadata(sys.argv[2], None)
log = col.import_csv(ImportCsvRequest(path=sys.argv[2], metadata=metadata))
print(len(log.log.new), len(log.log.updated), len(log.log.duplicate), col.card_count())
col.close()
"""

# Answer cards and fetch the next one, as the screen would; the queries too.
ANKI_ANSWERS = PEAK + r"""
import json, resource, statistics, sys, time
from anki.collection import Collection
from anki.scheduler_pb2 import CardAnswer
col = Collection(sys.argv[1])
n = int(sys.argv[2])
queries, query_cpus = [], []
for _ in range(5):
    c0 = time.thread_time(); t0 = time.perf_counter()
    col.sched.deck_due_tree()
    queries.append(time.perf_counter() - t0); query_cpus.append(time.thread_time() - c0)
answers, nexts, cpus = [], [], []  # cpus: the answer's CPU time (this thread's, the sync's kernel part included)
card = col.sched.getCard()
for i in range(n):
    if card is None:
        break
    rating = CardAnswer.GOOD if i % 4 else CardAnswer.HARD
    c0 = time.thread_time(); t0 = time.perf_counter()
    states = col._backend.get_scheduling_states(card.id)
    col.sched.answer_card(col.sched.build_answer(card=card, states=states, rating=rating))
    t1 = time.perf_counter(); cpus.append(time.thread_time() - c0)
    card = col.sched.getCard()
    t2 = time.perf_counter()
    answers.append(t1 - t0); nexts.append(t2 - t1)
t0 = time.perf_counter(); col.sched.counts(); col.sched.deck_due_tree(); summary = time.perf_counter() - t0
sync = col.db.scalar("pragma synchronous")
journal = col.db.scalar("pragma journal_mode")
col.close()
print(json.dumps({"answers": answers, "nexts": nexts, "cpus": cpus, "decks_query": statistics.median(queries),
                  "decks_query_cpu": statistics.median(query_cpus),
                  "summary": summary, "synchronous": sync, "journal": journal,
                  "rss": _peak()}))
"""

QUIZZER_ANSWERS = PEAK + r"""
import json, resource, statistics, sys, time
from pathlib import Path
from quizzer.config import Config
from quizzer.review.controller import Controller
try:  # as `quizzer review` opens it: plain sqlite3 where this quizzer has that path
    from quizzer.db.counts import deck_summaries
    from quizzer.db.lite import open_lite
    from quizzer.db.migrations import CURRENT
    db = open_lite(Path(sys.argv[1]), CURRENT)
    assert db is not None
    raw = db.connection
except ImportError:
    from quizzer.db import open_database
    from quizzer.db.queries import deck_summaries
    db = open_database(Path(sys.argv[1]))
    raw = db.engine.raw_connection()
import inspect
if "shown" in inspect.signature(deck_summaries).parameters:  # as `quizzer decks` counts: new and due from the queue
    from quizzer.db.decks import deck_refs
    from quizzer.review.day_queue import shown_today

    def listing(s, today):
        return deck_summaries(s, shown_today(s, deck_refs(s, []), today, Config()))
else:
    def listing(s, today):
        return deck_summaries(s, today)
n = int(sys.argv[2])
controller = Controller(db, config=Config())
queries, query_cpus = [], []
for _ in range(5):
    c0 = time.thread_time(); t0 = time.perf_counter()
    with db.reading() as s:
        listing(s, controller.today)
    queries.append(time.perf_counter() - t0); query_cpus.append(time.thread_time() - c0)
answers, nexts, cpus = [], [], []  # cpus: the answer's CPU time (this thread's, the sync's kernel part included)
view = controller.current()
for i in range(n):
    if view is None:
        break
    c0 = time.thread_time(); t0 = time.perf_counter()
    controller.answer(5 if i % 4 else 3)
    t1 = time.perf_counter(); cpus.append(time.thread_time() - c0)
    view = controller.current()
    t2 = time.perf_counter()
    answers.append(t1 - t0); nexts.append(t2 - t1)
t0 = time.perf_counter(); controller.summary(); summary = time.perf_counter() - t0
sync = raw.execute("pragma synchronous").fetchone()[0]
journal = raw.execute("pragma journal_mode").fetchone()[0]
db.close()
print(json.dumps({"answers": answers, "nexts": nexts, "cpus": cpus, "decks_query": statistics.median(queries),
                  "decks_query_cpu": statistics.median(query_cpus),
                  "summary": summary, "synchronous": sync, "journal": journal,
                  "rss": _peak()}))
"""

# `quizzer ARGS…` as ``python -m quizzer`` runs it, reporting its own peak memory.
QUIZZER_RUN = PEAK + r"""
import runpy
atexit.register(_report_peak)
sys.argv = ["quizzer", *sys.argv[1:]]
runpy.run_module("quizzer", run_name="__main__", alter_sys=True)
"""

# The path of `quizzer review` up to its first frame, without a terminal.
QUIZZER_FIRST_CARD = r"""
import sys
from quizzer import cli
from quizzer.commands import common
from quizzer.config import load_config
from quizzer.review.controller import Controller
args = cli.build_parser().parse_args(["--db", sys.argv[1], "review"])
db = getattr(common, "open_review_db", common.open_db)(args)  # as `quizzer review` opens it
controller = Controller(db, config=load_config())
from prompt_toolkit.output import DummyOutput
from quizzer.tui import ReviewScreen
screen = ReviewScreen(controller, output=DummyOutput())
screen._fragments()
print("FIRST-CARD", screen.card is not None, flush=True)
"""


def on_disk_copy(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` and sync it to disk before anything is timed on it.  Unsynced, the
    two 84 MB copies of a run are written back while the side timed first (quizzer) answers, and on
    ext4 (ordered data) an answer's fsync can wait for that writeback: on a fresh unsynced copy of
    the 100k collection quizzer's answer medians were 0.47-3.9 ms over five runs, synced 0.44-0.58."""
    shutil.copyfile(source, target)
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def timed_child(argv: Sequence[str], *, env: dict[str, str]) -> tuple[float, str, int]:
    """Seconds, stdout and the child's peak memory in kB (as it reports it, see PEAK; else wait4's)."""
    return measured_child(argv, env=env)[:3]  # type: ignore[return-value]


def measured_child(argv: Sequence[str], *, env: dict[str, str]) -> tuple[float, str, int, float]:
    """:func:`timed_child`'s figures and the child's CPU seconds (user + system)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert proc.stdout is not None and proc.stderr is not None
    out = proc.stdout.read()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"{' '.join(argv)} failed:\n{err.decode()}")
    peaks = [line.split()[1] for line in err.decode().splitlines() if line.startswith("PEAK-KB ")]
    return elapsed, out.decode(), int(peaks[-1]) if peaks else usage.ru_maxrss, usage.ru_utime + usage.ru_stime


def cpu_child(argv: Sequence[str], *, env: dict[str, str]) -> float:
    """CPU seconds (user + system) of a child run: steadier than the wall clock
    on a loaded machine."""
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"{' '.join(argv)} failed:\n{err.decode()}")
    return usage.ru_utime + usage.ru_stime


def first_card_tty(argv: Sequence[str], *, env: dict[str, str]) -> float:
    """Seconds from spawning ``argv`` in a pseudo-terminal (80×24) until its first
    card is on the terminal."""
    import fcntl
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env={**env, "TERM": "xterm-256color"},
                            start_new_session=True)
    os.close(slave)
    seen = b""
    elapsed = None
    try:
        while time.perf_counter() - start < 60:
            ready, _, _ = select.select([master], [], [], 1.0)
            if not ready:
                if proc.poll() is not None:
                    break
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
            if b"\x1b[6n" in chunk:  # a cursor position request: answer it as a terminal would
                os.write(master, b"\x1b[1;1R")
            if any(m in seen for m in MARKERS):
                elapsed = time.perf_counter() - start
                break
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        os.close(master)
    if elapsed is None:
        raise SystemExit(f"{' '.join(argv)} drew no card:\n{seen[-2000:]!r}")
    return elapsed


# ---------------------------------------------------------------------------
# figures


class Figure:
    def __init__(self, name: str, unit: str = "ms", scale: float = 1000.0) -> None:
        self.name, self.unit, self.scale = name, unit, scale
        self.ours: list[float] = []
        self.anki: list[float] = []

    def line(self) -> str:
        def mmm(values: list[float]) -> str:
            if not values:
                return "-"
            v = [x * self.scale for x in values]
            return f"{min(v):8.2f} {statistics.median(v):8.2f} {max(v):8.2f}"

        ratio = (statistics.median(self.ours) / statistics.median(self.anki)) if self.ours and self.anki else float("nan")
        return f"{self.name:42s} {mmm(self.ours)} | {mmm(self.anki)} | {ratio:6.2f}x  ({self.unit})"


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def edited(path: Path, *, tsv: bool) -> tuple[str, str]:
    """``path``'s text and the same with one note's description changed (a line in the middle)."""
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    index = next(n for n in range(len(lines) // 2, len(lines)) if ("\t" if tsv else "**: ") in lines[n])
    lines[index] = lines[index] + " (고침)"
    return text, "\n".join(lines)


def measure(cards: int, reviews: int, runs: int, answers: int, *, with_import: bool,
            start_up: bool = False) -> dict[str, Figure]:
    """``start_up``: only what a person waits for before the work starts (help, first
    card, decks, re-imports); the 100k import is done once, untimed."""
    env = bench_env()
    t0 = time.perf_counter()
    qdb = build_quizzer(cards, reviews)
    adb = build_anki(qdb, cards)
    print(f"# collections: {qdb} ({qdb.stat().st_size / 1e6:.0f} MB), {adb} ({adb.stat().st_size / 1e6:.0f} MB); "
          f"ready in {time.perf_counter() - t0:.1f} s", flush=True)
    work = Path(tempfile.mkdtemp(prefix="quizzer-vs-anki-"))
    names = {
        "help": ("`quizzer --help` (Anki: none)", "ms", 1000.0),
        "help_cpu": ("`quizzer --help`, CPU time (Anki: none)", "ms", 1000.0),
        "tty": ("`quizzer review` in a pty, first card drawn", "ms", 1000.0),
        "notty": ("the same without a terminal", "ms", 1000.0),
        "notty_cpu": ("the same, CPU time", "ms", 1000.0),
        "answer": ("answer, committed (median)", "ms", 1000.0),
        "answer_p99": ("answer, committed (p99)", "ms", 1000.0),
        "answer_cpu": ("answer, committed, CPU time (median)", "ms", 1000.0),
        "answer_cpu_p99": ("answer, committed, CPU time (p99)", "ms", 1000.0),
        "next": ("next card fetch (median)", "ms", 1000.0),
        "both": ("answer + next card (median)", "ms", 1000.0),
        "both_p99": ("answer + next card (p99)", "ms", 1000.0),
        "decks": ("`quizzer decks`, whole process", "ms", 1000.0),
        "decks_cpu": ("`quizzer decks`, whole process, CPU time", "ms", 1000.0),
        "decks_query": ("deck counts, the query alone", "ms", 1000.0),
        "decks_query_cpu": ("deck counts, the query alone, CPU time", "ms", 1000.0),
        "summary": ("end-of-session summary", "ms", 1000.0),
        "review_rss": ("peak memory while reviewing", "MB", 1 / 1024),
    }
    if with_import:
        names |= {
            "import": ("import 100k cards (fresh database)", "s", 1.0),
            "import_cpu": ("import 100k cards, CPU time", "s", 1.0),
            "import_rss": ("peak memory, import", "MB", 1 / 1024),
            "reimport": ("re-import of the same unchanged file", "s", 1.0),
            "reimport_cpu": ("re-import of the same file, CPU time", "s", 1.0),
            "reimport_edit": ("re-import, one line edited", "s", 1.0),
            "reimport_edit_cpu": ("re-import, one line edited, CPU time", "s", 1.0),
        }
    if start_up:
        for key in ("answer", "answer_p99", "answer_cpu", "answer_cpu_p99", "next", "both", "both_p99", "decks_query",
                    "summary", "review_rss", "import", "import_cpu", "import_rss", "decks_query_cpu"):
            names.pop(key, None)
    figs = {key: Figure(*value) for key, value in names.items()}
    md, tsv = notes_document(100_000) if with_import else (None, None)
    if md and tsv:  # copies in the work folder: the re-imports edit them in place
        md, tsv = Path(shutil.copy(md, work / md.name)), Path(shutil.copy(tsv, work / tsv.name))
        texts = {md: edited(md, tsv=False), tsv: edited(tsv, tsv=True)}
        if start_up:
            timed_child([*QUIZZER, "--db", str(work / "import.db"), "import", str(md)], env=env)
            timed_child([PYTHON, "-c", ANKI_IMPORT, str(work / "import.anki2"), str(tsv)], env=env)
    settings: dict[str, object] = {}
    for run in range(runs):
        qcopy, acopy = work / "q.db", work / "a.anki2"
        for stale in work.glob("q.db*"):
            stale.unlink()
        for source, copy in ((qdb, qcopy), (adb, acopy)):
            on_disk_copy(source, copy)
        for side, figs_of in (("ours", lambda f: f.ours), ("anki", lambda f: f.anki)):
            def put(key: str, value: float) -> None:
                figs_of(figs[key]).append(value)

            def put_timed(key: str, measured: tuple[float, str, int, float]) -> None:
                """A child's wall clock as ``key``, its CPU time (steadier on a loaded machine) as ``key_cpu``."""
                put(key, measured[0])
                put(f"{key}_cpu", measured[3])

            if side == "ours":
                put("help", timed_child([*QUIZZER, "--help"], env=env)[0])
                put("help_cpu", cpu_child([*QUIZZER, "--help"], env=env))
                put("tty", first_card_tty([*QUIZZER, "--db", str(qcopy), "review"], env=env))
                put_timed("notty", measured_child([PYTHON, "-c", QUIZZER_FIRST_CARD, str(qcopy)], env=env))
                put_timed("decks", measured_child([*QUIZZER, "--db", str(qcopy), "decks"], env=env))
                if not start_up:
                    _, out, rss = timed_child([PYTHON, "-c", QUIZZER_ANSWERS, str(qcopy), str(answers)], env=env)
            else:
                put("tty", first_card_tty([PYTHON, "-c", ANKI_FIRST_CARD, str(acopy)], env=env))
                put_timed("notty", measured_child([PYTHON, "-c", ANKI_FIRST_CARD, str(acopy)], env=env))
                put_timed("decks", measured_child([PYTHON, "-c", ANKI_DECKS, str(acopy)], env=env))
                if not start_up:
                    _, out, rss = timed_child([PYTHON, "-c", ANKI_ANSWERS, str(acopy), str(answers)], env=env)
            if not start_up:
                data = json.loads(out.strip().splitlines()[-1])
                settings[side] = (data["journal"], data["synchronous"], len(data["answers"]))
                put("answer", statistics.median(data["answers"]))
                put("answer_p99", p99(data["answers"]))
                put("answer_cpu", statistics.median(data["cpus"]))
                put("answer_cpu_p99", p99(data["cpus"]))
                put("next", statistics.median(data["nexts"]))
                both = [a + b for a, b in zip(data["answers"], data["nexts"], strict=True)]
                put("both", statistics.median(both))
                put("both_p99", p99(both))
                put("decks_query", data["decks_query"])
                put("decks_query_cpu", data["decks_query_cpu"])
                put("summary", data["summary"])
                put("review_rss", data["rss"])
            if with_import and md and tsv and start_up:
                if side == "ours":
                    argv = [*QUIZZER, "--db", str(work / "import.db"), "import", str(md)]
                    document = md
                else:
                    argv = [PYTHON, "-c", ANKI_IMPORT, str(work / "import.anki2"), str(tsv)]
                    document = tsv

                def again() -> float:
                    return timed_child(argv, env=env)[0]

                put("reimport", again())
                put("reimport_cpu", cpu_child(argv, env=env))
                original, changed = texts[document]
                document.write_text(changed, encoding="utf-8")
                seconds, _, _, cpu = measured_child(argv, env=env)
                put("reimport_edit", seconds)
                put("reimport_edit_cpu", cpu)
                document.write_text(original, encoding="utf-8")
                again()  # back as it was, untimed
            elif with_import and md and tsv:
                fresh_q, fresh_a = work / f"import-{run}.db", work / f"import-{run}.anki2"
                if side == "ours":
                    # a first import: no pieces kept from an earlier run's (quizzer.piece_memo)
                    shutil.rmtree(Path(env["QUIZZER_HOME"]) / "cache" / "pieces", ignore_errors=True)
                    seconds, _, rss, cpu = measured_child(
                        [PYTHON, "-c", QUIZZER_RUN, "--db", str(fresh_q), "import", str(md)], env=env)
                    put("import", seconds)
                    put("import_cpu", cpu)
                    put("import_rss", rss)
                    put("reimport", timed_child([*QUIZZER, "--db", str(fresh_q), "import", str(md)], env=env)[0])
                    put("reimport_cpu", cpu_child([*QUIZZER, "--db", str(fresh_q), "import", str(md)], env=env))
                    md.write_text(texts[md][1], encoding="utf-8")
                    seconds, _, _, cpu = measured_child([*QUIZZER, "--db", str(fresh_q), "import", str(md)], env=env)
                    put("reimport_edit", seconds)
                    put("reimport_edit_cpu", cpu)
                    md.write_text(texts[md][0], encoding="utf-8")
                    for stale in work.glob(f"import-{run}.db*"):
                        stale.unlink()
                else:
                    seconds, _, rss, cpu = measured_child([PYTHON, "-c", ANKI_IMPORT, str(fresh_a), str(tsv)], env=env)
                    put("import", seconds)
                    put("import_cpu", cpu)
                    put("import_rss", rss)
                    put("reimport", timed_child([PYTHON, "-c", ANKI_IMPORT, str(fresh_a), str(tsv)], env=env)[0])
                    put("reimport_cpu", cpu_child([PYTHON, "-c", ANKI_IMPORT, str(fresh_a), str(tsv)], env=env))
                    tsv.write_text(texts[tsv][1], encoding="utf-8")
                    seconds, _, _, cpu = measured_child([PYTHON, "-c", ANKI_IMPORT, str(fresh_a), str(tsv)], env=env)
                    put("reimport_edit", seconds)
                    put("reimport_edit_cpu", cpu)
                    tsv.write_text(texts[tsv][0], encoding="utf-8")
                    fresh_a.unlink()
        print(f"# run {run + 1}/{runs} done", flush=True)
    print(f"# (journal, synchronous, answers a run): quizzer {settings.get('ours')}, Anki {settings.get('anki')}")
    shutil.rmtree(work, ignore_errors=True)
    return figs


def show(title: str, figs: dict[str, Figure]) -> None:
    print(f"\n{title}")
    print(f"{'what':42s} {'quizzer min   median      max':>26s} | {'Anki min   median      max':>26s} | ratio")
    for fig in figs.values():
        print(fig.line())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--answers", type=int, default=300, help="answers timed in each run")
    parser.add_argument("--no-import", action="store_true", help="skip the import figures")
    parser.add_argument("--start-up", action="store_true",
                        help="only --help, the first card, decks and the re-imports (the import done once, untimed)")
    parser.add_argument("--cards", type=int, default=100_000, help=argparse.SUPPRESS)
    parser.add_argument("--reviews", type=int, default=1_000_000, help=argparse.SUPPRESS)
    parser.add_argument("--large", action="store_true", help="also 1M cards / 10M reviews (slow to build)")
    parser.add_argument("--large-cards", type=int, default=1_000_000, help=argparse.SUPPRESS)
    parser.add_argument("--large-reviews", type=int, default=10_000_000, help=argparse.SUPPRESS)
    args = parser.parse_args()
    import platform

    print(f"# {platform.node()}: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
          f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, anki "
          f"{__import__('anki.buildinfo', fromlist=['version']).version}")
    small = measure(args.cards, args.reviews, args.runs, args.answers, with_import=not args.no_import,
                    start_up=args.start_up)
    show(f"{args.cards:,} cards, {args.reviews:,} reviews: quizzer | Anki | ratio of medians", small)
    if args.large:
        # growth: each large run right after a small one (the load on the machine changes
        # over minutes), so each pair is measured under the same conditions
        pairs: list[tuple[dict[str, Figure], dict[str, Figure]]] = []
        for _ in range(max(3, args.runs // 2)):
            pairs.append((measure(args.cards, args.reviews, 1, args.answers, with_import=False),
                          measure(args.large_cards, args.large_reviews, 1, args.answers, with_import=False)))
        base, large = (merged([pair[n] for pair in pairs]) for n in (0, 1))
        show(f"{args.large_cards:,} cards, {args.large_reviews:,} reviews: quizzer | Anki | ratio of medians", large)
        print(f"\ngrowth, {args.large_cards:,}/{args.large_reviews:,} over {args.cards:,}/{args.reviews:,} "
              "(medians of runs made in pairs): quizzer | Anki")
        for key in ("tty", "notty", "notty_cpu", "answer", "answer_p99", "answer_cpu", "next", "both", "decks",
                    "decks_cpu", "decks_query", "decks_query_cpu", "summary", "review_rss"):
            ours = statistics.median(large[key].ours) / statistics.median(base[key].ours)
            anki = statistics.median(large[key].anki) / statistics.median(base[key].anki)
            print(f"{base[key].name:42s} {ours:6.2f}x | {anki:6.2f}x")


def merged(runs: list[dict[str, Figure]]) -> dict[str, Figure]:
    """The figures of several one-run measures as one."""
    out = {key: Figure(fig.name, fig.unit, fig.scale) for key, fig in runs[0].items()}
    for figs in runs:
        for key, fig in figs.items():
            out[key].ours += fig.ours
            out[key].anki += fig.anki
    return out


if __name__ == "__main__":
    main()
