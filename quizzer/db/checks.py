"""The check before learning, stored: each deck's verdict on each shape, and the
cards the check suspended.

A shape is the rule that read a line (the note's ``reason``), the kind of
note and the section (its first headings: :func:`quizzer.checking.section_key`).
A deck's verdict on a shape (table ``shape_check``) is ``unchecked``, ``kept``
or ``held``; one stored before schema 13 has no section
(:data:`~quizzer.checking.ANY_SECTION`) and holds in every section.  The
functions below take ``section=ANY_SECTION`` to decide a rule and kind in every
section at once.  The cards of a note
whose shape waits for a check, or was held back, are suspended (so review,
counts and tallies leave them out) and say why in ``card.held``: :data:`WAITING`
or :data:`HELD` (a card the person held one by one in a kept shape, too).  A
person's own ``suspend``/``unsuspend`` sets it to 0, so the check never
unsuspends what a person suspended, nor the other way round.

The functions take the caller's session and never commit (``quizzer check``
commits after every decision).  What an import writes is in
:mod:`quizzer.db.check_import`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from quizzer.checking import ANY_SECTION, FROM_HEADING, SECTION_DEPTH, joined, section_key, section_of_key, shape_section
from quizzer.db.held import HELD, HELD_BACK, KEPT, UNCHECKED, VERDICTS, WAITING
from quizzer.text import nfc

__all__ = [
    "HELD", "HELD_BACK", "KEPT", "UNCHECKED", "VERDICTS", "WAITING", "Waiting", "WaitingCard",
    "decide_cards", "hold", "joined_shapes", "keep", "keep_cards", "verdict", "waiting",
]


@dataclass(frozen=True, slots=True)
class WaitingCard:
    """A card the check suspended, with its note's text (a reverse card shows its note's
    front and back too: what is checked is how the line was read)."""

    card_id: int
    note_id: int
    front: str
    back: str
    line: int
    written: str = ""  # the note's line as written in its document (filled where the document is read)
    section: str = ANY_SECTION  # the section of its shape (quizzer.checking.section_key)


@dataclass(frozen=True, slots=True)
class Waiting:
    """One shape of one deck waiting for a check (or held back)."""

    deck: str
    source: str
    reason: str | None
    kind: str
    cards: tuple[WaitingCard, ...]  # in document order (a note's cards side by side)
    section: str = ANY_SECTION  # quizzer.checking.section_key of its notes' headings
    changed: bool = False  # its document changed or is gone since the import (lines as written not shown)

    @property
    def headings(self) -> tuple[str, ...]:
        """The headings the shape's notes are under (its section), outermost first."""
        return section_of_key(self.section)

    @property
    def sections(self) -> tuple[str, ...]:
        """The sections of its cards, in order: one, or more for shapes asked about together
        (:func:`joined_shapes`)."""
        return tuple(dict.fromkeys(card.section or self.section for card in self.cards)) or (self.section,)


def joined_shapes(shapes: Sequence[Waiting]) -> list[Waiting]:
    """The shapes as ``quizzer check`` asks about them: small shapes of one rule and kind in one
    document's sections, together within :data:`~quizzer.checking.SAMPLES` notes, are one
    question (every note of it shown, as apart); each keeps its own verdict when stored."""
    out = []
    for run in joined(shapes, key=lambda shape: (shape.deck, shape.reason, shape.kind),
                      size=lambda shape: len({card.note_id for card in shape.cards})):
        first = run[0]
        out.append(first if len(run) == 1 else replace(first, cards=tuple(card for shape in run for card in shape.cards)))
    return out


_WAITING = """
SELECT deck.name, deck.source, note.reason, note.kind, card.id, note.id, note.front, note.back, note.line, note.section
FROM card INDEXED BY ix_card_held
JOIN note ON note.id = card.note_id
JOIN deck ON deck.id = card.deck_id
WHERE card.held = {state} AND card.held > 0 AND note.retired_at IS NULL {decks}
ORDER BY deck.name, note.doc_order, card.ord
"""


def waiting(session: Session, decks: Sequence[str] | None = None, *, held: bool = False) -> list[Waiting]:
    """The shapes waiting for a check (``held``: those held back, and kept shapes' cards held
    one by one), decks in name order, shapes in document order (of their first card).
    ``decks``: only these (names as typed; NFC)."""
    statement = text(_WAITING.format(state=HELD if held else WAITING,
                                     decks="AND deck.name IN :decks" if decks is not None else ""))
    params: dict[str, object] = {}
    if decks is not None:
        statement = statement.bindparams(bindparam("decks", expanding=True))
        params["decks"] = [nfc(name) for name in decks]
    found: dict[tuple[str, str | None, str, str], tuple[str, list[WaitingCard]]] = {}
    keys: dict[tuple[str, bool], str] = {}  # a note's section as stored → its shape's (many notes share one)
    for deck, source, reason, kind, card_id, note_id, front, back, line, section in session.execute(statement, params):
        cached = (section, reason in FROM_HEADING)
        key = keys.get(cached)
        if key is None:
            key = keys[cached] = section_key(shape_section(reason, section_of_key(section)))
        shape = (deck, reason or None, kind, key)
        if shape not in found:
            found[shape] = (source, [])
        found[shape][1].append(WaitingCard(card_id, note_id, front, back, line, section=key))
    return [Waiting(deck, source, reason, kind, tuple(cards), key)
            for (deck, reason, kind, key), (source, cards) in found.items()]


def _deck_id(session: Session, deck: str) -> int:
    from quizzer.db.lite import db_option_of
    from quizzer.errors import no_such_deck

    found = session.execute(text("SELECT id FROM deck WHERE name = :name"), {"name": nfc(deck)}).scalar()
    if found is None:
        raise no_such_deck(deck, list(session.execute(text("SELECT name FROM deck ORDER BY name")).scalars()),
                           db_option_of(session))
    return int(found)


def _set_verdict(session: Session, deck_id: int, reason: str | None, kind: str, section: str, value: str) -> None:
    """Store the verdict; on :data:`ANY_SECTION`, it replaces those of each section."""
    params = {"deck": deck_id, "reason": reason or "", "kind": kind, "section": section, "verdict": value}
    if section == ANY_SECTION:
        session.execute(text("DELETE FROM shape_check WHERE deck_id = :deck AND reason = :reason AND kind = :kind "
                             "AND section != :section"), params)
    session.execute(
        text("INSERT INTO shape_check (deck_id, reason, kind, section, verdict) "
             "VALUES (:deck, :reason, :kind, :section, :verdict) "
             "ON CONFLICT (deck_id, reason, kind, section) DO UPDATE SET verdict = excluded.verdict"), params)


def verdict(session: Session, deck: str, reason: str | None, kind: str, section: str = ANY_SECTION) -> str | None:
    """The deck's verdict on a shape (None: never seen by a check): its own, else the one its
    rule and kind got before sections were part of a shape (schema 13)."""
    found = session.execute(
        text("SELECT verdict FROM shape_check WHERE deck_id = :deck AND reason = :reason AND kind = :kind "
             "AND section IN (:section, :any) ORDER BY section = :any"),
        {"deck": _deck_id(session, deck), "reason": reason or "", "kind": kind, "section": section, "any": ANY_SECTION},
    ).scalar()
    return None if found is None else str(found)


# the shape's cards the check suspended (retired notes' too: they come back as the verdict says) …
_OF_SHAPE = ("deck_id = :deck AND held > 0 AND note_id IN "
             "(SELECT id FROM note WHERE deck_id = :deck AND coalesce(reason, '') = :reason AND kind = :kind{section})")
# … in one section: the note's first headings are the section's (a heading it lacks: NULL); a note a rule
# read from its heading is in the section that heading sits in (quizzer.checking.shape_section): its
# section's last heading is not one of its shape's
_FROM_HEADING = "(" + ", ".join("'" + reason.replace("'", "''") + "'" for reason in sorted(FROM_HEADING)) + ")"
_IN_SECTION = "".join(
    f" AND (CASE WHEN coalesce(reason, '') IN {_FROM_HEADING} AND json_array_length(section) <= {i + 1} THEN NULL "
    f"ELSE json_extract(section, '$[{i}]') END) IS :h{i}" for i in range(SECTION_DEPTH))


def _of_shape(params: dict[str, object], *, live: bool = False) -> str:
    """The cards of :data:`_OF_SHAPE` for these parameters (``live``: of live notes only,
    those a person can see: what the functions count)."""
    where = (_IN_SECTION if params["section"] != ANY_SECTION else "") + (" AND retired_at IS NULL" if live else "")
    return _OF_SHAPE.format(section=where)


def _shape(session: Session, deck: str, reason: str | None, kind: str, section: str, value: str) -> dict[str, object]:
    """The shape's parameters for :func:`_of_shape`, its verdict set to ``value``."""
    deck_id = _deck_id(session, deck)
    _set_verdict(session, deck_id, reason, kind, section, value)
    headings = section_of_key(section)
    return {"deck": deck_id, "reason": reason or "", "kind": kind, "section": section,
            **{f"h{i}": headings[i] if i < len(headings) else None for i in range(SECTION_DEPTH)}}


def _live(session: Session, params: dict[str, object], ids: Sequence[int] | None = None, *, among: bool = True) -> int:
    """How many of the shape's cards the check suspended are of live notes (``ids``: only
    those listed, or with ``among=False`` only those not listed)."""
    sql = f"SELECT count(*) FROM card WHERE {_of_shape(params, live=True)}"
    if ids is None:
        return int(session.execute(text(sql), params).scalar_one())
    if not ids:
        return 0 if among else _live(session, params)
    statement = text(sql + (" AND id IN :ids" if among else " AND id NOT IN :ids")).bindparams(
        bindparam("ids", expanding=True))
    return int(session.execute(statement, {**params, "ids": list(ids)}).scalar_one())


def keep(session: Session, deck: str, reason: str | None, kind: str, section: str = ANY_SECTION, *,
         waiting_only: bool = False) -> int:
    """The shape is kept: every card the check suspended in it is unsuspended; how many
    (of live notes: a retired note's card comes back unsuspended if its note does).
    ``waiting_only``: only the cards waiting for a check (those held back one by one stay held)."""
    shape = _shape(session, deck, reason, kind, section, KEPT)
    where = _of_shape(shape) + (f" AND held = {WAITING}" if waiting_only else "")
    count = int(session.execute(text(f"SELECT count(*) FROM card WHERE {where} AND note_id IN "
                                     "(SELECT id FROM note WHERE retired_at IS NULL)"), shape).scalar_one())
    session.execute(text(f"UPDATE card SET suspended = 0, held = 0 WHERE {where}"), shape)
    return count


def decide_cards(session: Session, *, kept: Iterable[int] = (), held: Iterable[int] = ()) -> None:
    """One by one, before the shape's last note: the cards ``kept`` go to review, those ``held``
    stay out, held back; the shape's verdict and its other cards are not touched.  Only
    cards the check suspended change (a person's own suspension stays)."""
    for ids, update in ((sorted(set(kept)), "suspended = 0, held = 0"), (sorted(set(held)), f"held = {HELD}")):
        if ids:
            statement = text(f"UPDATE card SET {update} WHERE held > 0 AND id IN :ids").bindparams(
                bindparam("ids", expanding=True))
            session.execute(statement, {"ids": ids})


def hold(session: Session, deck: str, reason: str | None, kind: str, section: str = ANY_SECTION) -> int:
    """The shape is held back: its cards stay suspended by the check (and its new cards
    will be); how many of its cards (of live notes) are held."""
    shape = _shape(session, deck, reason, kind, section, HELD_BACK)
    count = _live(session, shape)
    session.execute(text(f"UPDATE card SET held = {HELD} WHERE {_of_shape(shape)}"), shape)
    return count


def keep_cards(session: Session, deck: str, reason: str | None, kind: str, kept: Iterable[int],
               section: str = ANY_SECTION) -> tuple[int, int]:
    """One by one: the shape is kept; the cards ``kept`` are unsuspended, its other cards
    the check suspended stay suspended, held back.  (cards unsuspended, cards held), of live notes."""
    shape = _shape(session, deck, reason, kind, section, KEPT)
    ids = sorted(set(kept))
    released, held = _live(session, shape, ids), _live(session, shape, ids, among=False)
    if ids:
        statement = text(f"UPDATE card SET suspended = 0, held = 0 WHERE {_of_shape(shape)} AND id IN :ids").bindparams(
            bindparam("ids", expanding=True))
        session.execute(statement, {**shape, "ids": ids})
    session.execute(text(f"UPDATE card SET held = {HELD} WHERE {_of_shape(shape)}"), shape)
    return released, held
