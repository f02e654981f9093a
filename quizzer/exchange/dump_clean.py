"""A quizzer dump's text as quizzer stores it (pure): no escape sequence or control character.

A dump is JSON anyone can edit, or one written by another program; its text goes into the
database through :func:`quizzer.text.strip_controls`, the rule every document line and Anki field
goes through too.  Only the text columns are walked (a card's numbers and a review's integers are
passed over), and nothing of the dump given is changed: the cleaned parts are new.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, String, Table

from quizzer.db.models import Card, Deck, Note, Review
from quizzer.text import strip_controls

__all__ = ["Cleaned", "without_controls"]

_DECK: Table = Deck.__table__  # type: ignore[assignment]
_NOTE: Table = Note.__table__  # type: ignore[assignment]
_CARD: Table = Card.__table__  # type: ignore[assignment]
_REVIEW: Table = Review.__table__  # type: ignore[assignment]
_LINKS = frozenset({"id", "deck_id", "note_id", "card_id"})


def _text_columns(table: Table) -> tuple[str, ...]:
    return tuple(c.name for c in table.columns if isinstance(c.type, (String, JSON)) and c.name not in _LINKS)


#: a deck's name is left as it is: one with controls is refused (:mod:`quizzer.exchange.dump_check`), as ``--deck`` refuses it
_DECK_TEXT = tuple(name for name in _text_columns(_DECK) if name != "name")
_NOTE_TEXT, _CARD_TEXT = _text_columns(_NOTE), _text_columns(_CARD)
#: where a review row (a list of the review's columns, ids left out, as the dump writes them) holds text
_REVIEW_TEXT = tuple(
    n for n, c in enumerate(c for c in _REVIEW.columns if c.name not in _LINKS) if isinstance(c.type, (String, JSON))
)


def _clean(value: Any) -> Any:
    """Every string in ``value`` (a string, or JSON lists and objects of them) without controls."""
    if isinstance(value, str):
        return strip_controls(value)
    if isinstance(value, list):
        return [_clean(item) for item in value]
    if isinstance(value, dict):
        return {key: _clean(item) for key, item in value.items()}
    return value


def _record(item: Any, columns: tuple[str, ...]) -> Any:
    if not isinstance(item, dict):
        return item  # not a record: the dump's check says so
    return {**item, **{name: _clean(item[name]) for name in columns if name in item}}


def _review(row: Any) -> Any:
    if not isinstance(row, list) or not any(isinstance(row[n], str) for n in _REVIEW_TEXT if n < len(row)):
        return row
    return [_clean(value) if n in _REVIEW_TEXT else value for n, value in enumerate(row)]


def _card(card: Any) -> Any:
    card = _record(card, _CARD_TEXT)
    if isinstance(card, dict) and isinstance(card.get("reviews"), list):
        card = {**card, "reviews": [_review(row) for row in card["reviews"]]}
    return card


@dataclass(frozen=True, slots=True)
class Cleaned:
    """:func:`without_controls`'s answer: the dump as stored, and how many of its notes held controls."""

    data: dict[str, Any]
    notes: int


def without_controls(data: dict[str, Any]) -> Cleaned:
    """``data`` (a parsed dump) with every escape sequence and control character taken out of its text:
    decks' sources, notes' text, typed answers, exams."""
    changed = 0
    decks = data.get("decks")
    if isinstance(decks, list):
        cleaned = []
        for deck in decks:
            deck = _record(deck, _DECK_TEXT)
            if isinstance(deck, dict) and isinstance(deck.get("notes"), list):
                notes = []
                for note in deck["notes"]:
                    clean = _record(note, _NOTE_TEXT)
                    if isinstance(clean, dict) and isinstance(clean.get("cards"), list):
                        clean = {**clean, "cards": [_card(card) for card in clean["cards"]]}
                    changed += clean != note
                    notes.append(clean)
                deck = {**deck, "notes": notes}
            cleaned.append(deck)
        data = {**data, "decks": cleaned}
    if isinstance(data.get("exams"), list):
        data = {**data, "exams": _clean(data["exams"])}
    return Cleaned(data, changed)
