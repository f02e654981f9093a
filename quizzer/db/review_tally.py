"""Each deck's answers per study day, kept by SQLite itself (schema 8).

``quizzer stats`` counts answers per day, per grade, per kind, and the time
spent: read from the review log, that grows with every answer ever given (10M
answers: seconds).  Instead, triggers keep ``review_tally`` up to date in the
same transaction as every write to ``review`` (an answer, its undo, an import
with history, a restore), whoever writes, as :mod:`quizzer.db.tally` keeps the
deck counts.  One row per deck, study day and kind of answer:

- :data:`NEW`: a new card's first grade; :data:`EARLY`: a card answered before
  it was due; :data:`YOUNG` / :data:`MATURE`: a due card whose interval was
  under / at least :data:`MATURE_DAYS` days; :data:`DRILL`: a re-drill (a grade
  that changed nothing);
- its columns: the answers, those passed (grade 3 or more), each grade 0-5,
  and the milliseconds spent.

A review counts in its card's deck: a card moved to another deck takes its
answers along, and a card deleted takes them off (before its reviews go by
cascade, when the card can no longer be found).  Answers with no study day
(none since schema 2) are not counted.  :func:`recount` is the reference the
tests compare the running counts with, and what the upgrade to schema 8 runs.
"""

from __future__ import annotations

import sqlite3

__all__ = ["DRILL", "EARLY", "GRADES", "MATURE", "MATURE_DAYS", "NEW", "RECOUNT", "TRIGGERS", "YOUNG", "recount"]

NEW, EARLY, YOUNG, MATURE, DRILL = 0, 1, 2, 3, 4
#: An interval from which a card is mature (Anki's line); kept in the tally: changing it needs a recount.
MATURE_DAYS = 21
GRADES = range(6)

_COUNTS = ("answers", "passed", "ms", *(f"grade_{g}" for g in GRADES))


def _kind(row: str) -> str:
    return (f"CASE WHEN {row}.drill THEN {DRILL} WHEN {row}.prev_due IS NULL THEN {NEW} "
            f"WHEN {row}.prev_due > {row}.day THEN {EARLY} "
            f"WHEN {row}.prev_interval >= {MATURE_DAYS} THEN {MATURE} ELSE {YOUNG} END")


def _values(row: str, sign: str) -> str:
    """One review's counts (``sign``: "" to add it, "-" to take it off)."""
    grades = ", ".join(f"{sign}({row}.grade = {g})" for g in GRADES)
    return f"{sign}1, {sign}({row}.grade >= 3), {sign}coalesce({row}.duration_ms, 0), {grades}"


def _sums(sign: str) -> str:
    """A card's reviews' counts, summed (``sign`` as in :func:`_values`)."""
    grades = ", ".join(f"{sign}sum(review.grade = {g})" for g in GRADES)
    return (f"{sign}count(*), {sign}sum(review.grade >= 3), {sign}sum(coalesce(review.duration_ms, 0)), "
            f"{grades}")


_INTO = f"INSERT INTO review_tally (deck_id, day, kind, {', '.join(_COUNTS)}) "
_UPSERT = ("ON CONFLICT (deck_id, day, kind) DO UPDATE SET "
           + ", ".join(f"{c} = {c} + excluded.{c}" for c in _COUNTS) + ";")


def _one(row: str, sign: str) -> str:
    """Add (or take off) one review row, in its card's deck (none when the card is gone)."""
    return (_INTO + f"SELECT card.deck_id, {row}.day, {_kind(row)}, {_values(row, sign)} FROM card "
            f"WHERE card.id = {row}.card_id AND {row}.day IS NOT NULL " + _UPSERT)


def _drop_empty_one(row: str) -> str:
    return (f"DELETE FROM review_tally WHERE deck_id = (SELECT deck_id FROM card WHERE id = {row}.card_id) "
            f"AND day = {row}.day AND kind = {_kind(row)} AND answers = 0;")


def _card(deck: str, sign: str) -> str:
    """Add (or take off) every review of the card OLD in ``deck``, by day and kind."""
    return (_INTO + f"SELECT {deck}, review.day, {_kind('review')}, {_sums(sign)} FROM review "
            f"WHERE review.card_id = OLD.id AND review.day IS NOT NULL GROUP BY review.day, 3 " + _UPSERT)


def _drop_empty_card(deck: str) -> str:
    return (f"DELETE FROM review_tally WHERE deck_id = {deck} AND answers = 0 "
            "AND day IN (SELECT day FROM review WHERE card_id = OLD.id);")


_REVIEW_FIELDS = "card_id, day, drill, grade, duration_ms, prev_due, prev_interval"

TRIGGERS = (
    "CREATE TRIGGER tally_review_insert AFTER INSERT ON review BEGIN " + _one("NEW", "") + " END",
    # an undo; when the card itself is deleted its reviews were taken off before (below)
    "CREATE TRIGGER tally_review_delete AFTER DELETE ON review BEGIN "
    + _one("OLD", "-") + " " + _drop_empty_one("OLD") + " END",
    f"CREATE TRIGGER tally_review_update AFTER UPDATE OF {_REVIEW_FIELDS} ON review BEGIN "
    + _one("OLD", "-") + " " + _drop_empty_one("OLD") + " " + _one("NEW", "") + " END",
    # before: once the card is gone, its reviews (deleted by cascade) cannot name their deck
    "CREATE TRIGGER tally_review_card_delete BEFORE DELETE ON card BEGIN "
    + _card("OLD.deck_id", "-") + " " + _drop_empty_card("OLD.deck_id") + " END",
    "CREATE TRIGGER tally_review_card_move AFTER UPDATE OF deck_id ON card "
    "WHEN OLD.deck_id IS NOT NEW.deck_id BEGIN "
    + _card("OLD.deck_id", "-") + " " + _drop_empty_card("OLD.deck_id") + " " + _card("NEW.deck_id", "") + " END",
)  # a deck deleted: its cards go by cascade, each taking its answers off

#: The tally from scratch (the upgrade to schema 8, and the tests' reference).
RECOUNT = (
    "DELETE FROM review_tally",
    _INTO + f"SELECT card.deck_id, review.day, {_kind('review')}, {_sums('')} "
    "FROM review JOIN card ON card.id = review.card_id WHERE review.day IS NOT NULL "
    "GROUP BY card.deck_id, review.day, 3",
)


def recount(connection: sqlite3.Connection) -> None:
    """Count every deck's answers again from the review log (in the caller's transaction)."""
    for statement in RECOUNT:
        connection.execute(statement)
