"""Extraction throughput on a ~5 MB notes file, next to markdown-it-py's own parse.

    python benchmarks/extract.py [--mb 5] [--repeat 3]

The document is built from the built-in deck and every corpus file beside the
repo (../shared/corpus), each copy with its commands renamed so that notes do
not merge.  The figure is the ratio: extraction time ÷ raw parse time (the
parse is part of extraction, so the ratio is at least 1; the aim is ≤ 2).
"""

from __future__ import annotations

import argparse
import re
import time
import tracemalloc
from pathlib import Path

from markdown_it import MarkdownIt

from quizzer.extract import extract

ROOT = Path(__file__).resolve().parents[1]


def sources() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "decks").glob("*.md"))]
    corpus = next((p / "shared" / "corpus" for p in ROOT.parents if (p / "shared" / "corpus").is_dir()), ROOT.parent / "shared" / "corpus")
    if corpus.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.md")) if p.name != "SOURCES.md"]
    return texts


def build(megabytes: float) -> str:
    texts = sources()
    target = int(megabytes * 1024 * 1024)
    parts: list[str] = []
    size = 0
    copy = 0
    while size < target:
        for text in texts:
            # rename programs so each copy is a new set of facts
            renamed = re.sub(r"\b(docker|git|kubectl|ls|rm|cp|vi)\b", lambda m: f"{m.group(1)}{copy}", text)
            part = f"\n\n# copy {copy}\n\n{renamed}"
            parts.append(part)
            size += len(part.encode("utf-8"))
        copy += 1
    return "".join(parts)


def best(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    text = build(args.mb)
    size_mb = len(text.encode("utf-8")) / 1024 / 1024
    md = MarkdownIt("commonmark", {"html": True}).enable("table")
    parse = best(lambda: md.parse(text), args.repeat)
    result = extract(text, deck="bench", source="bench.md")
    run = best(lambda: extract(text, deck="bench", source="bench.md"), args.repeat)
    tracemalloc.start()
    extract(text, deck="bench", source="bench.md")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"document        {size_mb:8.2f} MB, {text.count(chr(10)):,} lines")
    print(f"notes           {len(result.notes):8,}  warnings {len(result.warnings):,}")
    print(f"markdown-it     {parse:8.3f} s  ({size_mb / parse:6.2f} MB/s)")
    print(f"extract         {run:8.3f} s  ({size_mb / run:6.2f} MB/s)")
    print(f"ratio           {run / parse:8.2f} x   (aim: ≤ 2)")
    print(f"peak memory     {peak / 1024 / 1024:8.1f} MB (tracemalloc, extraction)")


if __name__ == "__main__":
    main()
