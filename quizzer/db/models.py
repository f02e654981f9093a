"""The ORM models: deck → note → card, and the append-only review log."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from quizzer.db.types import Day, Instant
from quizzer.sm2 import INITIAL_EF_CENTI

__all__ = ["Base", "BehindTally", "Card", "CardTally", "Deck", "ShapeCheck", "Exam", "ExamAnswer", "Meta", "NewNoteTally", "Note", "NoteTally", "Review", "ReviewTally",
           "CardStateTally", "IntervalTally", "EaseTally"]


class Base(DeclarativeBase):
    pass


class Meta(Base):
    """Small key/value facts about the database (e.g. built-in deck hashes)."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str]


class Deck(Base):
    __tablename__ = "deck"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    source: Mapped[str]
    builtin: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[dt.datetime] = mapped_column(Instant)

    notes: Mapped[list[Note]] = relationship(back_populates="deck", passive_deletes=True)


class Note(Base):
    """One fact from a document; ``key`` says what it is about and never changes."""

    __tablename__ = "note"
    __table_args__ = (
        UniqueConstraint("deck_id", "key"),
        # only retired notes: the counts take their cards off without a scan (schema 5)
        Index("ix_note_retired", "retired_at", "deck_id", sqlite_where=text("retired_at IS NOT NULL")),
        # a card's note retired? looked up by id among retired notes only: the queue reads no note row (schema 20)
        Index("ix_note_retired_id", "id", sqlite_where=text("retired_at IS NOT NULL")),
        # a deck's last written note in one step: what an import stamp checks (schema 8)
        Index("ix_note_deck_updated", "deck_id", "updated_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    deck_id: Mapped[int] = mapped_column(ForeignKey("deck.id", ondelete="CASCADE"))
    key: Mapped[str]
    kind: Mapped[str]
    front: Mapped[str]
    back: Mapped[str]
    command: Mapped[str | None]
    context: Mapped[str | None]
    answers: Mapped[list[str]] = mapped_column(JSON, default=list)
    section: Mapped[list[str]] = mapped_column(JSON, default=list)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    line: Mapped[int]
    position: Mapped[int | None]
    doc_order: Mapped[int]  # place in its document; new cards are shown in this order
    reason: Mapped[str | None]  # the rule that read it (schema 11; NULL: imported before)
    retired_at: Mapped[dt.datetime | None] = mapped_column(Instant)  # gone from the notes
    created_at: Mapped[dt.datetime] = mapped_column(Instant)
    updated_at: Mapped[dt.datetime] = mapped_column(Instant)

    deck: Mapped[Deck] = relationship(back_populates="notes")
    cards: Mapped[list[Card]] = relationship(back_populates="note", passive_deletes=True)


class Card(Base):
    """Something to recall: a note asked forward (ord 0) or in reverse (ord 1)."""

    __tablename__ = "card"
    __table_args__ = (
        UniqueConstraint("note_id", "ord"),
        # serves both queues: due reviews (deck, due ≤ today) and new cards (deck, due NULL, by rank)
        # in queue order: no sort (schema 5); with what the queue filters on, so the
        # queue reads no card row (schema 7)
        Index("ix_card_queue", "deck_id", "due", "new_rank", "ord", "suspended", "note_id"),
        # only the weak cards, in the order the stats list them (schema 9)
        Index("ix_card_lapsed", text("lapses DESC"), "ef_centi", sqlite_where=text("lapses > 0")),
        Index("ix_card_weak_ease", "ef_centi", text("lapses DESC"),
              sqlite_where=text("due IS NOT NULL AND ef_centi < 250")),
        # only the cards the check suspended (schema 11)
        Index("ix_card_held", "deck_id", "held", sqlite_where=text("held > 0")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("note.id", ondelete="CASCADE"), index=True)
    deck_id: Mapped[int] = mapped_column(ForeignKey("deck.id", ondelete="CASCADE"))
    ord: Mapped[int]
    new_rank: Mapped[int]
    reps: Mapped[int] = mapped_column(default=0)
    interval: Mapped[int] = mapped_column(default=0)
    ef_centi: Mapped[int] = mapped_column(default=INITIAL_EF_CENTI)
    due: Mapped[dt.date | None] = mapped_column(Day)
    suspended: Mapped[bool] = mapped_column(default=False)
    lapses: Mapped[int] = mapped_column(default=0)  # failed after it had been learned
    leech: Mapped[bool] = mapped_column(default=False)  # lapsed too often (schema 2)
    # schema 11: 0, or why the check suspended it: 1 its shape waits for a check, 2 held back
    # (quizzer.db.checks); a person's own suspend/unsuspend sets it to 0
    held: Mapped[int] = mapped_column(default=0, server_default=text("0"))
    # schema 16: when quizzer last changed the card's schedule without an answer (an exam's send-back;
    # before schema 17 also a suspension); None: never.  An answer's moment is its review row.  An Anki
    # import weighs the later of them against the package card's answers and mod (quizzer.exchange.anki_import)
    changed_at: Mapped[dt.datetime | None] = mapped_column(Instant)
    # schema 17: when the person last suspended or unsuspended the card here (its suspension's own time,
    # so a suspension here after an answer in Anki keeps the suspension and takes Anki's schedule); None: never
    suspended_at: Mapped[dt.datetime | None] = mapped_column(Instant)

    note: Mapped[Note] = relationship(back_populates="cards")


class Review(Base):
    """One grade given to one card; rows are only ever appended (undo removes the last).

    ``drill`` grades (a re-drill after a low grade, or a second grade the same
    day) are logged but changed nothing.  The card's state before the answer is
    kept so undo restores it exactly; the state after, for statistics.
    """

    __tablename__ = "review"
    __table_args__ = (
        Index("ix_review_day", "day"),  # today's answers, the stats of a day
        Index("ix_review_card_day", "card_id", "day"),  # a card's history; graded today?
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"))
    reviewed_at: Mapped[dt.datetime] = mapped_column(Instant)
    grade: Mapped[int]
    # schema 2
    day: Mapped[dt.date | None] = mapped_column(Day)  # the study day it counts for
    drill: Mapped[bool] = mapped_column(default=False)
    duration_ms: Mapped[int | None]
    prev_reps: Mapped[int | None]
    prev_interval: Mapped[int | None]
    prev_ef_centi: Mapped[int | None]
    prev_due: Mapped[dt.date | None] = mapped_column(Day)
    prev_lapses: Mapped[int | None]
    prev_suspended: Mapped[bool | None]
    prev_leech: Mapped[bool | None]
    interval: Mapped[int | None]
    ef_centi: Mapped[int | None]
    due: Mapped[dt.date | None] = mapped_column(Day)
    # schema 3: a typed answer, what the grader made of it, and the grade it suggested;
    # ``grade`` differs from ``suggested_grade`` when the person overrode it
    typed_answer: Mapped[str | None]
    typed_outcome: Mapped[str | None]  # "exact", "almost" or "wrong"
    suggested_grade: Mapped[int | None]

    @property
    def overridden(self) -> bool:
        return self.suggested_grade is not None and self.suggested_grade != self.grade


class Exam(Base):
    """One mock exam (schema 4): its questions as asked, so its report outlives the notes.

    ``ended`` is how it ended: ``finished``, ``time`` (the time ran out) or
    ``stopped``; None while it runs (or if the program was killed).
    """

    __tablename__ = "exam"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[dt.datetime] = mapped_column(Instant)
    finished_at: Mapped[dt.datetime | None] = mapped_column(Instant)
    ended: Mapped[str | None]
    time_limit_s: Mapped[int | None]
    seed: Mapped[int]
    decks: Mapped[list[str]] = mapped_column(JSON, default=list)
    questions: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    sent_back_at: Mapped[dt.datetime | None] = mapped_column(Instant)  # missed cards made due
    sent_back: Mapped[int | None]


class ExamAnswer(Base):
    """The answer to one question of an exam, saved as it is given (schema 4).

    ``typed`` is None for a question left unanswered when the exam ended;
    ``spent_ms`` is all the time the question was on screen; ``draft`` (schema 18) is what was
    typed to it and not submitted, stored when the person pauses or moves on, so a crash keeps it.
    """

    __tablename__ = "exam_answer"
    __table_args__ = (UniqueConstraint("exam_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    exam_id: Mapped[int] = mapped_column(ForeignKey("exam.id", ondelete="CASCADE"))
    position: Mapped[int]  # the question's place in the exam, from 0
    typed: Mapped[str | None]
    outcome: Mapped[str]  # exact, almost, wrong, unanswered
    explanation: Mapped[str | None]
    answered_at: Mapped[dt.datetime | None] = mapped_column(Instant)
    spent_ms: Mapped[int] = mapped_column(default=0)
    draft: Mapped[str | None]


# -- running counts (schema 6), kept by the triggers of quizzer.db.tally -----------------------


class CardTally(Base):
    """Unsuspended cards of a deck due on a day (``due`` an ordinal day; 0: new cards)."""

    __tablename__ = "card_tally"
    __table_args__ = {"sqlite_with_rowid": False}

    deck_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    due: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    cards: Mapped[int]


class NoteTally(Base):
    """The notes of a deck (retired ones too)."""

    __tablename__ = "note_tally"

    deck_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    notes: Mapped[int]


class NewNoteTally(Base):
    """The notes of a deck with an unsuspended new card (retired ones too)."""

    __tablename__ = "new_note_tally"

    deck_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    notes: Mapped[int]


class ReviewTally(Base):
    """A deck's answers on a study day, of one kind (``quizzer.db.review_tally``; schema 8)."""

    __tablename__ = "review_tally"
    __table_args__ = {"sqlite_with_rowid": False}

    deck_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    day: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)  # an ordinal study day
    kind: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)  # NEW, EARLY, YOUNG, MATURE, DRILL
    answers: Mapped[int]
    passed: Mapped[int]  # grade 3 or more
    ms: Mapped[int]  # time spent (answers with no duration: 0)
    grade_0: Mapped[int]
    grade_1: Mapped[int]
    grade_2: Mapped[int]
    grade_3: Mapped[int]
    grade_4: Mapped[int]
    grade_5: Mapped[int]


# -- cards by state, interval and ease (schema 9), kept by the triggers of quizzer.db.card_tally ----


class CardStateTally(Base):
    """A deck's cards in one state (NEW, LEARNING, REVIEW, SUSPENDED), leeches or not."""

    __tablename__ = "card_state_tally"
    __table_args__ = {"sqlite_with_rowid": False}

    deck_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    state: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    leech: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    cards: Mapped[int]


class IntervalTally(Base):
    """A deck's unsuspended answered cards with an interval (days)."""

    __tablename__ = "interval_tally"
    __table_args__ = {"sqlite_with_rowid": False}

    deck_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    interval: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    cards: Mapped[int]


class EaseTally(Base):
    """A deck's unsuspended answered cards with an EF (hundredths)."""

    __tablename__ = "ease_tally"
    __table_args__ = {"sqlite_with_rowid": False}

    deck_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    ef_centi: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    cards: Mapped[int]


# -- due cards waiting behind a sibling (schema 10), kept by the triggers of quizzer.db.sibling_tally ----


class SiblingTally(Base):
    """A deck's unsuspended answered cards due on a day that wait behind an earlier card of their note."""

    __tablename__ = "sibling_tally"
    __table_args__ = {"sqlite_with_rowid": False}

    deck_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    due: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)  # an ordinal day
    cards: Mapped[int]


# -- the person's verdict on each shape of card (schema 11), quizzer.db.checks ----------------------


class ShapeCheck(Base):
    """What a person decided about one shape (the rule that read a line, the kind of note
    and its section: quizzer.checking) in one deck: ``unchecked``, ``kept`` or ``held``.
    ``reason`` is '' for notes no rule names a reason for; ``section`` (schema 13) is
    quizzer.checking.section_key, or '' for a verdict given before schema 13: it holds
    in every section."""

    __tablename__ = "shape_check"
    __table_args__ = {"sqlite_with_rowid": False}

    deck_id: Mapped[int] = mapped_column(ForeignKey("deck.id", ondelete="CASCADE"), primary_key=True)
    reason: Mapped[str] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(primary_key=True)
    section: Mapped[str] = mapped_column(primary_key=True, default="", server_default="")
    verdict: Mapped[str]


# -- notes whose new cards wait behind a due card (schema 12), kept by the triggers of quizzer.db.behind_tally --


class BehindTally(Base):
    """A deck's notes with an unsuspended new card and an unsuspended answered card, at the day
    the first answered card is due (its new cards wait behind it from then on)."""

    __tablename__ = "behind_tally"
    __table_args__ = {"sqlite_with_rowid": False}

    deck_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    due: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)  # an ordinal day
    notes: Mapped[int]
