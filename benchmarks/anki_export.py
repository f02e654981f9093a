"""Export to Anki at scale: 100k cards and 1M reviews, ``--with-history``.

    python benchmarks/anki_export.py [--cards 100000] [--reviews 1000000]

Uses the database benchmarks/review.py builds (cached in /tmp).  Times, each
in this process: quizzer's plain .apkg export (genanki), the JSON dump, and
``export --with-history`` (notes, schedule and revlog through Anki's engine);
then, on the very collection ``--with-history`` builds, Anki's own exporter
alone (what Anki desktop does when you export that collection with
scheduling).  The figure is the ratio of quizzer's whole export to Anki's.

On the 2-core machine of 2026-11-29, shared with other jobs: plain .apkg 3–7 s,
JSON dump 12–19 s, --with-history 36 s against Anki's own export 7.7 s:
4.7x (quizzer's figure includes reading the database, writing the notes with
genanki and Anki importing them, which Anki's export does not do).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from review import TODAY, build  # noqa: E402

from quizzer.db import open_database  # noqa: E402
from quizzer.exchange.export import ExportRequest, export  # noqa: E402


def timed(label: str, func, *args, **kwargs):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = func(*args, **kwargs)
    seconds = time.perf_counter() - start
    print(f"{label:34s} {seconds:8.2f} s", flush=True)
    return seconds, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--reviews", type=int, default=1_000_000)
    args = parser.parse_args()
    cached = Path(f"/tmp/quizzer-bench-{args.cards}-{args.reviews}.db")
    build(cached, args.cards, args.reviews)
    db = open_database(cached)
    out = Path(tempfile.mkdtemp(prefix="quizzer-anki-bench-"))
    try:
        timed("quizzer export (.apkg, no history)", export, db,
              ExportRequest((), "apkg", out / "plain.apkg"), today=TODAY)
        timed("quizzer backup (.json)", export, db, ExportRequest((), "json", out / "dump.json"), today=TODAY)
        ours, counts = timed("quizzer export --with-history", export, db,
                             ExportRequest((), "apkg", out / "history.apkg", with_history=True), today=TODAY)
        print(f"  {counts.notes} notes, {counts.cards} cards, {counts.reviews} reviews; "
              f"{(out / 'history.apkg').stat().st_size / 1e6:.1f} MB")

        # Anki's own export of the same collection: build it as --with-history does, then time the export alone.
        from anki.collection import ExportAnkiPackageOptions

        from quizzer.exchange.load import export_notes, export_reviews
        from quizzer.exchange.with_history import build_collection

        with db.reading() as session:
            from quizzer.db.queries import all_decks

            notes = export_notes(session, all_decks(session))
            reviews = export_reviews(session, all_decks(session))
        folder = Path(tempfile.mkdtemp(prefix="quizzer-anki-col-"))
        col, _ = build_collection(notes, reviews, folder, today=TODAY)
        try:
            options = ExportAnkiPackageOptions(with_scheduling=True, with_deck_configs=False, with_media=False,
                                               legacy=False)
            theirs, _ = timed("Anki's own export of it", col.export_anki_package,
                              out_path=str(out / "anki.apkg"), options=options, limit=None)
            print(f"  collection: {col.card_count()} cards, "
                  f"{col.db.scalar('select count() from revlog')} revlog rows")
        finally:
            col.close()
        print(f"ratio (quizzer --with-history / Anki's export) {ours / theirs:.1f}x")
    finally:
        db.close()


if __name__ == "__main__":
    main()
