"""Writing a document's notes into a deck: upsert by stable key, retire the rest.

An edited description updates its note in place, so the note's cards keep
their review history; a fact gone from the document is retired (hidden, its
history kept) and comes back when the document has it again.

A step is keyed by what it says (so inserting a step never re-keys the
others), which would make fixing a typo in a step a new note.  So a step with
a new key takes over the stored step of the same procedure and position that
this import would otherwise retire: same note, new key and text, history kept.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from quizzer.db.models import Card, Deck, Note
from quizzer.errors import QuizzerError
from quizzer.extract.model import REVERSIBLE, DeckDraft, Kind, NoteDraft, Warning

__all__ = ["ImportResult", "sync_deck"]


@dataclass(frozen=True, slots=True)
class ImportResult:
    deck: str
    source: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    retired: int = 0
    restored: int = 0
    warnings: tuple[Warning, ...] = ()

    def as_json(self) -> dict[str, object]:
        return {
            "deck": self.deck,
            "source": self.source,
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "retired": self.retired,
            "restored": self.restored,
            "warnings": [warning.as_json() for warning in self.warnings],
        }

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.retired or self.restored)


def card_ords(kind: str) -> tuple[int, ...]:
    """Forward (0) for every note; reverse (1) for commands, options and flags."""
    return (0, 1) if Kind(kind) in REVERSIBLE else (0,)


def _content(note: Note | NoteDraft) -> tuple[object, ...]:
    """What a person sees on the note's cards; a change here counts as an update."""
    return (note.kind, note.front, note.back, note.command, note.context, list(note.answers), note.position)


def sync_deck(
    session: Session,
    draft: DeckDraft,
    *,
    now: dt.datetime,
    origin: str,
    builtin: bool = False,
    adopt: bool = False,
) -> ImportResult:
    """Write ``draft`` into its deck.  ``origin`` says which document a deck
    comes from (a resolved path, or ``builtin:NAME``); a deck filled from
    another document is refused unless the user named it (``adopt``)."""
    deck = session.scalars(select(Deck).where(Deck.name == draft.name)).one_or_none()
    if deck is None:
        deck = Deck(name=draft.name, source=origin, builtin=builtin, created_at=now)
        session.add(deck)
        session.flush()
    elif deck.source != origin:
        if not adopt:
            raise QuizzerError(
                f"The deck '{deck.name}' comes from {deck.source}, not {draft.source}; give this one "
                f"another name with --deck NAME, or replace the deck's notes with --deck '{deck.name}'."
            )
        deck.source, deck.builtin = origin, builtin
    existing = {note.key: note for note in session.scalars(select(Note).where(Note.deck_id == deck.id))}
    cards: dict[tuple[int, int], Card] = {
        (card.note_id, card.ord): card for card in session.scalars(select(Card).where(Card.deck_id == deck.id))
    }
    counts = {"added": 0, "updated": 0, "unchanged": 0, "retired": 0, "restored": 0}
    placed: list[tuple[Note, int, tuple[int, ...]]] = []
    edited_steps = _retiring_steps(existing, draft)
    for order, item in enumerate(draft.notes):
        note = existing.pop(item.key, None)
        if note is None and item.kind is Kind.STEP:
            note = _take_over(edited_steps, existing, item)
        if note is None:
            note = Note(deck_id=deck.id, key=item.key, kind=item.kind.value, created_at=now, updated_at=now)
            session.add(note)
            counts["added"] += 1
        else:
            changed = _content(note) != _content(item)
            if note.retired_at is not None:
                note.retired_at = None
                counts["restored"] += 1
            else:
                counts["updated" if changed else "unchanged"] += 1
            if changed:
                note.updated_at = now
        was = card_ords(note.kind)  # "::" may have become ":::", or back
        _copy(item, note, order)
        placed.append((note, order, was))
    session.flush()  # once: the new notes get their ids
    for note, order, was in placed:
        wanted = card_ords(note.kind)
        for ord_ in wanted:
            card = cards.get((note.id, ord_))
            if card is None:
                session.add(Card(note_id=note.id, deck_id=deck.id, ord=ord_, new_rank=order))
                continue
            if card.new_rank != order:
                card.new_rank = order
            if ord_ not in was:
                card.suspended = False  # a way of asking it that came back
        for ord_ in set(was) - set(wanted):  # no longer wanted: kept with its history, not asked
            card = cards.get((note.id, ord_))
            if card is not None:
                card.suspended = True
    for note in existing.values():
        if note.retired_at is None:
            note.retired_at = now
            counts["retired"] += 1
    session.flush()
    return ImportResult(deck=draft.name, source=draft.source, warnings=draft.warnings, **counts)


def _retiring_steps(existing: dict[str, Note], draft: DeckDraft) -> dict[tuple[str, int | None], list[Note]]:
    """Live stored steps this import would retire, by procedure and position.

    A step's front is its procedure and position (``Procedure — step 3``).
    """
    incoming = {item.key for item in draft.notes}
    found: dict[tuple[str, int | None], list[Note]] = {}
    for note in sorted(existing.values(), key=lambda n: n.doc_order):
        if note.kind == Kind.STEP.value and note.retired_at is None and note.key not in incoming:
            found.setdefault((note.front, note.position), []).append(note)
    return found


def _take_over(
    edited_steps: dict[tuple[str, int | None], list[Note]], existing: dict[str, Note], item: NoteDraft
) -> Note | None:
    """The stored step ``item`` is an edit of (same procedure, same position), re-keyed; else None."""
    candidates = edited_steps.get((item.front, item.position))
    if not candidates:
        return None
    note = candidates.pop(0)
    del existing[note.key]
    note.key = item.key
    return note


def _copy(item: NoteDraft, note: Note, order: int) -> None:
    note.kind = item.kind.value
    note.front = item.front
    note.back = item.back
    note.command = item.command
    note.context = item.context
    note.answers = list(item.answers)
    note.section = list(item.section)
    note.tags = list(item.tags)
    note.line = item.line
    note.position = item.position
    note.doc_order = order
