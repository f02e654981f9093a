"""Editing a card's notes from the review: where its line is, and re-importing its document.

The re-import is the one ``quizzer import`` does (read, extract, sync by key),
so an edited card keeps its history exactly as it would from the command line.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from quizzer.db import Database
from quizzer.db.held import WAITING
from quizzer.db.models import Card, Deck, Note
from quizzer.db.sync import ImportResult
from quizzer.errors import QuizzerError
from quizzer.extract.model import DeckDraft
from quizzer.i18n import _

__all__ = ["EditTarget", "Edited", "drafts_of", "edit_target", "reimport"]


@dataclass(frozen=True, slots=True)
class EditTarget:
    deck: str
    path: Path
    line: int
    note_id: int


@dataclass(frozen=True, slots=True)
class Edited:
    result: ImportResult
    live: bool  # the card's note is still in the notes
    card_ids: tuple[int, ...]  # the cards of that note
    waiting: int = 0  # cards the edit made that wait for `quizzer check` (a shape the deck has not kept)
    held_back: int = 0  # cards the edit made of a shape the person held back: out of review at once


def edit_target(db: Database, card_id: int) -> EditTarget:
    """The document and line a card comes from; a QuizzerError says why it cannot be edited."""
    with db.reading() as session:
        deck, note = session.execute(
            select(Deck, Note).join(Note, Note.deck_id == Deck.id).join(Card, Card.note_id == Note.id)
            .where(Card.id == card_id)
        ).one()
        name, source, builtin, line, note_id = deck.name, deck.source, deck.builtin, note.line, note.id
    from quizzer.origins import BUILTIN_SOURCE, Origin, builtin_source, deck_origin

    if builtin or deck_origin(source) is Origin.BUILTIN:
        from quizzer.paths import builtin_decks

        shipped = next((p for p in builtin_decks() if builtin_source(p.name) == source), None)
        from quizzer.paths import db_option
        from quizzer.to_copy import Blank, quizzer_command

        command = quizzer_command("import", Blank(_("FILE")), "--deck", name, db_option=db_option(db.path))
        raise QuizzerError(_(
            "The built-in deck cannot be edited in place: copy {path} to a file of yours and run "
            "{command} to take it over, history kept."
        ).format(path=shipped or source.removeprefix(BUILTIN_SOURCE), command=command), command=command, paths=(shipped or source.removeprefix(BUILTIN_SOURCE),))
    if deck_origin(source) is Origin.ANKI:  # not a file: an Anki package's deck, whose notes no document has
        from quizzer.paths import db_option
        from quizzer.to_copy import Blank, quizzer_command

        command = quizzer_command("import", Blank(_("FILE.apkg")), "--deck", name, db_option=db_option(db.path))
        raise QuizzerError(_(
            "This card comes from an Anki package, not from notes quizzer can open: change it in Anki, export "
            "the deck again and run {command}; its cards keep their history."
        ).format(command=command), command=command)
    path = Path(source)
    if not path.is_file():
        from quizzer.paths import db_option
        from quizzer.to_copy import Blank, quizzer_command

        command = quizzer_command("import", Blank(_("FILE")), db_option=db_option(db.path))
        raise QuizzerError(_(
            "This card's notes were in {path}, which is no longer there; if you moved or renamed it, import it "
            "from where it is now ({command}) and its cards keep their history."
        ).format(path=path, command=command), command=command, paths=(path,))
    return EditTarget(name, path, line, note_id)


def drafts_of(target: EditTarget) -> list[DeckDraft]:
    """The target's document read and extracted, as ``quizzer import`` does (a QuizzerError if it cannot be)."""
    from quizzer.documents import draft_documents

    return draft_documents([target.path], deck=target.deck)


def reimport(
    db: Database, target: EditTarget, *, now: dt.datetime, check: bool = True, drafts: list[DeckDraft] | None = None,
    wait: bool = True,
) -> Edited:
    """Import the target's document again, as ``quizzer import`` would (``check``: with
    the check before learning; a note of a shape the deck kept comes in at once).  ``drafts``:
    its :func:`drafts_of`, made already (a write the lock held up is tried again without
    extracting again); ``wait``: as for :meth:`quizzer.db.Database.session`."""
    from quizzer.db.check_import import CHECK, TRUST
    from quizzer.decks import import_drafts

    if drafts is None:
        drafts = drafts_of(target)
    with db.reading() as session:
        before = session.execute(select(func.count()).select_from(Card).where(
            Card.deck_id == select(Deck.id).where(Deck.name == target.deck).scalar_subquery(),
            Card.held == WAITING)).scalar_one()
    [result] = import_drafts(db, drafts, now=now, check=CHECK if check else TRUST, wait=wait)
    with db.reading() as session:
        retired = session.scalar(select(Note.retired_at).where(Note.id == target.note_id))
        card_ids = tuple(session.scalars(select(Card.id).where(Card.note_id == target.note_id).order_by(Card.ord)))
    return Edited(result, retired is None, card_ids, max(0, result.waiting - before), result.held_back)
