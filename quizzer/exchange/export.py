"""``quizzer export``: decks from the database to a file (the edge: reads the DB, writes files)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from quizzer.db import Database
from quizzer.errors import QuizzerError
from quizzer.i18n import _
from quizzer.exchange.apkg import ExportCounts, Progress, anki_notes, write_apkg
from quizzer.exchange.files import replacing

__all__ = ["FORMATS", "ExportRequest", "export"]

FORMATS = ("apkg", "txt", "json")


@dataclass(frozen=True, slots=True)
class ExportRequest:
    decks: tuple[str, ...]  # empty: every deck
    format: str
    target: Path
    with_history: bool = False
    flat: bool = False


def export(db: Database, request: ExportRequest, *, today: dt.date, progress: Progress | None = None) -> ExportCounts:
    """Write the decks named in ``request`` (each file whole, or not at all)."""
    from quizzer.db.queries import all_decks, find_decks
    from quizzer.exchange.load import export_notes

    if request.with_history:
        if request.format != "apkg":
            raise QuizzerError(_("--with-history is for .apkg exports (a JSON dump always holds the history)."))
        from quizzer.exchange.with_history import require_anki

        require_anki()  # before any work

    with db.reading() as session:
        decks = find_decks(session, list(request.decks)) if request.decks else all_decks(session)
        if request.format == "json":
            from quizzer.exchange.dump import dump_text

            text, dumped = dump_text(session, decks)
        else:  # for Anki: only what quizzer reviews (the cards the check keeps out are left out, and counted)
            from quizzer.db.held import cards_held_back, cards_waiting

            names = [deck.name for deck in decks]
            left_out = cards_waiting(session, names) + cards_held_back(session, names)
            notes = export_notes(session, decks, checked=True)
            if not notes:  # an empty package or text file is no export: say why nothing is there
                raise _nothing_to_export(db, left_out)
            if request.with_history:
                from quizzer.exchange.load import export_reviews

                reviews = export_reviews(session, decks)
    if request.format == "json":
        with replacing(request.target) as path:
            path.write_text(text, encoding="utf-8")
        return ExportCounts(dumped.notes, dumped.cards, dumped.reviews)
    if request.format == "txt":
        from quizzer.exchange.anki_text import anki_text

        text = anki_text(notes, anki_notes(notes, flat=request.flat))
        with replacing(request.target) as path:
            path.write_text(text, encoding="utf-8")
        return ExportCounts(len(notes), sum(len(note.cards) for note in notes), left_out=left_out)
    if request.with_history:
        from quizzer.exchange.with_history import write_apkg_with_history

        with replacing(request.target) as path:
            counts = write_apkg_with_history(
                notes, reviews, path, today=today, flat=request.flat, progress=progress
            )
    else:
        with replacing(request.target) as path:
            counts = write_apkg(notes, path, flat=request.flat, progress=progress)
    return replace(counts, left_out=left_out)


def _nothing_to_export(db: Database, left_out: int) -> QuizzerError:
    """Why a .apkg or .txt export would hold no note: the check keeps every card out, or there is none."""
    if not left_out:
        return QuizzerError(_("Nothing to export: these decks have no cards."))
    from quizzer.i18n import ngettext
    from quizzer.paths import db_option
    from quizzer.to_copy import quizzer_command

    command = quizzer_command("check", db_option=db_option(db.path))
    return QuizzerError(ngettext(
        "Nothing to export: the {count} card of these decks waits for {command} or is held back by it; keep it "
        "with {command} first.",
        "Nothing to export: the {count} cards of these decks wait for {command} or are held back by it; keep them "
        "with {command} first.",
        left_out).format(count=left_out, command=command), command=command)
