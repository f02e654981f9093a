"""quizzer's own complete dump (JSON): decks, notes, cards, their state and every review.

The dump is made from the tables' columns, so a column added by a later
schema is carried without touching this module; only the ids that tie rows
together are left out (rows nest instead: deck → notes → cards → reviews), so
a dump restores into any database.  Times are epoch milliseconds and days ISO
dates, exactly as stored, and the order of everything is fixed, so
dump → restore → dump gives the same bytes.

Exam results are dumped beside the decks (:mod:`quizzer.exchange.dump_exams`), and
each deck carries the check's verdicts on its shapes (:data:`SHAPE_CHECKS`).
Extension point: a table that hangs off a card goes in :data:`CHILD_TABLES`
the way reviews do; the format ``version`` goes up when the shape changes.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Column, Integer, Table, delete, func, insert, select, type_coerce
from sqlalchemy.orm import Session

from quizzer.checking import ANY_SECTION
from quizzer.db.models import Card, Deck, Note, Review, ShapeCheck
from quizzer.db.types import Day, Instant, from_epoch_ms
from quizzer.errors import QuizzerError
from quizzer.i18n import _

__all__ = ["FORMAT", "SHAPE_CHECKS", "VERSION", "DumpCounts", "dump", "dump_text", "restore"]

FORMAT = "quizzer-dump"
VERSION = 1

_DECK: Table = Deck.__table__  # type: ignore[assignment]
_NOTE: Table = Note.__table__  # type: ignore[assignment]
_CARD: Table = Card.__table__  # type: ignore[assignment]
_REVIEW: Table = Review.__table__  # type: ignore[assignment]
_SHAPE_CHECK: Table = ShapeCheck.__table__  # type: ignore[assignment]
_LINKS = frozenset({"id", "deck_id", "note_id", "card_id"})
#: A deck's key for the check's verdicts: ``[reason, kind, verdict]`` rows (absent when it has none;
#: dumps made before the check have none, and restore as decks never checked).
SHAPE_CHECKS = "shape_checks"

#: Extension point: (key in a card's dump, table with a card_id column); see the module's doc.
CHILD_TABLES: tuple[tuple[str, Table], ...] = (("reviews", _REVIEW),)


@dataclass(frozen=True, slots=True)
class DumpCounts:
    decks: int = 0
    notes: int = 0
    cards: int = 0
    reviews: int = 0
    unchanged: int = 0  # decks already exactly as in the dump
    replaced: int = 0
    created: int = 0  # decks the database did not have
    controls: int = 0  # notes whose escape sequences and control characters were taken out


def _columns(table: Table) -> list[Column[Any]]:
    return [column for column in table.columns if column.name not in _LINKS]


@lru_cache(maxsize=65536)
def _iso_day(ordinal: int) -> str:
    return dt.date.fromordinal(ordinal).isoformat()


def _raw(columns: Sequence[Column[Any]]) -> list[Any]:
    """The columns to select: days and instants as their stored integers (instants are
    stored as epoch ms already; days become ISO dates in :func:`_convert`)."""
    return [type_coerce(c, Integer) if isinstance(c.type, (Instant, Day)) else c for c in columns]


def _converters(columns: Sequence[Column[Any]]) -> list[Callable[[Any], Any] | None]:
    return [_iso_day if isinstance(c.type, Day) else bool if isinstance(c.type, Boolean) else None for c in columns]


def _convert(converters: Sequence[Callable[[Any], Any] | None], values: Sequence[Any]) -> list[Any]:
    return [v if f is None or v is None else f(v) for f, v in zip(converters, values, strict=True)]


def _in(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column.type, Instant):
        return from_epoch_ms(int(value))
    if isinstance(column.type, Day):
        return dt.date.fromisoformat(value)
    return value


def _row(columns: Sequence[Column[Any]], row: Sequence[Any]) -> dict[str, Any]:
    values = _convert(_converters(columns), row)
    return {column.name: value for column, value in zip(columns, values, strict=True)}


def _deck_dump(session: Session, deck_id: int) -> dict[str, Any]:
    deck_columns, note_columns, card_columns = _columns(_DECK), _columns(_NOTE), _columns(_CARD)
    deck = _row(deck_columns, session.execute(select(*_raw(deck_columns)).where(_DECK.c.id == deck_id)).one())
    children: dict[str, dict[int, list[list[Any]]]] = {}
    for key, table in CHILD_TABLES:
        columns = _columns(table)
        by_card: dict[int, list[list[Any]]] = {}
        query = (
            select(table.c.card_id, *_raw(columns))
            .join(_CARD, _CARD.c.id == table.c.card_id)
            .where(_CARD.c.deck_id == deck_id)
            .order_by(*(c for c in (table.c.get("reviewed_at"), table.c.id) if c is not None))
        )
        converters = _converters(columns)
        for card_id, *values in session.execute(query):
            by_card.setdefault(card_id, []).append(_convert(converters, values))
        children[key] = by_card
    cards: dict[int, list[dict[str, Any]]] = {}
    for card_id, note_id, *values in session.execute(
        select(_CARD.c.id, _CARD.c.note_id, *_raw(card_columns)).where(_CARD.c.deck_id == deck_id).order_by(_CARD.c.ord)
    ):
        card = _row(card_columns, values)
        for key, _table in CHILD_TABLES:
            card[key] = children[key].get(card_id, [])
        cards.setdefault(note_id, []).append(card)
    verdicts = session.execute(select(
        _SHAPE_CHECK.c.reason, _SHAPE_CHECK.c.kind, _SHAPE_CHECK.c.verdict, _SHAPE_CHECK.c.section).where(
        _SHAPE_CHECK.c.deck_id == deck_id).order_by(_SHAPE_CHECK.c.reason, _SHAPE_CHECK.c.kind,
                                                    _SHAPE_CHECK.c.section)).all()
    if verdicts:  # the check's verdict on each shape; a deck without any has no key (as dumps before it)
        # [reason, kind, verdict], and the section after them when it has one (schema 13): a verdict
        # given before sections were part of a shape is written as dumps before them wrote it
        deck[SHAPE_CHECKS] = [[reason, kind, verdict, *([section] if section else [])]
                              for reason, kind, verdict, section in verdicts]
    notes = []
    for note_id, *values in session.execute(
        select(_NOTE.c.id, *_raw(note_columns)).where(_NOTE.c.deck_id == deck_id).order_by(_NOTE.c.doc_order, _NOTE.c.key)
    ):
        note = _row(note_columns, values)
        note["cards"] = cards.get(note_id, [])
        notes.append(note)
    deck["notes"] = notes
    return deck


def _header() -> dict[str, Any]:
    from quizzer.db.migrations import CURRENT
    from quizzer.exchange.dump_exams import EXAM_COLUMNS

    return {
        "format": FORMAT,
        "version": VERSION,
        "schema": CURRENT,
        "columns": {**{key: [c.name for c in _columns(table)] for key, table in CHILD_TABLES}, **EXAM_COLUMNS},
    }


def dump(session: Session, decks: Iterable[Deck], *, exams_touching: bool = False) -> dict[str, Any]:
    """The whole of ``decks`` as plain JSON data, with the exams taken on them (``exams_touching``:
    and those taken on them with other decks: :func:`quizzer.exchange.dump_exams.dump_exams`)."""
    from quizzer.exchange.dump_exams import dump_exams

    chosen = sorted(decks, key=lambda d: d.name)
    every = len(chosen) == session.execute(select(func.count()).select_from(_DECK)).scalar_one()
    exams = dump_exams(session, [deck.name for deck in chosen], every_deck=every, touching=exams_touching)
    return {**_header(), "exams": exams, "decks": [_deck_dump(session, deck.id) for deck in chosen]}


def _counts(data: dict[str, Any]) -> DumpCounts:
    decks = data["decks"]
    notes = [note for deck in decks for note in deck["notes"]]
    cards = [card for note in notes for card in note["cards"]]
    return DumpCounts(len(decks), len(notes), len(cards), sum(len(card["reviews"]) for card in cards))


def dump_text(session: Session, decks: Iterable[Deck], *, exams_touching: bool = False) -> tuple[str, DumpCounts]:
    data = dump(session, decks, exams_touching=exams_touching)
    return encode(data), _counts(data)


def encode(data: dict[str, Any]) -> str:
    """One deck, note or card a line: diffable, and still compact at a million reviews."""
    header = {key: value for key, value in data.items() if key != "decks"}
    lines = ["{", *(f"{json.dumps(k)}: {_compact(v)}," for k, v in header.items()), '"decks": [']
    for d, deck in enumerate(data["decks"]):
        head = {key: value for key, value in deck.items() if key != "notes"}
        lines.append("{" + _compact(head)[1:-1] + ', "notes": [')
        notes = deck["notes"]
        for n, note in enumerate(notes):
            lines.append(_compact(note) + ("," if n + 1 < len(notes) else ""))
        lines.append("]}" + ("," if d + 1 < len(data["decks"]) else ""))
    lines.append("]}")
    return "\n".join(lines) + "\n"


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def parse(text: str, source: str) -> dict[str, Any]:
    """A dump read back; one sentence when the file is not one of ours."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        # where, not the parser's English words ('Expecting value') in a Korean sentence
        raise QuizzerError(_("{source} is not valid JSON (line {lineno}, column {colno}).").format(
            source=source, lineno=error.lineno, colno=error.colno), paths=(source,)) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("decks"), list):
        raise QuizzerError(_("{source} is not a quizzer dump (made by 'quizzer backup' or 'quizzer export --format json').").format(source=source), paths=(source,))
    if data.get("version") != VERSION:
        raise QuizzerError(_(
            "{source} is a quizzer dump of format version {version}; this quizzer reads version {known}."
        ).format(source=source, version=data.get("version"), known=VERSION), paths=(source,))
    return data


def _insert_deck(session: Session, deck: dict[str, Any]) -> None:
    def values(table: Table, item: dict[str, Any]) -> dict[str, Any]:
        return {c.name: _in(c, item[c.name]) for c in _columns(table) if c.name in item}

    deck_id = session.execute(insert(_DECK).values(values(_DECK, deck)).returning(_DECK.c.id)).scalar_one()
    if deck.get(SHAPE_CHECKS):
        session.execute(insert(_SHAPE_CHECK), [
            {"deck_id": deck_id, "reason": row[0], "kind": row[1], "verdict": row[2],
             "section": row[3] if len(row) > 3 else ANY_SECTION}
            for row in deck[SHAPE_CHECKS]])
    notes = deck["notes"]
    if notes:
        session.execute(insert(_NOTE), [{**values(_NOTE, note), "deck_id": deck_id} for note in notes])
    note_ids: dict[str, int] = {
        key: id_ for key, id_ in session.execute(select(_NOTE.c.key, _NOTE.c.id).where(_NOTE.c.deck_id == deck_id))
    }
    cards = [
        {**values(_CARD, card), "deck_id": deck_id, "note_id": note_ids[note["key"]]}
        for note in notes for card in note["cards"]
    ]
    if cards:
        session.execute(insert(_CARD), cards)
    card_ids = {
        (note_id, ord_): card_id
        for card_id, note_id, ord_ in session.execute(
            select(_CARD.c.id, _CARD.c.note_id, _CARD.c.ord).where(_CARD.c.deck_id == deck_id)
        )
    }
    for key, table in CHILD_TABLES:
        columns = _columns(table)
        rows = [
            {**{c.name: _in(c, v) for c, v in zip(columns, row, strict=True)},
             "card_id": card_ids[(note_ids[note["key"]], card["ord"])]}
            for note in notes for card in note["cards"] for row in card.get(key, [])
        ]
        for start in range(0, len(rows), 50_000):
            session.execute(insert(table), rows[start : start + 50_000])


def _reviews(deck: dict[str, Any]) -> set[tuple[str, int, int]]:
    """A dumped deck's reviews as (note key, card ord, answered at)."""
    at = [c.name for c in _columns(_REVIEW)].index("reviewed_at")
    return {
        (note["key"], card["ord"], row[at]) for note in deck["notes"] for card in note["cards"] for row in card["reviews"]
    }


def restore(session: Session, data: dict[str, Any], *, replace: bool, source: str) -> DumpCounts:
    """Write the dump's decks: a deck missing is created, one already the same is left
    alone, one that differs is put in the saved deck's place when the dump is newer
    (it holds every review of the deck and more) or the deck was never reviewed
    (the built-in deck of a new database: its notes come from its document), else
    only when asked (``replace``).  Every deck is checked before any is written,
    and the exams already here keep naming their cards."""
    from quizzer.i18n import ngettext

    from quizzer.exchange.dump_check import check_dump

    header = _header()
    if data.get("columns") != header["columns"]:
        raise QuizzerError(_("{source} was made by a quizzer with another database schema; restore it with that version.").format(source=source), paths=(source,))
    from quizzer.exchange.dump_clean import without_controls

    cleaned = without_controls(data)  # what enters the database drives no terminal
    data = cleaned.data
    check_dump(data, source)  # before anything is read or written: one sentence, not a traceback halfway
    unchanged = replaced = created = 0
    plan: list[tuple[dict[str, Any], int | None]] = []
    lost = 0
    losing: list[str] = []  # decks whose reviews the dump lacks, or that changed without a review since
    for deck in data["decks"]:
        existing = session.scalars(select(Deck).where(Deck.name == deck["name"])).one_or_none()
        if existing is None:
            plan.append((deck, None))
            continue
        here = _deck_dump(session, existing.id)
        if here == deck:
            unchanged += 1
            continue
        reviews_here, reviews_saved = _reviews(here), _reviews(deck)
        if reviews_here and not reviews_here < reviews_saved:  # the dump is not newer than this deck
            lost += len(reviews_here - reviews_saved)
            losing.append(deck["name"])
        plan.append((deck, existing.id))
    if losing and not replace:
        decks = ", ".join(losing)
        if lost:
            message = ngettext(
                "The database has {count} review in {decks} that {source} does not have; restore with --replace "
                "to put the saved decks in their place (losing it), or back up the database first.",
                "The database has {count} reviews in {decks} that {source} does not have; restore with --replace "
                "to put the saved decks in their place (losing them), or back up the database first.", lost)
        else:
            message = _("The cards of {decks} changed since {source} was saved (with no review since); restore with "
                        "--replace to put the saved decks in their place, or back up the database first.")
        raise QuizzerError(message.format(count=lost, decks=decks, source=source), paths=(source,))
    from quizzer.exchange.dump_exams import references, relink_exams, restore_exams

    before = references(session) if any(existing_id is not None for _deck, existing_id in plan) else None
    for deck, existing_id in plan:
        if existing_id is not None:
            session.execute(delete(_DECK).where(_DECK.c.id == existing_id))
            session.flush()
            replaced += 1
        else:
            created += 1
        _insert_deck(session, deck)
    session.flush()
    if before is not None:
        relink_exams(session, before)  # the exams already here keep naming their cards
    restore_exams(session, data.get("exams", []))  # after the decks: their questions name the cards
    counts = _counts(data)
    return DumpCounts(counts.decks, counts.notes, counts.cards, counts.reviews, unchanged, replaced, created,
                      cleaned.notes)
