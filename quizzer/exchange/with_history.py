"""``export --with-history``: an .apkg that carries every card's schedule and review log.

Anki's own engine (the ``anki`` package, ``pip install 'quizzer[anki]'``) reads
the notes as the plain export writes them (same note type, guids, decks) into a
throw-away collection; the cards' state and the review log are written into
it, and Anki's exporter writes the package with scheduling, as Anki desktop would.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from quizzer.errors import QuizzerError
from quizzer.i18n import _
from quizzer.exchange.anki_model import ExportNote, guid_for
from quizzer.exchange.apkg import ExportCounts, Progress, write_apkg
from quizzer.exchange.history import ReviewRow, anki_card_state, revlog_row

__all__ = ["build_collection", "require_anki", "write_apkg_with_history"]

_BATCH = 5_000


def require_anki() -> None:
    """One sentence when Anki's engine is not installed."""
    try:
        import anki.collection  # noqa: F401
    except ImportError:
        raise QuizzerError(_(
            "--with-history needs Anki's own engine, which is not installed: pip install 'quizzer[anki]'."
        )) from None


def _free_id(taken: dict[int, int], wanted: int) -> int:
    """``wanted``, or the nearest id below it not yet taken; ``taken`` maps each taken id to
    where to look next, shortened as it is walked, so many answers clamped to one moment stay
    linear."""
    path = []
    candidate = wanted
    while candidate in taken:
        path.append(candidate)
        candidate = taken[candidate]
    for step in path:
        taken[step] = candidate - 1
    taken[candidate] = candidate - 1
    return candidate


def write_apkg_with_history(
    notes: Sequence[ExportNote],
    reviews: Sequence[ReviewRow],
    target: Path,
    *,
    today: dt.date,
    flat: bool = False,
    progress: Progress | None = None,
) -> ExportCounts:
    require_anki()
    from anki.collection import ExportAnkiPackageOptions

    with tempfile.TemporaryDirectory(prefix="quizzer-anki-") as folder:
        col, counts = build_collection(notes, reviews, Path(folder), today=today, flat=flat, progress=progress)
        try:
            options = ExportAnkiPackageOptions(with_scheduling=True, with_deck_configs=False, with_media=False, legacy=False)
            col.export_anki_package(out_path=str(target), options=options, limit=None)
        finally:
            col.close()
    if progress is not None:
        progress(len(notes) * 2, len(notes) * 2)
    return counts


def build_collection(
    notes: Sequence[ExportNote],
    reviews: Sequence[ReviewRow],
    folder: Path,
    *,
    today: dt.date,
    flat: bool = False,
    progress: Progress | None = None,
) -> tuple[Any, ExportCounts]:
    """An open Anki collection in ``folder`` holding ``notes`` with their schedule and review log."""
    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

    reviews_of: dict[int, list[ReviewRow]] = {}
    for row in reviews:
        reviews_of.setdefault(row.card_id, []).append(row)
    # The notes as genanki writes them (same note type id, guids, decks, tags), read by Anki's importer.
    notes_only = folder / "notes.apkg"
    write_apkg(notes, notes_only, flat=flat)
    if progress is not None:
        progress(len(notes) // 2, len(notes) * 2)
    col: Any = Collection(str(folder / "collection.anki2"))
    try:
        col.import_anki_package(ImportAnkiPackageRequest(
            package_path=str(notes_only), options=ImportAnkiPackageOptions(with_scheduling=True),
        ))
        if progress is not None:
            progress(len(notes), len(notes) * 2)
        db = col.db
        assert db is not None
        anki_cards = {
            (guid, ord_): cid
            for cid, guid, ord_ in db.all("select c.id, n.guid, c.ord from cards c join notes n on n.id = c.nid")
        }
        anki_today = col.sched.today
        latest = int(time.time() * 1000) - 1000
        states: list[tuple[int, ...]] = []
        revlog: list[tuple[int, ...]] = []
        used: dict[int, int] = {}
        cards = 0
        for position, ours in enumerate(notes):
            guid = guid_for(ours.key)
            for card in ours.cards:
                cid = anki_cards.get((guid, card.ord))
                if cid is None:
                    raise AssertionError(f"Anki made no card {card.ord} for note {ours.key!r}")
                cards += 1
                answers = reviews_of.get(card.id, [])
                state = anki_card_state(
                    due_ordinal=card.due, today_ordinal=today.toordinal(), anki_today=anki_today,
                    interval=card.interval, ef_centi=card.ef_centi, suspended=card.suspended,
                    lapses=card.lapses, answers=len(answers), new_position=position,
                )
                # its mod: quizzer's last change of it (an import takes a newer change made in Anki)
                changed = max([ours.updated_ms, card.changed_ms, *(row.at_ms for row in answers)]) // 1000
                states.append((state.ctype, state.queue, state.due, state.ivl, state.factor, state.reps,
                               state.lapses, changed, cid))
                for row in answers:
                    # Anki's revlog id is the answer's moment, unique, and never in the future
                    # (its exporter refuses a collection with one: a clock that ran ahead); imported back, such
                    # an answer is known again by what it holds (anki_import._moved_back)
                    revlog_id = _free_id(used, min(row.at_ms, latest))
                    revlog.append(revlog_row(row, revlog_id=revlog_id, card_id=cid))
    finally:
        col.close()
    # Written with sqlite3 while Anki has the file closed: a million rows through Anki's
    # database bridge (JSON per row) took several times longer.  Same tables, same columns.
    connection = sqlite3.connect(folder / "collection.anki2")
    try:
        with connection:
            connection.executemany(
                "update cards set type=?, queue=?, due=?, ivl=?, factor=?, reps=?, lapses=?, mod=? where id=?", states
            )
            connection.executemany("insert into revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) "
                                   "values (?,?,?,?,?,?,?,?,?)", revlog)
    finally:
        connection.close()
    if progress is not None:
        progress(len(notes) * 3 // 2, len(notes) * 2)
    notes_only.unlink()
    return Collection(str(folder / "collection.anki2")), ExportCounts(len(notes), cards, len(revlog))
