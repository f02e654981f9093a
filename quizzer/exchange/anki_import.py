"""Writing an Anki import plan into the database (one transaction).

A second import of the same package adds nothing, changes nothing.  Note text
is updated when the package's differs; answers not yet stored are added (one
within a second of an answer stored for the card is that answer, and so is one with its button and
intervals where an answer stored for the card is dated after the real clock's now: the export moved that
one back to its own moment).  A card keeps
its schedule unless the package's card was answered after quizzer last changed that schedule
(its last answer here, or an exam's send-back: schema 16's change time): then it takes the
package's, and its suspension when quizzer's own (schema 17's time) is not later; so it does
when the package's card was changed without an answer (a new due date, a suspension:
its mod time) after quizzer's last change of it (its last answer, its own change, its
note's last change): of a card new in the package, only its suspension.  A card changed
on both sides since the last exchange takes the state of the side that changed it last, field
by field when one side answered it and the other only suspended it: a card answered in Anki,
then suspended here (answered here before or not), takes Anki's schedule and stays suspended.  Notes
missing from a package are left alone (a package may hold part of a deck).

A package quizzer exported from a deck of notes (same name, the notes' guids
come from their stable keys) merges into that deck: the notes' text stays the
document's, a card never answered here takes the package's schedule and review
log, a card with history of its own adds the answers given since in Anki, and
a note the document does not have (any more) is added.  A deck of the same name with none of the package's
notes is another deck: the import is refused (``--deck NAME`` renames it).
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from quizzer.db.models import Card, Deck, Note, Review
from quizzer.errors import QuizzerError
from quizzer.exchange.anki_map import ImportedCard, ImportedDeck, ImportedNote, ImportedReview, ImportPlan
from quizzer.exchange.anki_model import guid_for
from quizzer.exchange.history import anki_ease, revlog_answer
from quizzer.i18n import _
from quizzer.db.types import from_epoch_ms, to_epoch_ms
from quizzer.origins import ANKI_SOURCE

__all__ = ["ANKI_SOURCE", "AnkiImportResult", "write_plan"]


@dataclass(frozen=True, slots=True)
class AnkiImportResult:
    deck: str
    added: int
    updated: int  # notes whose text changed (their cards may have taken a schedule too)
    rescheduled: int  # notes whose text is the same and whose cards took the package's schedule
    unchanged: int
    cards: int
    reviews: int  # review rows added
    # quizzer's own export of a deck of notes, come back: its document, the notes whose text was edited in Anki
    # (the document's kept) and the notes added in Anki (not in the document: its next import retires them)
    document: str | None = None
    edited_in_anki: int = 0
    added_in_anki: int = 0

    def as_json(self) -> dict[str, object]:
        return {"deck": self.deck, "added": self.added, "updated": self.updated,
                "rescheduled": self.rescheduled, "unchanged": self.unchanged,
                "cards": self.cards, "reviews": self.reviews,
                "edited_in_anki": self.edited_in_anki, "added_in_anki": self.added_in_anki}


def _text(note: Note | ImportedNote) -> tuple[object, ...]:
    return (note.front, note.back, tuple(note.answers), note.context, tuple(note.section), tuple(note.tags),
            note.kind, note.command)


def write_plan(session: Session, plan: ImportPlan, *, now: dt.datetime, anki_now_ms: int) -> list[AnkiImportResult]:
    """``anki_now_ms``: now by the clock Anki's revlog ids never pass, the real one (``export --with-history``
    moves an answer dated after it back to it), not the study clock ``now``."""
    return [_write_deck(session, deck, now=now, anki_now_ms=anki_now_ms, alone=len(plan.decks) == 1)
            for deck in plan.decks]


def _write_deck(session: Session, imported: ImportedDeck, *, now: dt.datetime, anki_now_ms: int,
                alone: bool) -> AnkiImportResult:
    """``alone``: the package's only deck (``--deck NAME`` can rename it)."""
    source = ANKI_SOURCE + imported.name
    deck = session.scalars(select(Deck).where(Deck.name == imported.name)).one_or_none()
    if deck is None:
        deck = Deck(name=imported.name, source=source, created_at=now)
        session.add(deck)
        session.flush()
    existing = list(session.scalars(select(Note).where(Note.deck_id == deck.id)))
    changed = {note.id: to_epoch_ms(note.updated_at) for note in existing}  # each note's last change before now
    merged = deck.source != source  # quizzer's own export of a deck of notes
    if merged:
        notes = {f"{ANKI_SOURCE}{guid_for(note.key)}": note for note in existing}
        notes |= {note.key: note for note in existing if note.key.startswith(ANKI_SOURCE)}  # added in Anki before
        if not any(item.key in notes for item in imported.notes):
            if alone:
                raise QuizzerError(_(
                    "The Anki deck {deck} has the name of a quizzer deck made from {source} but none of its notes; "
                    "import it under another name with --deck NAME."
                ).format(deck=imported.name, source=deck.source))
            raise QuizzerError(_(  # --deck renames a package's only deck
                "The Anki deck {deck} has the name of a quizzer deck made from {source} but none of its notes; "
                "rename it in Anki, or export it alone from Anki and import that package with --deck NAME."
            ).format(deck=imported.name, source=deck.source))
    else:
        notes = {note.key: note for note in existing}
    order = max((note.doc_order for note in notes.values()), default=-1) + 1
    added = updated = unchanged = edited_in_anki = added_in_anki = 0
    placed: list[tuple[Note, ImportedNote]] = []
    same: set[int] = set()  # existing notes whose text is unchanged
    for item in imported.notes:
        note = notes.get(item.key)
        if note is None:
            note = Note(
                deck_id=deck.id, key=item.key, kind=item.kind, front=item.front, back=item.back, command=item.command,
                context=item.context, answers=list(item.answers), section=list(item.section), tags=list(item.tags),
                line=0, position=None, doc_order=order, created_at=now, updated_at=now,
            )
            session.add(note)
            notes[item.key] = note
            order += 1
            added += 1
        elif merged and note.key != item.key:
            unchanged += 1  # the document says what the note is (a note added in Anki: Anki does)
            same.add(note.id)
            edited_in_anki += (note.front, note.back) != (item.front, item.back)
        elif _text(note) != _text(item):
            note.front, note.back, note.context = item.front, item.back, item.context
            note.answers, note.section, note.tags = list(item.answers), list(item.section), list(item.tags)
            note.kind, note.command = item.kind, item.command
            note.updated_at = now
            updated += 1
        else:
            unchanged += 1
            same.add(note.id)
        placed.append((note, item))
        added_in_anki += merged and note.key == item.key and note.retired_at is None
    session.flush()
    cards = {(card.note_id, card.ord): card for card in session.scalars(select(Card).where(Card.deck_id == deck.id))}
    here: dict[int, list[int]] = {}  # each card's answers stored here, as epoch ms, in order
    ahead: dict[int, list[tuple[int, int, int]]] = {}  # those dated after Anki's now, as its revlog holds them
    for card_id, at, grade, interval, prev_interval in session.execute(
        select(Review.card_id, Review.reviewed_at, Review.grade, Review.interval, Review.prev_interval)
        .join(Card, Card.id == Review.card_id).where(Card.deck_id == deck.id).order_by(Review.reviewed_at)
    ):
        here.setdefault(card_id, []).append(at_ms := to_epoch_ms(at))
        if at_ms > anki_now_ms:
            ahead.setdefault(card_id, []).append(revlog_answer(grade, interval, prev_interval))
    took: set[int] = set()  # notes whose cards took a schedule: rescheduled, when their text is the same
    new_cards = 0
    for note, item in placed:
        for imported_card in item.cards:
            have = cards.get((note.id, imported_card.ord))
            if have is None:
                have = cards[(note.id, imported_card.ord)] = Card(
                    note_id=note.id, deck_id=deck.id, ord=imported_card.ord, new_rank=note.doc_order,
                    reps=imported_card.reps, interval=imported_card.interval, ef_centi=imported_card.ef_centi,
                    due=imported_card.due, suspended=imported_card.suspended, lapses=imported_card.lapses,
                    leech=imported_card.leech,
                )
                session.add(have)
                new_cards += 1
                continue
            mine = here.get(have.id, [])
            fresh = not mine and have.reps == 0 and have.due is None  # never scheduled here
            own = 0 if have.changed_at is None else to_epoch_ms(have.changed_at)  # sent back here (or, before schema 17, suspended)
            held = 0 if have.suspended_at is None else to_epoch_ms(have.suspended_at)  # suspended or unsuspended here
            # a card never scheduled here was not sent back: its own change was a suspension, not a schedule
            kept = have.suspended  # each field from the side that changed it last
            if (merged and fresh) or _answered_later(imported_card, mine, 0 if fresh else own):  # a newer schedule
                _take_schedule(have, imported_card)
                if _suspended_here_later(imported_card, held):
                    have.suspended = kept
                if imported_card.reviews or imported_card.due is not None:
                    took.add(note.id)
            elif _changed_later(imported_card, mine, max(changed.get(note.id, 0), own, held)):  # rescheduled or suspended in Anki, not answered
                was = _state(have)
                if imported_card.due is not None or fresh:
                    _take_schedule(have, imported_card)
                else:  # new in the package, progress here: a plain export's card, its suspension alone
                    have.suspended = imported_card.suspended
                if _state(have) != was:
                    took.add(note.id)
    session.flush()
    rows = [
        {
            "card_id": card.id, "reviewed_at": from_epoch_ms(r.at_ms), "grade": r.grade, "day": r.day,
            "drill": r.drill, "duration_ms": r.duration_ms, "prev_interval": r.prev_interval,
            "interval": r.interval, "ef_centi": r.ef_centi,
        }
        for note, item in placed for c in item.cards
        for card in (cards[(note.id, c.ord)],)
        for r in c.reviews if not _known(r.at_ms, here.get(card.id, [])) and not _moved_back(r, ahead.get(card.id))
    ]
    for start in range(0, len(rows), 50_000):
        session.execute(insert(Review), rows[start : start + 50_000])
    rescheduled = len(took & same)
    return AnkiImportResult(imported.name, added, updated, rescheduled, unchanged - rescheduled, new_cards, len(rows),
                            deck.source if merged else None, edited_in_anki, added_in_anki)


#: An answer in the package this close to one stored for the card is that answer: an export
#: moves an answer by a millisecond or so when two fall on the same one (Anki's revlog id is unique).
SAME_ANSWER_MS = 1_000


def _known(at_ms: int, mine: list[int]) -> bool:
    """Whether the card's answers stored here (epoch ms, in order) include the one at ``at_ms``."""
    at = bisect.bisect_left(mine, at_ms - SAME_ANSWER_MS)
    return at < len(mine) and mine[at] <= at_ms + SAME_ANSWER_MS


def _moved_back(answer: ImportedReview, ahead: list[tuple[int, int, int]] | None) -> bool:
    """Whether ``answer`` is one stored for its card dated after Anki's now (``ahead``: those not matched yet, as
    Anki's revlog holds them), which the export moved back to the moment it was made: the same button, interval
    and last interval; matched, it leaves ``ahead``.  Only a clock set ahead dates an answer so."""
    if not ahead:
        return False
    try:
        ahead.remove((anki_ease(answer.grade), answer.interval, answer.prev_interval))
    except ValueError:
        return False
    return True


def _answered_later(imported: ImportedCard, mine: list[int], own_ms: int) -> bool:
    """Whether the package's card was answered after quizzer last changed it: its last answer here,
    or a change of its own (``own_ms``: a suspension, an exam's send-back); its schedule is the newer."""
    latest = max((r.at_ms for r in imported.reviews), default=None)
    if latest is None:
        return False
    if not mine and not own_ms:  # never changed here
        return True
    return latest > max(mine[-1] if mine else 0, own_ms) + SAME_ANSWER_MS


def _changed_later(imported: ImportedCard, mine: list[int], changed_ms: int) -> bool:
    """Whether the package's card was changed (its mod time: a new due date, a suspension) after
    quizzer's last change of it: its last answer here, a change of its own or its note's last change
    before this import (``changed_ms``, the later of these two; a card quizzer exported with its
    history carries that moment as its mod, so one untouched in Anki is not newer)."""
    return imported.mod_ms > max(mine[-1] if mine else 0, changed_ms) + SAME_ANSWER_MS


def _suspended_here_later(imported: ImportedCard, own_ms: int) -> bool:
    """Whether quizzer suspended or unsuspended the card (``own_ms``) after Anki last changed it
    (its last answer there, its mod time): quizzer's suspension stays with Anki's schedule."""
    latest = max((r.at_ms for r in imported.reviews), default=0)
    return own_ms > 0 and max(latest, imported.mod_ms) <= own_ms + SAME_ANSWER_MS


def _state(card: Card) -> tuple[object, ...]:
    return card.reps, card.interval, card.ef_centi, card.due, card.suspended, card.lapses, card.leech


def _take_schedule(card: Card, imported: ImportedCard) -> None:
    card.reps, card.interval, card.ef_centi, card.due = imported.reps, imported.interval, imported.ef_centi, imported.due
    card.suspended, card.lapses, card.leech = imported.suspended, imported.lapses, imported.leech
