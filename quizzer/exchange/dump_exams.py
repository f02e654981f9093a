"""Exam results in the JSON dump: each exam with its answers.

An exam's questions name the notes and cards they asked by database id; in
the dump those ids become ``[deck, key]`` and ``[deck, key, ord]`` (what the
ids stand for in any database) and turn back into ids on restore.  An exam is
dumped when every deck it covered is in the dump; it is restored once (an
exam with the same start and seed is already there).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Column, Table, insert, select
from sqlalchemy.orm import Session

from quizzer.db.models import Card, Deck, Exam, ExamAnswer, Note

__all__ = ["EXAM_COLUMNS", "References", "dump_exams", "references", "relink_exams", "restore_exams"]

_EXAM: Table = Exam.__table__  # type: ignore[assignment]
_ANSWER: Table = ExamAnswer.__table__  # type: ignore[assignment]
_SKIP = frozenset({"id", "exam_id"})


def _columns(table: Table) -> list[Column[Any]]:
    return [column for column in table.columns if column.name not in _SKIP]


EXAM_COLUMNS = {"exams": [c.name for c in _columns(_EXAM)], "exam_answers": [c.name for c in _columns(_ANSWER)]}


References = tuple[dict[int, list[Any]], dict[int, list[Any]]]  # note id → [deck, key]; card id → [deck, key, ord]


def references(session: Session) -> References:
    """What each note and card id stands for in any database."""
    return _references(session)


def _references(session: Session) -> References:
    notes: dict[int, list[Any]] = {}
    cards: dict[int, list[Any]] = {}
    rows = session.execute(
        select(Card.id, Card.ord, Note.id, Note.key, Deck.name).join(Note, Note.id == Card.note_id)
        .join(Deck, Deck.id == Note.deck_id)
    )
    for card_id, ord_, note_id, key, deck in rows:
        notes[note_id] = [deck, key]
        cards[card_id] = [deck, key, ord_]
    return notes, cards


def _map_questions(questions: list[dict[str, Any]], notes: dict[Any, Any], cards: dict[Any, Any]) -> list[dict[str, Any]]:
    def mapped(question: dict[str, Any]) -> dict[str, Any]:
        out = dict(question)
        if "note_ids" in out:
            out["note_ids"] = [notes[i] for i in (_hashable(v) for v in out["note_ids"]) if i in notes]
        if "card_ids" in out:
            out["card_ids"] = [cards[i] for i in (_hashable(v) for v in out["card_ids"]) if i in cards]
        return out

    return [mapped(question) for question in questions]


def _hashable(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def dump_exams(session: Session, deck_names: Iterable[str], *, every_deck: bool,
               touching: bool = False) -> list[dict[str, Any]]:
    """The exams on these decks (every deck they covered is one of them); ``touching``: also those that
    covered one of them beside others (the backup of a deleted deck: the exam on every deck names
    its cards too, and restoring the backup relinks them)."""
    from quizzer.exchange.dump import _convert, _converters, _raw

    names = set(deck_names)
    notes, cards = _references(session)
    exam_columns, answer_columns = _columns(_EXAM), _columns(_ANSWER)
    answers: dict[int, list[list[Any]]] = {}
    for exam_id, *values in session.execute(
        select(_ANSWER.c.exam_id, *_raw(answer_columns)).order_by(_ANSWER.c.exam_id, _ANSWER.c.position)
    ):
        answers.setdefault(exam_id, []).append(_convert(_converters(answer_columns), values))
    out = []
    for exam_id, *values in session.execute(
        select(_EXAM.c.id, *_raw(exam_columns)).order_by(_EXAM.c.started_at, _EXAM.c.id)
    ):
        exam = dict(zip((c.name for c in exam_columns), _convert(_converters(exam_columns), values), strict=True))
        covered = set(exam.get("decks") or ())
        if not (covered <= names or (touching and bool(covered & names)) if covered else every_deck):
            continue
        exam["questions"] = _map_questions(exam.get("questions") or [], notes, cards)
        exam["answers"] = answers.get(exam_id, [])
        out.append(exam)
    return out


def restore_exams(session: Session, exams: list[dict[str, Any]]) -> int:
    """Add the dump's exams not yet here; returns how many were added."""
    from quizzer.exchange.dump import _in

    notes, cards = _references(session)
    note_ids = {tuple(ref): note_id for note_id, ref in notes.items()}
    card_ids = {tuple(ref): card_id for card_id, ref in cards.items()}
    exam_columns, answer_columns = _columns(_EXAM), _columns(_ANSWER)
    present = {(at, seed): (exam_id, questions) for exam_id, at, seed, questions
               in session.execute(select(_EXAM.c.id, _EXAM.c.started_at, _EXAM.c.seed, _EXAM.c.questions))}
    added = 0
    for exam in exams:
        values = {c.name: _in(c, exam[c.name]) for c in exam_columns if c.name in exam}
        here = present.get((values["started_at"], values["seed"]))
        if here is not None:
            _relink_from_dump(session, *here, exam.get("questions") or [], note_ids, card_ids)
            continue
        values["questions"] = _map_questions(exam.get("questions") or [], note_ids, card_ids)
        exam_id = session.execute(insert(_EXAM).values(values).returning(_EXAM.c.id)).scalar_one()
        rows = [
            {**{c.name: _in(c, v) for c, v in zip(answer_columns, row, strict=True)}, "exam_id": exam_id}
            for row in exam.get("answers", [])
        ]
        if rows:
            session.execute(insert(_ANSWER), rows)
        added += 1
    return added


def _relink_from_dump(session: Session, exam_id: int, questions: list[dict[str, Any]] | None,
                      saved: list[dict[str, Any]], note_ids: dict[Any, int], card_ids: dict[Any, int]) -> None:
    """An exam already here, restored again with its deck: a deck deleted (``quizzer delete``) and
    brought back by its backup has new ids, and the exam, kept meanwhile, still named the old ones
    (gone, or reused by another deck's cards). Each question whose notes and cards the dump names
    and finds again names them by their ids now; any other is left as it is."""
    from sqlalchemy import update

    questions = questions or []
    if len(saved) != len(questions):
        return
    relinked = []
    for question, kept in zip(questions, saved, strict=True):
        out = dict(question)
        for field, ids in (("note_ids", note_ids), ("card_ids", card_ids)):
            refs = [_hashable(ref) for ref in kept.get(field) or ()]
            if field in out and refs and all(isinstance(ref, tuple) and ref in ids for ref in refs):
                out[field] = [ids[ref] for ref in refs]
        relinked.append(out)
    if relinked != questions:
        session.execute(update(_EXAM).where(_EXAM.c.id == exam_id).values(questions=relinked))


def relink_exams(session: Session, before: References) -> None:
    """After decks were put in place again (new ids), the exams already here name
    their notes and cards by the new ids (``before``: the references before)."""
    from sqlalchemy import update

    notes_now, cards_now = _references(session)
    note_ids = {tuple(ref): note_id for note_id, ref in notes_now.items()}
    card_ids = {tuple(ref): card_id for card_id, ref in cards_now.items()}
    old_notes = {i: note_ids.get(tuple(ref)) for i, ref in before[0].items()}
    old_cards = {i: card_ids.get(tuple(ref)) for i, ref in before[1].items()}

    def moved(ids: list[Any], old: dict[int, int | None]) -> list[Any]:
        return [old[i] if i in old else i for i in ids if i not in old or old[i] is not None]

    for exam_id, questions in session.execute(select(_EXAM.c.id, _EXAM.c.questions)).all():
        relinked = []
        for question in questions or []:
            out = dict(question)
            if "note_ids" in out:
                out["note_ids"] = moved(out["note_ids"], old_notes)
            if "card_ids" in out:
                out["card_ids"] = moved(out["card_ids"], old_cards)
            relinked.append(out)
        if relinked != (questions or []):
            session.execute(update(_EXAM).where(_EXAM.c.id == exam_id).values(questions=relinked))
