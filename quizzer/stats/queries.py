"""The statistics' questions to the database, each one aggregating statement.

Every statement groups or counts in SQLite and returns a few rows (one per
study day, per grade, per interval, per deck …).  The answers are counted from
the running tallies, not the review log: ``review_tally`` (answers per deck,
study day and kind, schema 8) and ``card_tally`` (cards per deck and due day,
schema 6), kept by triggers; only the weak sections read review rows, those of
the period asked, found through ``ix_review_day``.  Days are stored as ordinals
(``quizzer.db.types.Day``).  The statements take the caller's transaction (a
SQLAlchemy session or a sqlite3 connection) and change nothing.

``Scope`` is the decks asked about (None: every deck).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from quizzer.db.lite import raw_connection
from quizzer.db.card_tally import LEARNING, REVIEW, SUSPENDED, state_sql
from quizzer.db.card_tally import NEW as NEW_CARD
from quizzer.db.review_tally import DRILL, EARLY, GRADES, MATURE, NEW, YOUNG
from quizzer.db.sibling_tally import answered_notes, first, waiting
from quizzer.stats.compute import WeakCard

__all__ = [
    "STATEMENTS",
    "DeckStates",
    "PeriodRow",
    "RetentionRow",
    "Scope",
    "SectionRow",
    "answers_by_day",
    "deck_states",
    "due_by_day",
    "ease_counts",
    "held_by_day",
    "interval_counts",
    "period_rows",
    "retention_rows",
    "today_rows",
    "weak_cards",
    "weak_sections",
]


@dataclass(frozen=True, slots=True)
class Scope:
    """The decks asked about: ``deck_ids`` None means every deck."""

    deck_ids: tuple[int, ...] | None = None

    def tally(self, table: str = "card_tally") -> tuple[str, list[object]]:
        """A condition on a running count's ``table`` and its parameters."""
        if self.deck_ids is None:
            return "1", []
        return f"{table}.deck_id IN (SELECT value FROM json_each(?))", [json.dumps(self.deck_ids)]

    def cards(self) -> tuple[str, list[object]]:
        """A condition on ``card`` and its parameters."""
        if self.deck_ids is None:
            return "1", []
        return "card.deck_id IN (SELECT value FROM json_each(?))", [json.dumps(self.deck_ids)]


def _day(value: int | None) -> dt.date | None:
    return None if value is None else dt.date.fromordinal(value)


# -- the answers: the running tally of quizzer.db.review_tally (schema 8), not the log ---------

_TALLY = "FROM review_tally WHERE {where}"
_BY_DAY = "SELECT day, sum(answers) " + _TALLY + " GROUP BY day HAVING sum(answers) > 0 ORDER BY day"


def answers_by_day(handle: object, scope: Scope) -> list[tuple[dt.date, int]]:
    """Answers (drills too) per study day, every day that has any, oldest first."""
    where, params = scope.tally("review_tally")
    sql = _BY_DAY.format(where=where)
    return [(dt.date.fromordinal(day), int(n)) for day, n in raw_connection(handle).execute(sql, params)]


_TODAY = (
    f"SELECT coalesce(sum(CASE WHEN kind = {NEW} THEN answers END), 0), "
    f"coalesce(sum(CASE WHEN kind IN ({EARLY}, {YOUNG}, {MATURE}) THEN answers END), 0), "
    f"coalesce(sum(CASE WHEN kind = {DRILL} THEN answers END), 0), coalesce(sum(ms), 0) "
    + _TALLY + " AND day = ?"
)


def today_rows(handle: object, scope: Scope, today: dt.date) -> tuple[int, int, int, int]:
    """Today's answers: (new cards, reviews, re-drills, milliseconds spent)."""
    where, params = scope.tally("review_tally")
    row = raw_connection(handle).execute(_TODAY.format(where=where), [*params, today.toordinal()]).fetchone()
    return int(row[0]), int(row[1]), int(row[2]), int(row[3])


@dataclass(frozen=True, slots=True)
class PeriodRow:
    """Answers over a period: all of them, the time spent, and each grade (0-5) of
    those that reached the scheduler (re-drills left out)."""

    answers: int
    ms: int
    grades: tuple[int, ...]


_GRADE_SUMS = ", ".join(f"coalesce(sum(CASE WHEN kind <> {DRILL} THEN grade_{g} END), 0)" for g in GRADES)
_PERIOD = "SELECT coalesce(sum(answers), 0), coalesce(sum(ms), 0), " + _GRADE_SUMS + " " + _TALLY + \
    " AND day BETWEEN ? AND ?"


def period_rows(handle: object, scope: Scope, first: dt.date, last: dt.date) -> PeriodRow:
    """Answers from ``first`` to ``last`` (study days, both included)."""
    where, params = scope.tally("review_tally")
    answers, ms, *grades = raw_connection(handle).execute(
        _PERIOD.format(where=where), [*params, first.toordinal(), last.toordinal()]).fetchone()
    return PeriodRow(int(answers), int(ms), tuple(int(g) for g in grades))


@dataclass(frozen=True, slots=True)
class RetentionRow:
    """Reviews of due cards over the last 7, 30 and 365 days, young or mature: (passed, total) each."""

    mature: bool
    week: tuple[int, int]
    month: tuple[int, int]
    year: tuple[int, int]


#: A grade that reached the scheduler, given to a card that had been learned and was due.
_WAS_DUE = "review.drill = 0 AND review.prev_due IS NOT NULL AND review.prev_due <= review.day"

_RETENTION = (
    f"SELECT kind = {MATURE} AS mature, "
    "coalesce(sum(CASE WHEN day > ? THEN passed END), 0), coalesce(sum(CASE WHEN day > ? THEN answers END), 0), "
    "coalesce(sum(CASE WHEN day > ? THEN passed END), 0), coalesce(sum(CASE WHEN day > ? THEN answers END), 0), "
    "coalesce(sum(passed), 0), coalesce(sum(answers), 0) "
    + _TALLY + f" AND kind IN ({YOUNG}, {MATURE}) AND day > ? AND day <= ? GROUP BY mature"
)


def retention_rows(handle: object, scope: Scope, today: dt.date) -> list[RetentionRow]:
    """Passing grades (3 or more) on due cards, young (interval under
    :data:`quizzer.db.review_tally.MATURE_DAYS` days) and mature."""
    where, params = scope.tally("review_tally")
    sql = _RETENTION.format(where=where)
    t = today.toordinal()
    # the parameters in the order they appear: the select list, then the deck filter, then the rest
    rows = raw_connection(handle).execute(sql, [t - 7, t - 7, t - 30, t - 30, *params, t - 365, t])
    return [RetentionRow(bool(m), (int(a), int(b)), (int(c), int(d)), (int(e), int(f)))
            for m, a, b, c, d, e, f in rows]


# -- the cards ---------------------------------------------------------------------------

# From the running counts (quizzer.db.tally: unsuspended cards by deck and due day), less
# the cards of retired notes (few, through ix_note_retired): no card is read but those.
_DUE_BY_DAY = (
    "SELECT due, sum(n) FROM ("
    "SELECT card_tally.due AS due, card_tally.cards AS n FROM card_tally "
    "WHERE {tally} AND card_tally.due BETWEEN 1 AND ? "
    "UNION ALL SELECT card.due, -1 FROM note INDEXED BY ix_note_retired JOIN card ON card.note_id = note.id "
    "WHERE note.retired_at IS NOT NULL AND {where} AND card.suspended = 0 AND card.due <= ?"
    ") GROUP BY due HAVING sum(n) > 0 ORDER BY due"
)


def due_by_day(handle: object, scope: Scope, last: dt.date) -> list[tuple[dt.date, int]]:
    """Cards that can come up, due on or before ``last``, by due day (overdue days included)."""
    tally, tally_params = scope.tally()
    where, params = scope.cards()
    day = last.toordinal()
    rows = raw_connection(handle).execute(_DUE_BY_DAY.format(tally=tally, where=where),
                                          [*tally_params, day, *params, day])
    return [(dt.date.fromordinal(day), int(n)) for day, n in rows]


# Due cards today's review holds back (quizzer.review.store.plan_day; ``quizzer decks`` counts from its
# queue, quizzer.review.day_queue): every due card of a note with a card answered today
# (quizzer.db.sibling_tally.answered_notes: it shows none again until tomorrow), and the cards waiting
# behind an earlier due card of their note (one card a note a day: quizzer.db.sibling_tally, whose
# running count is read, less the retired notes' waiting cards, few, and the answered notes' counted in
# the first part). The first part as its notes' first due cards (+1) plus the count of every waiting
# card: the same cards, each once.
_HELD_BY_DAY = (
    "SELECT due, sum(n) FROM ("
    "SELECT card.due AS due, 1 AS n FROM card INDEXED BY ix_card_note_id JOIN note ON note.id = card.note_id "
    f"WHERE card.note_id IN ({answered_notes('?')}) AND {{where}} AND card.due BETWEEN 1 AND ? "
    f"AND {first('card')} AND note.retired_at IS NULL "
    "UNION ALL SELECT sibling_tally.due, sibling_tally.cards FROM sibling_tally WHERE {tally} "
    "AND sibling_tally.due BETWEEN 1 AND ? "
    "UNION ALL SELECT card.due, -1 FROM note INDEXED BY ix_note_retired JOIN card ON card.note_id = note.id "
    f"WHERE note.retired_at IS NOT NULL AND {{where}} AND card.due <= ? AND {waiting('card')}"
    ") GROUP BY due HAVING sum(n) <> 0 ORDER BY due"
)


def held_by_day(handle: object, scope: Scope, today: dt.date) -> list[tuple[dt.date, int]]:
    """The due cards (due by ``today``) that today's review holds back, by due day: their
    notes had a card answered today, or have an earlier card due; they come up tomorrow."""
    where, params = scope.cards()
    tally, tally_params = scope.tally("sibling_tally")
    day = today.toordinal()
    rows = raw_connection(handle).execute(_HELD_BY_DAY.format(where=where, tally=tally),
                                          [day, *params, day, *tally_params, day, *params, day])
    return [(dt.date.fromordinal(due), int(n)) for due, n in rows]


@dataclass(frozen=True, slots=True)
class DeckStates:
    """A deck's cards by state.  new, learning and review are cards that can come up;
    suspended (by the person), to check (waiting for ``quizzer check``), held back (by it)
    and retired are counted apart; leech counts leeches, suspended or not."""

    deck: str
    new: int
    learning: int
    review: int
    suspended: int
    leech: int
    retired: int
    to_check: int = 0
    held_back: int = 0

    @property
    def total(self) -> int:
        return self.new + self.learning + self.review + self.suspended + self.to_check + self.held_back + self.retired


# From the running counts (quizzer.db.card_tally, schema 9: cards by deck, state and leech
# flag), less the cards of retired notes (few, through ix_note_retired), then joined to every
# deck (a deck with no card shows zeros): no card is read but the retired notes'.
_STATES = (
    "WITH counted AS (SELECT deck_id, "
    f"sum(CASE WHEN state = {NEW_CARD} THEN cards ELSE 0 END) AS new, "
    f"sum(CASE WHEN state = {LEARNING} THEN cards ELSE 0 END) AS learning, "
    f"sum(CASE WHEN state = {REVIEW} THEN cards ELSE 0 END) AS review, "
    f"sum(CASE WHEN state = {SUSPENDED} THEN cards ELSE 0 END) AS suspended, "
    "sum(CASE WHEN leech THEN cards ELSE 0 END) AS leech FROM card_state_tally GROUP BY deck_id"
    "), retired AS (SELECT card.deck_id AS deck_id, "
    + ", ".join(f"sum({{state}} = {code}) AS {name}" for code, name in (
        (NEW_CARD, "new"), (LEARNING, "learning"), (REVIEW, "review"), (SUSPENDED, "suspended"))) + ", "
    "sum(card.leech) AS leech, count(*) AS cards "
    "FROM note INDEXED BY ix_note_retired JOIN card ON card.note_id = note.id "
    "WHERE note.retired_at IS NOT NULL GROUP BY card.deck_id) "
    "SELECT deck.name, "
    + ", ".join(f"coalesce(counted.{c}, 0) - coalesce(retired.{c}, 0)"
                for c in ("new", "learning", "review", "suspended", "leech")) + ", coalesce(retired.cards, 0) "
    "FROM deck LEFT JOIN counted ON counted.deck_id = deck.id LEFT JOIN retired ON retired.deck_id = deck.id "
    "WHERE {where} ORDER BY deck.name"
).replace("{state}", state_sql("card"))


def deck_states(handle: object, scope: Scope) -> list[DeckStates]:
    """Each deck's cards by state; a card is learning until it has passed
    :data:`quizzer.db.card_tally.LEARNED_REPS` times in a row."""
    if scope.deck_ids is None:
        where, params = "1", []
    else:
        where, params = "deck.id IN (SELECT value FROM json_each(?))", [json.dumps(scope.deck_ids)]
    rows = raw_connection(handle).execute(_STATES.format(where=where), params).fetchall()
    from quizzer.db.held import checks_by_deck

    # the check suspends the cards it holds (card.held): they are its, not the person's suspensions
    checks = checks_by_deck(handle) if rows else {}
    states = []
    for name, new, learning, review, suspended, leech, retired in rows:
        waiting, held = checks.get(str(name), (0, 0))
        states.append(DeckStates(str(name), int(new), int(learning), int(review), int(suspended) - waiting - held,
                                 int(leech), int(retired), waiting, held))
    return states


# Unsuspended answered cards from the running counts, less those of retired notes.
_BY_VALUE = (
    "SELECT value, sum(n) FROM ("
    "SELECT {column} AS value, cards AS n FROM {table} WHERE {tally} "
    "UNION ALL SELECT card.{column}, -1 FROM note INDEXED BY ix_note_retired JOIN card ON card.note_id = note.id "
    "WHERE note.retired_at IS NOT NULL AND {where} AND card.suspended = 0 AND card.due IS NOT NULL"
    ") GROUP BY value HAVING sum(n) > 0 ORDER BY value"
)
_INTERVALS = _BY_VALUE.replace("{column}", "interval").replace("{table}", "interval_tally")
_EASE = _BY_VALUE.replace("{column}", "ef_centi").replace("{table}", "ease_tally")


def _by_value(handle: object, scope: Scope, sql: str, table: str) -> list[tuple[int, int]]:
    tally, tally_params = scope.tally(table)
    where, params = scope.cards()
    rows = raw_connection(handle).execute(sql.format(tally=tally, where=where), [*tally_params, *params])
    return [(int(value), int(n)) for value, n in rows]


def interval_counts(handle: object, scope: Scope) -> list[tuple[int, int]]:
    """Cards that can come up and have been answered, by interval in days."""
    return _by_value(handle, scope, _INTERVALS, "interval_tally")


def ease_counts(handle: object, scope: Scope) -> list[tuple[int, int]]:
    """The same cards by EF in hundredths."""
    return _by_value(handle, scope, _EASE, "ease_tally")


# Down a partial index that holds only the weak cards, in the order asked (schema 9): the walk
# stops at the limit, however many cards there are.
_WEAK_CARDS = (
    "SELECT card.id, deck.name, note.front, note.section, card.lapses, card.ef_centi, card.interval, "
    "card.suspended FROM card INDEXED BY {index} JOIN note ON note.id = card.note_id "
    "JOIN deck ON deck.id = card.deck_id "
    "WHERE {where} AND note.retired_at IS NULL AND {which} ORDER BY {order}, card.id LIMIT ?"
)
_WEAKEST = {  # the condition, the order, and the index (quizzer.db.models.Card) that holds them
    "lapses": ("card.lapses > 0", "card.lapses DESC, card.ef_centi", "ix_card_lapsed"),
    "ease": ("card.due IS NOT NULL AND card.ef_centi < 250", "card.ef_centi, card.lapses DESC", "ix_card_weak_ease"),
}


def weak_cards(handle: object, scope: Scope, by: str, limit: int) -> list[WeakCard]:
    """The ``limit`` cards with the most lapses (``by="lapses"``) or the lowest EF (``"ease"``)."""
    which, order, index = _WEAKEST[by]
    where, params = scope.cards()
    sql = _WEAK_CARDS.format(where=where, which=which, order=order, index=index)
    return [
        WeakCard(int(i), str(d), str(f), tuple(json.loads(s or "[]")), int(lap), int(ef), int(iv), bool(sus))
        for i, d, f, s, lap, ef, iv, sus in raw_connection(handle).execute(sql, [*params, limit])
    ]


@dataclass(frozen=True, slots=True)
class SectionRow:
    deck: str
    section: tuple[str, ...]
    passed: int
    reviews: int


_SECTIONS = (
    "SELECT deck.name, note.section, sum(review.grade >= 3), count(*) "
    "FROM review JOIN card ON card.id = review.card_id JOIN note ON note.id = card.note_id "
    "JOIN deck ON deck.id = card.deck_id "
    "WHERE {where} AND review.day BETWEEN ? AND ? AND " + _WAS_DUE + " AND note.retired_at IS NULL "
    "GROUP BY card.deck_id, note.section HAVING count(*) >= ? AND sum(review.grade >= 3) < count(*) "
    "ORDER BY 1.0 * sum(review.grade >= 3) / count(*), count(*) DESC, deck.name, note.section LIMIT ?"
)


def weak_sections(
    handle: object, scope: Scope, first: dt.date, last: dt.date, *, min_reviews: int, limit: int
) -> list[SectionRow]:
    """The sections of the notes with the lowest retention from ``first`` to ``last``
    (those with at least ``min_reviews`` reviews of due cards)."""
    where, params = scope.cards()
    rows = raw_connection(handle).execute(
        _SECTIONS.format(where=where), [*params, first.toordinal(), last.toordinal(), min_reviews, limit])
    return [SectionRow(str(d), tuple(json.loads(s or "[]")), int(p), int(n)) for d, s, p, n in rows]


#: Every statement as the tests run it against the models' schema (both scopes).
STATEMENTS = (
    _BY_DAY, _TODAY, _PERIOD, _RETENTION, _DUE_BY_DAY, _HELD_BY_DAY, _STATES, _INTERVALS, _EASE, _WEAK_CARDS, _SECTIONS,
)
