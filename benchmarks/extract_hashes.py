"""Hash ``quizzer extract --json`` of every document a speed change must leave alone.

    python benchmarks/extract_hashes.py > before.txt      # on the tree before
    python benchmarks/extract_hashes.py > after.txt       # on the tree after
    diff before.txt after.txt                              # nothing: byte-identical

The documents: ../shared/corpus, ../shared/seed, data/corpus/fresh..fresh36 (never
the sets kept blind, BLIND: fresh36), decks/ and vs_anki.py's 100k-card
notes file.  Each is extracted twice in this tree's quizzer: cold (an empty
``QUIZZER_HOME``, so no piece kept) and again from the pieces the first pass kept; a
document whose two outputs differ is printed with both hashes and makes the exit
status 1.  Each pass is one process running the real command line in turn
(``quizzer.cli.main``), so a pass costs one start-up.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BLIND: frozenset[str] = frozenset({"fresh36"})  # sets kept blind (PROTOCOL): x-blind36's (fresh35 opened for tuning 2026-12-04)


def documents() -> list[Path]:
    """Every document hashed, in a fixed order."""
    # beside the repository, or beside the folder of worktrees it sits in (as extract_quality.py finds it)
    shared = next((p / "shared" for p in ROOT.parents if (p / "shared" / "corpus").is_dir()), ROOT.parent / "shared")
    found: list[Path] = []
    for folder in (shared / "corpus", shared / "seed", ROOT / "decks"):
        found += sorted(folder.glob("*.md"))
    for folder in sorted((ROOT / "data" / "corpus").iterdir()):
        if folder.is_dir() and folder.name not in BLIND:
            found += sorted(folder.glob("*.md"))
    sys.path[:0] = [str(ROOT / "benchmarks")]
    import vs_anki  # the benchmark's notes file (made once in the temporary folder)

    found.append(vs_anki.notes_document(100_000)[0])
    return found


def one_pass(paths: list[str]) -> None:
    """(In the child.) Print one JSON line: each path's output hashed, or its error."""
    from quizzer.cli import main

    hashes: dict[str, str] = {}
    for path in paths:
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            try:
                code = main(["extract", "--json", path])
            except SystemExit as stop:
                code = stop.code  # type: ignore[assignment]
        hashes[path] = f"{code}:{hashlib.sha256(out.getvalue().encode('utf-8')).hexdigest()}"
    sys.__stdout__.write(json.dumps(hashes) + "\n")


def run(paths: list[str], home: str) -> dict[str, str]:
    env = dict(os.environ, QUIZZER_HOME=home, PYTHONPATH=str(ROOT), LANG="C.UTF-8", LC_ALL="C.UTF-8")
    env.pop("LANGUAGE", None)
    done = subprocess.run([sys.executable, __file__, "--child", *paths], env=env, cwd=ROOT,
                          capture_output=True, text=True, check=True)
    result: dict[str, str] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        one_pass(args.child)
        return 0
    # relative to the tree, as a user in it types them (the path is in the output), so two trees compare
    paths = [str(path) if path.is_relative_to(tempfile.gettempdir()) else os.path.relpath(path, ROOT)
             for path in documents()]
    status = 0
    with tempfile.TemporaryDirectory(prefix="extract-hashes-") as home:
        cold = run(paths, home)
        warm = run(paths, home)  # the pieces the cold pass kept
    for path in paths:
        shown = Path(path).name if path.startswith(tempfile.gettempdir()) else path
        if cold[path] == warm[path]:
            print(f"{cold[path]}  {shown}")
        else:
            print(f"{cold[path]} (cold) {warm[path]} (from the pieces kept)  {shown}")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
