"""An Anki collection as quizzer decks (pure: records in, plain data out).

- Basic, Basic-and-reversed (and optional reversed) and type-in-the-answer notes
  become ``concept`` notes: the first field is the front, the second the back;
  template 2 is the reverse card.  Type-in notes keep their answer for typing.
- A cloze note becomes one note per gap: the text with that gap shown as
  ``[...]`` (or ``[hint]``) is the front, the gap's text the back.
- Image occlusion and note types with other shapes are counted, not imported.
- A note of quizzer's own note type (its export) keeps its kind (command, option,
  step …: the Kind field, else a ``quizzer::KIND`` tag), command and context, so
  a round trip through Anki changes no note's kind.
- A note's key is ``anki:<guid>`` (``anki:<guid>:c2`` for a cloze gap), so
  importing the same package again finds the same notes.
- The deck is the Anki top-level deck; subdecks become the note's section.
- Scheduling and the review log are mapped by :mod:`quizzer.exchange.history`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from quizzer import lazyre
from quizzer.db.types import from_epoch_ms
from quizzer.exchange.anki_read import AnkiCollection
from quizzer.exchange.history import (
    NEW, RELEARNING, REVIEW, SUSPENDED_QUEUE, quizzer_grade, sm2_ef, sm2_reps,
)
from quizzer.exchange.anki_model import MODEL_NAME
from quizzer.exchange.html_text import held_controls, html_text, media_references
from quizzer.kinds import Kind
from quizzer.text import has_controls, strip_controls

__all__ = [
    "ImportPlan", "ImportedCard", "ImportedDeck", "ImportedNote", "ImportedReview", "cloze_sides", "plan_import",
    "study_day_of",
]

_IMAGE_OCCLUSION = 6  # Anki's OriginalStockKind
_CLOZE = lazyre.pattern(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", re.DOTALL)


@dataclass(frozen=True, slots=True)
class ImportedReview:
    at_ms: int
    grade: int
    day: dt.date
    drill: bool
    duration_ms: int
    interval: int
    ef_centi: int
    prev_interval: int


@dataclass(frozen=True, slots=True)
class ImportedCard:
    ord: int
    reps: int
    interval: int
    ef_centi: int
    due: dt.date | None
    suspended: bool
    lapses: int
    leech: bool
    reviews: tuple[ImportedReview, ...]
    mod_ms: int = 0  # its last change in Anki (an answer, a new due date, a suspension), epoch ms


@dataclass(frozen=True, slots=True)
class ImportedNote:
    key: str
    front: str
    back: str
    answers: tuple[str, ...]
    context: str | None
    section: tuple[str, ...]
    tags: tuple[str, ...]
    cards: tuple[ImportedCard, ...]
    kind: str = "concept"
    command: str | None = None


@dataclass
class ImportedDeck:
    name: str
    notes: list[ImportedNote] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ImportPlan:
    decks: tuple[ImportedDeck, ...]
    skipped: dict[str, int]  # left out, by reason: occlusion, other_notetype, other_template, no_text
    media: int
    media_references: int = 0  # sounds and pictures named in the text of the notes imported, left out of it
    controls: int = 0  # notes imported whose escape sequences and control characters were taken out
    #: notes imported whose note type shows text from a third or later field, left out (a front and a back kept)
    fields_left: int = 0
    #: (cloze notes of two gaps or more, the notes their gaps became): each gap is a note of its own here
    clozes: tuple[int, int] = (0, 0)


def cloze_sides(text_html: str, number: int) -> tuple[str, str]:
    """(front with gap ``number`` hidden, the gap's text) of a cloze field."""
    answers: list[str] = []

    def hide(match: re.Match[str]) -> str:
        if int(match.group(1)) != number:
            return match.group(2)
        answers.append(match.group(2))
        return f"[{match.group(3)}]" if match.group(3) else "[...]"

    front = _CLOZE.sub(hide, text_html)
    return html_text(front), " … ".join(html_text(answer) for answer in answers)


def _kind(model: dict[str, Any]) -> str:
    if model.get("originalStockKind") == _IMAGE_OCCLUSION or "image-occlusion" in str(model.get("tmpls", "")):
        return "occlusion"
    if int(model.get("type", 0)) == 1:
        return "cloze"
    if len(model.get("flds", ())) < 2 or len(model.get("tmpls", ())) > 2:
        return "other"
    return "typein" if "{{type:" in model["tmpls"][0].get("qfmt", "") else "standard"


_KINDS = frozenset(kind.value for kind in Kind)
_KIND_TAG = "quizzer::"


def _shown_fields(model: dict[str, Any]) -> frozenset[int]:
    """The fields after the first two that the note type's cards show (``{{예문}}``, ``{{text:Extra}}``), not
    those only tested (``{{#Add Reverse}}``): their text on a card quizzer cannot keep."""
    templates = " ".join(f"{t.get('qfmt', '')} {t.get('afmt', '')}" for t in model.get("tmpls", ()))
    return frozenset(index for index, spec in enumerate(model.get("flds", ())) if index >= 2 and re.search(
        r"\{\{(?:[^{}#/^]*:)?" + re.escape(str(spec.get("name", ""))) + r"\}\}", templates))


def _field(model: dict[str, Any] | None, fields: Sequence[str], name: str) -> str | None:
    """The text of the field called ``name`` (a quizzer note type's), if the note type has it."""
    for index, spec in enumerate((model or {}).get("flds", ())):
        if spec.get("name") == name and index < len(fields):
            return html_text(fields[index]) or None
    return None


def _quizzer_kind(model: dict[str, Any] | None, fields: Sequence[str], tags: Sequence[str]) -> str | None:
    """The kind a quizzer export wrote: its Kind field, else its ``quizzer::KIND`` tag."""
    kind = _field(model, fields, "Kind") if (model or {}).get("name") == MODEL_NAME else None
    if kind in _KINDS:
        return kind
    tagged = [tag[len(_KIND_TAG):] for tag in tags if tag.startswith(_KIND_TAG) and tag[len(_KIND_TAG):] in _KINDS]
    return tagged[0] if len(tagged) == 1 else None


def _card(
    row: Sequence[Any], revlog: Sequence[Sequence[Any]], tags: Sequence[str], *, today: dt.date, anki_today: int,
    day_of: Callable[[int], dt.date],
) -> ImportedCard:
    _id, _nid, _did, ord_, ctype, queue, due, ivl, factor, _reps, lapses, odid, odue, *mod = row
    reviews: list[ImportedReview] = []
    seen_days: set[dt.date] = set()
    for rid, _cid, ease, r_ivl, last_ivl, r_factor, time_ms, _type in revlog:
        if not 1 <= ease <= 4:  # a manual reschedule, not an answer
            continue
        day = day_of(rid)
        reviews.append(ImportedReview(
            rid, quizzer_grade(ease), day, day in seen_days, max(0, min(int(time_ms), 3_600_000)),
            max(0, r_ivl), sm2_ef(r_factor), max(0, last_ivl),
        ))
        seen_days.add(day)
    ef = sm2_ef(factor)
    if ctype == NEW:
        due_date, reps, interval = None, 0, 0
    elif ctype == REVIEW:
        day_number = odue if odid else due
        due_date = today + dt.timedelta(days=int(day_number) - anki_today)
        reps, interval = sm2_reps([r[2] for r in revlog if 1 <= r[2] <= 4], review_card=True), max(1, ivl)
    else:  # learning or relearning: due now
        due_date, reps, interval = today, 0, max(0, ivl) if ctype == RELEARNING else 0
    return ImportedCard(
        ord=ord_, reps=reps, interval=interval, ef_centi=ef, due=due_date, suspended=queue == SUSPENDED_QUEUE,
        lapses=lapses, leech="leech" in (tag.lower() for tag in tags), reviews=tuple(reviews),
        mod_ms=int(mod[0] or 0) * 1000 if mod else 0,
    )


def plan_import(
    collection: AnkiCollection, *, today: dt.date, day_of: Callable[[int], dt.date]
) -> ImportPlan:
    """``day_of(epoch_ms)``: the study day of a moment (the user's zone and rollover)."""
    skipped: Counter[str] = Counter()
    cards_of: dict[int, list[tuple[Any, ...]]] = {}
    for card in collection.cards:
        cards_of.setdefault(card[1], []).append(card)
    revlog_of: dict[int, list[tuple[Any, ...]]] = {}
    for entry in collection.revlog:
        revlog_of.setdefault(entry[1], []).append(entry)
    decks: dict[str, ImportedDeck] = {}
    references = controls = fields_left = 0
    clozes = (0, 0)
    for nid, guid, mid, flds, tag_text in collection.notes:
        model = collection.models.get(mid)
        cards = sorted(cards_of.get(nid, ()), key=lambda c: c[3])
        kind = _kind(model) if model else "other"
        if not cards or kind in ("occlusion", "other"):
            skipped["occlusion" if kind == "occlusion" else "other_notetype"] += 1
            continue
        first = cards[0]
        deck_name = collection.decks.get(first[11] or first[2], "Default")
        top, *section = [strip_controls(part).strip() for part in deck_name.split("::")]
        top = top or "Default"  # (a name of controls alone)
        tags = tuple(tag for tag in strip_controls(tag_text).split() if tag)
        fields = flds.split("\x1f")
        dirty = has_controls(deck_name) or has_controls(tag_text) or any(held_controls(f) for f in fields)

        def card_of(row: tuple[Any, ...], ord_: int) -> ImportedCard:
            made = _card(row, revlog_of.get(row[0], ()), tags, today=today, anki_today=collection.today, day_of=day_of)
            return replace(made, ord=ord_)

        notes: list[ImportedNote] = []
        if kind == "cloze":
            if len(cards) > 1:
                clozes = (clozes[0] + 1, clozes[1] + len(cards))
            for row in cards:
                front, back = cloze_sides(fields[0], row[3] + 1)
                extra = html_text(fields[1]) if len(fields) > 1 else ""
                notes.append(ImportedNote(
                    f"anki:{guid}:c{row[3] + 1}", front, back, (), extra or None, tuple(section), tags,
                    (card_of(row, 0),),
                ))
        else:
            front, back = html_text(fields[0]), html_text(fields[1])
            usable = [row for row in cards if row[3] in (0, 1)]
            skipped["other_template"] += len(cards) - len(usable)
            answers = (back,) if kind == "typein" and back else ()
            ours = _quizzer_kind(model, fields, tags)
            if ours is None and model and any(html_text(fields[i]) for i in _shown_fields(model) if i < len(fields)):
                fields_left += 1
            if ours is None:
                notes.append(ImportedNote(
                    f"anki:{guid}", front, back, answers, None, tuple(section), tags,
                    tuple(card_of(row, row[3]) for row in usable),
                ))
            else:  # quizzer's own export: what the note is comes back with it
                notes.append(ImportedNote(
                    f"anki:{guid}", front, back, answers, _field(model, fields, "Context"), tuple(section),
                    tuple(tag for tag in tags if tag != _KIND_TAG + ours), tuple(card_of(row, row[3]) for row in usable),
                    kind=ours, command=_field(model, fields, "Command"),
                ))
        kept = False
        for note in notes:
            if not note.front or not note.back or not note.cards:
                skipped["no_text"] += 1
                continue
            decks.setdefault(top, ImportedDeck(top)).notes.append(note)
            kept = True
        if kept:  # (a note left out for want of text is counted as such)
            references += sum(media_references(text) for text in fields[:2])
            controls += dirty
    return ImportPlan(tuple(decks.values()), {k: v for k, v in skipped.items() if v}, collection.media, references,
                      controls, fields_left, clozes)


def study_day_of(zone: dt.tzinfo | None, rollover_hour: int) -> Callable[[int], dt.date]:
    from quizzer.days import study_day

    return lambda ms: study_day(from_epoch_ms(ms).astimezone(zone), rollover_hour)
