"""Where the CPU of a first ``quizzer import`` goes: each part, timed in the process.

    python benchmarks/import_phases.py [--runs 3] [--tree PATH] [--edited] [DOCUMENT]

Runs ``quizzer import DOCUMENT`` (default: ``vs_anki.py``'s 100k-card notes file) into a
fresh database and an empty cache, in a child process of this tree's quizzer (or
``--tree``'s, so two trees can be run in turn), ``--runs`` times, and prints each part's
CPU time (user + system of the process, ``time.process_time``), min / median / max.  The
parts are functions wrapped with a timer (a call inside an outer call of the same function
counts once); an indented part is inside the one above it.  The imports are timed before
the command runs (as the command would import them), compiling the regular expressions
among them; SQLAlchemy is imported only where the command imports it (the first import:
opening the database; a re-import into a database at this schema runs on the plain sqlite3
connection, without it: the last line says which).  Bytecode is cached, as an installed
package has it.  ``--edited``: the import timed is a re-import with one line edited
(``vs_anki.py``'s edit), after a first import, untimed, that kept the pieces.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# (module, function, label): an indented label is part of the one above it
PARTS = (
    ("quizzer.decks", "draft", "extraction (documents.draft)"),
    ("quizzer.extract.rules", "read_piece_blocks", "  markdown read into blocks"),
    ("quizzer.extract.rules", "_walk_blocks", "  the rules' walk over the blocks"),
    ("quizzer.piece_memo", "memo_for", "  reading the pieces' file"),
    ("quizzer.extract.incremental", "read_piece", "  the pieces: blocks, walk, overlay and result"),
    ("quizzer.extract.incremental", "Decoded.get", "    decoding a piece kept"),
    ("quizzer.extract.walk", "decide", "  the checks on every note (decide)"),
    ("quizzer.piece_memo", "keep", "  keeping the pieces (encode, write)"),
    ("quizzer.commands.notes", "open_review_db", "opening (making) the database"),
    ("quizzer.importing", "import_paths", "the database side (import_paths)"),
    ("quizzer.decks", "ensure_builtin_decks", "  the built-in deck"),
    ("quizzer.decks", "sync_deck", "  writing the notes and cards (sync_deck)"),
    ("quizzer.db.sync", "_insert", "    the inserts (executemany)"),
    ("quizzer.render", "print_imports", "printing the table"),
)

CHILD = r"""
import collections, contextlib, functools, importlib, io, json, sys, time
parts, home, db, doc = json.loads(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
spent = collections.defaultdict(float)

def wrap(module, name, label):
    owner = importlib.import_module(module)
    *path, name = name.split(".")  # a method: Class.name
    for part in path:
        owner = getattr(owner, part)
    function = getattr(owner, name, None)
    if function is None:  # not in this tree (--tree: an older one)
        return
    depth = [0]

    @functools.wraps(function)
    def timed(*args, **kwargs):
        if depth[0]:
            return function(*args, **kwargs)
        depth[0] += 1
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - start
            depth[0] -= 1

    setattr(owner, name, timed)

import re._compiler as compiler
compile_ = compiler.compile

def compiling(pattern, flags=0):
    start = time.process_time()
    try:
        return compile_(pattern, flags)
    finally:
        spent["  compiling regular expressions"] += time.process_time() - start

compiler.compile = compiling
start = time.process_time()
from quizzer import cli
for module, _name, _label in parts:
    importlib.import_module(module)
spent["imports (quizzer, SQLAlchemy, rich …)"] = time.process_time() - start
compiler.compile = compile_
for module, name, label in parts:
    wrap(module, name, label)
start = time.process_time()
with contextlib.redirect_stdout(io.StringIO()):
    cli.main(["--db", db, "import", doc])
spent["the command, after the imports"] = time.process_time() - start
spent["the whole process"] = time.process_time()
spent["SQLAlchemy imported (1: yes)"] = float("sqlalchemy" in sys.modules)
print(json.dumps(spent))
"""

ORDER = ("imports (quizzer, SQLAlchemy, rich …)", "  compiling regular expressions",
         "the command, after the imports", *(label for _, _, label in PARTS), "the whole process",
         "SQLAlchemy imported (1: yes)")


def one_run(tree: Path, document: Path, *, edited: bool) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="import-phases-") as name:
        home = Path(name)
        (home / "none.toml").write_text("", encoding="utf-8")
        env = dict(os.environ, PYTHONPATH=str(tree), QUIZZER_HOME=str(home), QUIZZER_CONFIG=str(home / "none.toml"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.pop("QUIZZER_DB", None)
        if edited:  # the first import, untimed; then the same file with one line edited
            sys.path[:0] = [str(ROOT / "benchmarks")]
            import vs_anki

            document = Path(shutil.copy(document, home / document.name))
            subprocess.run([sys.executable, "-m", "quizzer", "--db", str(home / "q.db"), "import", str(document)],
                           env=env, cwd=tree, capture_output=True, check=True)
            document.write_text(vs_anki.edited(document, tsv=False)[1], encoding="utf-8")
        done = subprocess.run(
            [sys.executable, "-c", CHILD, json.dumps([list(part) for part in PARTS]), str(home), str(home / "q.db"),
             str(document)],
            env=env, cwd=tree, capture_output=True, text=True, check=True,
        )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("document", nargs="?", type=Path, help="a notes file (default: vs_anki.py's 100k-card file)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tree", type=Path, default=ROOT, help="a tree holding quizzer/ (default: this one)")
    parser.add_argument("--edited", action="store_true", help="time a re-import with one line edited")
    args = parser.parse_args()
    document = args.document
    if document is None:
        sys.path[:0] = [str(ROOT / "benchmarks")]
        import vs_anki

        document = vs_anki.notes_document(100_000)[0]
    runs = [one_run(args.tree.resolve(), document.resolve(), edited=args.edited) for _ in range(args.runs)]
    what = "re-import with one line edited" if args.edited else "first import"
    print(f"# {args.tree.resolve()}: {what} of {document.name}, CPU seconds over {args.runs} runs")
    print(f"{'part':52s} {'min':>7s} {'median':>7s} {'max':>7s}")
    for label in ORDER:
        values = [run.get(label, 0.0) for run in runs]
        print(f"{label:52s} {min(values):7.3f} {statistics.median(values):7.3f} {max(values):7.3f}")


if __name__ == "__main__":
    main()
