"""Extraction ÷ markdown-it's parse, in instructions (cachegrind): steady on a shared machine.

    python benchmarks/extract_instructions.py [--tree PATH] [--items 10000]

Counts the instructions of this tree's extraction (or ``--tree``'s ``quizzer/``) and of
markdown-it-py's parse of the same text (``commonmark`` with HTML and tables, as quizzer
parses) under ``valgrind --tool=cachegrind``, each with the start-up of an empty run of the
same kind taken off, ``PYTHONHASHSEED=0``, bytecode compiled beforehand, the collector paused
(as ``quizzer import`` runs extraction).  Two texts:

- real notes: the corpus (../shared/corpus) and data/corpus/fresh to fresh7 concatenated,
  ``]:`` written ``] :`` (one document with another's link reference definitions would
  read differently); the aim is extraction ≤ 2× the parse;
- the first ``--items`` lines of ``vs_anki.py``'s 100k-card notes file
  (``- **tool run**: 설명 (…)``): instructions an item.

Needs valgrind; a run takes a few minutes.
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import sys
mode, path = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read() if path != "-" else ""
if mode == "extract":
    from quizzer.collector import paused
    from quizzer.extract import extract
    if text:
        with paused():
            extract(text, deck="notes", source="notes.md")
else:
    import gc
    from markdown_it import MarkdownIt
    gc.disable()
    if text:
        MarkdownIt("commonmark", {"html": True}).enable("table").parse(text)
"""


def real_notes(folder: Path) -> Path:
    parts = []
    shared = ROOT.parent / "shared" / "corpus"
    for source in [shared] + [ROOT / "data" / "corpus" / f"fresh{n}" for n in ("", 2, 3, 4, 5, 6, 7)]:
        parts += [p.read_text(encoding="utf-8") for p in sorted(source.glob("*.md")) if p.name != "SOURCES.md"]
    path = folder / "real-notes.md"
    path.write_text("\n\n".join(parts).replace("]:", "] :"), encoding="utf-8")
    return path


def items_file(folder: Path, lines: int) -> tuple[Path, int]:
    sys.path[:0] = [str(ROOT / "benchmarks")]
    import vs_anki

    text = vs_anki.notes_document(100_000)[0].read_text(encoding="utf-8")
    kept = text.split("\n")[:lines]
    path = folder / "items.md"
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return path, sum(1 for line in kept if line.startswith("- "))


def instructions(tree: Path, mode: str, path: str, child: Path) -> int:
    env = dict(os.environ, PYTHONPATH=str(tree), PYTHONHASHSEED="0")
    done = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
         sys.executable, str(child), mode, path],
        env=env, cwd=tree, capture_output=True, text=True, check=True,
    )
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if found is None:
        raise SystemExit(f"no count from cachegrind:\n{done.stderr}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", type=Path, default=ROOT, help="a tree holding quizzer/ (default: this one)")
    parser.add_argument("--items", type=int, default=10_500, help="lines of the 100k-card file counted")
    args = parser.parse_args()
    tree = args.tree.resolve()
    compileall.compile_dir(str(tree / "quizzer"), quiet=1)
    with tempfile.TemporaryDirectory(prefix="extract-instructions-") as name:
        folder = Path(name)
        child = folder / "child.py"
        child.write_text(CHILD, encoding="utf-8")
        notes = real_notes(folder)
        items, count = items_file(folder, args.items)
        empty_extract = instructions(tree, "extract", "-", child)
        empty_parse = instructions(tree, "parse", "-", child)
        extract = instructions(tree, "extract", str(notes), child) - empty_extract
        parse = instructions(tree, "parse", str(notes), child) - empty_parse
        per_item = (instructions(tree, "extract", str(items), child) - empty_extract) / count
        size = notes.stat().st_size
    print(f"# {tree}")
    print(f"real notes ({size / 1e6:.2f} MB): extraction {extract / 1e6:,.0f}M, parse {parse / 1e6:,.0f}M instructions: "
          f"{extract / parse:.2f}x (aim: 2x)")
    print(f"100k-card file, first {count:,} items: {per_item / 1e3:,.0f}k instructions an item")


if __name__ == "__main__":
    main()
