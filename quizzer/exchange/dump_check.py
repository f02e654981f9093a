"""A dump checked before any of it is written (pure): a hand-edited or damaged file is
refused in one sentence that names what is wrong, instead of a traceback halfway
through (a ``null`` front, a date that is not one, notes that are not a list, a deck
with no name, which no command could name afterwards)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import JSON, Boolean, Column, Integer, String, Table

from quizzer.db.models import Card, Deck, Exam, ExamAnswer, Note, Review
from quizzer.db.types import Day, Instant
from quizzer.errors import QuizzerError
from quizzer.i18n import _
from quizzer.text import deck_name_fault, visible

__all__ = ["check_dump"]

_SKIP = frozenset({"id", "deck_id", "note_id", "card_id", "exam_id"})
_DECK: Table = Deck.__table__  # type: ignore[assignment]
_NOTE: Table = Note.__table__  # type: ignore[assignment]
_CARD: Table = Card.__table__  # type: ignore[assignment]
_REVIEW: Table = Review.__table__  # type: ignore[assignment]
_EXAM: Table = Exam.__table__  # type: ignore[assignment]
_ANSWER: Table = ExamAnswer.__table__  # type: ignore[assignment]


def _columns(table: Table) -> list[Column[Any]]:
    return [column for column in table.columns if column.name not in _SKIP]


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _fits(column: Column[Any], value: object) -> bool:
    """Can ``value``, as a dump writes it, be stored in ``column``?"""
    if value is None:
        return bool(column.nullable)
    kind = column.type
    if isinstance(kind, Instant):
        return _whole(value)
    if isinstance(kind, Day):
        if not isinstance(value, str):
            return False
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return False
        return True
    if isinstance(kind, Boolean):
        return isinstance(value, bool)
    if isinstance(kind, Integer):
        return _whole(value)
    if isinstance(kind, String):
        return isinstance(value, str)
    if isinstance(kind, JSON) and column.table is _NOTE:
        return isinstance(value, list) and all(isinstance(item, str) for item in value)
    return True


class _Damaged(Exception):
    def __init__(self, path: str, value: object) -> None:
        super().__init__(path)
        self.path, self.value = path, value


def _record(item: object, table: Table, path: str) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise _Damaged(path, item)
    for column in _columns(table):
        if column.name not in item:
            if column.nullable or column.default is not None:
                continue
            raise _Damaged(f"{path}.{column.name}", None)
        if not _fits(column, item[column.name]):
            raise _Damaged(f"{path}.{column.name}", item[column.name])
    return item


def _list(value: object, path: str) -> list[Any]:
    if not isinstance(value, list):
        raise _Damaged(path, value)
    return value


def _rows(rows: object, table: Table, path: str) -> None:
    """Rows written as lists of values in the order of ``table``'s columns (reviews, answers)."""
    columns = _columns(table)
    for n, row in enumerate(_list(rows, path)):
        if not isinstance(row, list) or len(row) != len(columns):
            raise _Damaged(f"{path}[{n}]", row)
        for m, (column, value) in enumerate(zip(columns, row, strict=True)):
            if not _fits(column, value):
                raise _Damaged(f"{path}[{n}][{m}]", value)


def _verdicts(rows: object, path: str) -> None:
    """A deck's check verdicts: ``[reason, kind, verdict]`` or ``[reason, kind, verdict, section]``
    (a section key, never empty: :mod:`quizzer.checking`), one a shape."""
    from quizzer.checking import section_key, section_of_key
    from quizzer.db.held import VERDICTS

    shapes: set[tuple[str, str, str]] = set()
    for n, row in enumerate(_list(rows, path)):
        if not (isinstance(row, list) and len(row) in (3, 4) and all(isinstance(value, str) for value in row)
                and row[2] in VERDICTS and (len(row) == 3 or section_key(section_of_key(row[3])) == row[3])
                and (row[0], row[1], row[3] if len(row) == 4 else "") not in shapes):
            raise _Damaged(f"{path}[{n}]", row)
        shapes.add((row[0], row[1], row[3] if len(row) == 4 else ""))


def _name_ok(name: str) -> bool:
    """A deck name a person can type and read (as ``--deck`` takes them)."""
    return deck_name_fault(name.strip()) is None


def _check(decks: object, exams: object) -> None:
    names: set[str] = set()
    for d, deck in enumerate(_list(decks, "decks")):
        path = f"decks[{d}]"
        deck = _record(deck, _DECK, path)
        if not _name_ok(deck["name"]) or deck["name"] in names:
            raise _Damaged(f"{path}.name", deck["name"])
        names.add(deck["name"])
        _verdicts(deck.get("shape_checks", []), f"{path}.shape_checks")
        keys: set[str] = set()
        for n, note in enumerate(_list(deck.get("notes"), f"{path}.notes")):
            note_path = f"{path}.notes[{n}]"
            note = _record(note, _NOTE, note_path)
            if note["key"] in keys:
                raise _Damaged(f"{note_path}.key", note["key"])
            keys.add(note["key"])
            ords: set[int] = set()
            for c, card in enumerate(_list(note.get("cards"), f"{note_path}.cards")):
                card_path = f"{note_path}.cards[{c}]"
                card = _record(card, _CARD, card_path)
                if card["ord"] in ords:
                    raise _Damaged(f"{card_path}.ord", card["ord"])
                ords.add(card["ord"])
                _rows(card.get("reviews", []), _REVIEW, f"{card_path}.reviews")
    for e, exam in enumerate(_list(exams, "exams")):
        exam = _record(exam, _EXAM, f"exams[{e}]")
        _rows(exam.get("answers", []), _ANSWER, f"exams[{e}].answers")


def check_dump(data: dict[str, Any], source: str) -> None:
    """Refuse ``data`` (a parsed dump) in one sentence if anything in it could not be stored."""
    try:
        _check(data.get("decks"), data.get("exams", []))
    except _Damaged as damaged:
        value = json.dumps(damaged.value, ensure_ascii=False, default=str)
        if len(value) > 60:
            value = value[:57] + "..."
        raise QuizzerError(_(
            "{source} is damaged: {value} at {path} is not what a quizzer dump holds there; nothing was restored."
        ).format(source=source, value=visible(value), path=damaged.path)) from None
