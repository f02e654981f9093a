"""What SQLite plans for the statements a person waits on: no statement reads every
card, note or review, and the hot path sorts nothing in a temporary B-tree.

Timings are never asserted (the benchmarks measure them); the plans are what
make them hold at a million cards: a full scan or a sort grows with the
collection, an index search does not.  SQLite plans without statistics here as
on a user's database (quizzer never runs ANALYZE).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator

import pytest
from conftest import make_deck

from quizzer.config import Config
from quizzer.db import Database
from quizzer.db.counts import DECK_COUNTS
from quizzer.db.held import BY_DECK
from quizzer.db.lite import raw_connection
from quizzer.db.stamps import _STATE as DECK_STATE
from quizzer.review import store
from quizzer.stats import queries as stats_queries
from quizzer.stats.collect import collect

TODAY = dt.date(2024, 3, 1).toordinal()
DECKS = json.dumps([1, 2])

#: name: (statement, parameters, the indexes it must use, may it sort in a temporary B-tree?)
PLANS: dict[str, tuple[str, object, set[str], bool]] = {
    "deck counts": (DECK_COUNTS, (), {"ix_note_retired"}, True),  # sorts retired notes only
    "queue: due": (store._DUE_PART, (1, TODAY, "[]", 50), {"ix_card_queue", "ix_note_retired_id"}, False),
    "queue: new": (store._NEW_PART, (1, "[]", TODAY, 50), {"ix_card_queue", "ix_card_note_id", "ix_note_retired_id"},
                   False),
    "answered today": (store._ANSWERED_TODAY, (TODAY, DECKS), {"ix_review_day"}, False),
    "done today": (store._DONE_TODAY, (TODAY, DECKS), {"ix_review_day"}, True),  # today's answers, by deck
    "graded on": (store._GRADED_ON, (1, TODAY), {"ix_review_card_day"}, False),
    "load card": (store._LOAD_CARD, (1,), set(), False),
    "load for answer": (store._LOAD_FOR_ANSWER, (TODAY, 1), {"ix_review_card_day"}, False),
    "card view": (store._CARD_VIEW, (1,), set(), False),
    "summary: due tomorrow": (store._TOMORROW, (DECKS, TODAY + 1, DECKS, TODAY + 1, DECKS, TODAY + 1),
                              {"ix_note_retired"}, False),
    "summary: next due": (store._NEXT_DUE, (TODAY, DECKS), {"ix_card_queue"}, False),
    # the notes behind a due card from behind_tally (schema 12); the union of retired notes and today's
    "summary: new waiting": (store._NEW_WAITING, (DECKS, DECKS, TODAY, DECKS, TODAY, DECKS, TODAY),
                             {"ix_note_retired", "ix_review_day", "ix_card_note_id"}, True),
    # each deck's cards the check suspended: the partial index alone, less the retired notes' (quizzer decks)
    "deck checks": (BY_DECK, (), {"ix_card_held", "ix_note_retired"}, False),
    # an import stamp's deck state: the notes counted, the last written one found (schema 8)
    "import stamp: deck state": (DECK_STATE, ("alpha",), {"ix_note_retired", "ix_note_deck_updated"}, False),
}
BIG_TABLES = ("card", "note", "review")


def plan(con: sqlite3.Connection, sql: str, params: object) -> list[str]:
    return [str(row[3]) for row in con.execute("EXPLAIN QUERY PLAN " + sql, params)]  # type: ignore[arg-type]


@pytest.fixture
def con(db: Database) -> Iterator[sqlite3.Connection]:
    make_deck(db, "alpha", 20)
    make_deck(db, "beta", 20)
    connection = sqlite3.connect(db.path)
    yield connection
    connection.close()


@pytest.mark.parametrize("name", list(PLANS))
def test_no_statement_reads_a_whole_table(con: sqlite3.Connection, name: str) -> None:
    sql, params, indexes, may_sort = PLANS[name]
    steps = plan(con, sql, params)
    scans = [step for step in steps if step.startswith("SCAN ") and step.split()[1] in BIG_TABLES]
    assert scans == [], steps
    used = {word for step in steps for word in step.split() if word.startswith("ix_")}
    assert indexes <= used, steps
    if not may_sort:
        assert not [step for step in steps if "TEMP B-TREE" in step], steps


def test_the_counts_read_the_running_counts_not_the_cards(con: sqlite3.Connection) -> None:
    steps = plan(con, DECK_COUNTS, ())
    assert any("card_tally" in step for step in steps) and any("note_tally" in step for step in steps), steps
    # the only cards read are those of retired notes, found through the partial index; no answer is read
    # (today's new and due come from the review's queue: quizzer.review.day_queue.shown_today)
    assert [step for step in steps if step.split()[:2] in (["SEARCH", "card"], ["SCAN", "card"])] == [
        "SEARCH card USING INDEX ix_card_note_id (note_id=?)"], steps
    assert not [step for step in steps if "review" in step.split()], steps


def test_the_decks_checks_read_no_card_the_check_did_not_suspend(con: sqlite3.Connection) -> None:
    steps = plan(con, BY_DECK, ())
    cards = [step for step in steps if step.split()[1:2] == ["card"]]
    assert cards == ["SEARCH card USING COVERING INDEX ix_card_held (deck_id=? AND held>?)",
                     "SEARCH card USING INDEX ix_card_note_id (note_id=?)"] * 2, steps


@pytest.mark.parametrize("name", ["queue: due", "queue: new"])
def test_the_queue_reads_no_card_or_note_row(con: sqlite3.Connection, name: str) -> None:
    """The queue index holds what the queue filters on (schema 7), and a candidate's note is looked for among
    the retired notes only (schema 20: ix_note_retired_id, usually empty), not read: at a million cards the
    notes' rows, one a candidate on a page of its own, were most of the pages ``quizzer decks`` and the first
    card read.  A new card's siblings are read by their note (one of them due leaves it out)."""
    sql, params, _, _ = PLANS[name]
    steps = plan(con, sql, params)
    assert [step for step in steps if step.split()[1:2] in (["card"], ["note"], ["shown"], ["retired"])] == [
        "SEARCH card USING COVERING INDEX ix_card_queue (deck_id=? AND due<?)",
        "SEARCH retired USING INDEX ix_note_retired_id (id=? AND rowid=?)",
    ] if name == "queue: due" else [
        "SEARCH card USING COVERING INDEX ix_card_queue (deck_id=? AND due=?)",
        "SEARCH retired USING INDEX ix_note_retired_id (id=? AND rowid=?)",
        "SEARCH shown USING INDEX ix_card_note_id (note_id=?)",
    ], steps


@pytest.mark.parametrize("name", ["queue: due", "queue: new", "answered today", "done today"])
def test_the_days_plan_reads_no_note_row(con: sqlite3.Connection, name: str) -> None:
    """Every statement of ``store.plan_day`` (the first card, ``quizzer decks``, the summary): a note's row is
    read by none, whatever the number of notes; whether a note is retired comes from ix_note_retired_id."""
    sql, params, _, _ = PLANS[name]
    steps = plan(con, sql, params)
    assert not [step for step in steps if step.split()[1:2] == ["note"]], steps


@pytest.mark.parametrize("deck_ids", [None, (1, 2)])
def test_the_forecast_reads_the_running_counts(con: sqlite3.Connection, deck_ids: tuple[int, ...] | None) -> None:
    scope = stats_queries.Scope(deck_ids)
    tally, tally_params = scope.tally()
    where, params = scope.cards()
    sql = stats_queries._DUE_BY_DAY.format(tally=tally, where=where)
    steps = plan(con, sql, [*tally_params, TODAY + 30, *params, TODAY + 30])
    assert any("card_tally" in step for step in steps), steps
    assert [step for step in steps if step.split()[:2] in (["SEARCH", "card"], ["SCAN", "card"])] == [
        "SEARCH card USING INDEX ix_card_note_id (note_id=?)"], steps  # the cards of retired notes only


def test_the_deck_state_of_an_import_stamp_reads_no_note_row(con: sqlite3.Connection) -> None:
    """A deck's notes from the running count, its retired ones and its last written one
    from indexes: the state is checked at every re-import, whatever the deck's size."""
    steps = plan(con, DECK_STATE, ("alpha",))
    assert [step for step in steps if step.split()[1:2] == ["note"]] == [
        "SEARCH note USING COVERING INDEX ix_note_retired (retired_at>?)",
        "SEARCH note USING COVERING INDEX ix_note_deck_updated (deck_id=?)",
    ], steps
    assert any("note_tally" in step for step in steps), steps


BOUNDED_REVIEW_READS = ("(day=?)", "(day>? AND day<?)", "(card_id=? AND day=?)", "(card_id=? AND day>? AND day<?)")


def _statements_of_stats(db: Database, deck_ids: list[int] | None) -> list[str]:
    """Every statement ``quizzer stats`` runs (as executed, parameters in place)."""
    ran: list[str] = []
    with db.reading() as session:
        connection = raw_connection(session)
        connection.set_trace_callback(ran.append)
        try:
            collect(session, today=dt.date.fromordinal(TODAY), config=Config(), period_days=30, deck_ids=deck_ids)
        finally:
            connection.set_trace_callback(None)
    return [sql for sql in ran if sql.lstrip().upper().startswith(("SELECT", "WITH"))]


@pytest.mark.parametrize("deck_ids", [None, [1]])
def test_stats_reads_the_tallies_not_the_log_nor_every_card(db: Database, deck_ids: list[int] | None) -> None:
    """No statement of ``quizzer stats`` reads the whole review log: the answers per day,
    grade and kind come from review_tally (schema 8); the few that need review rows (the
    weak sections, what was answered today) read one period's through ix_review_day.
    Nor does any read every card or note (the weakest cards: down partial indexes)."""
    alpha = make_deck(db, "alpha", 20)
    make_deck(db, "beta", 5)
    connection = sqlite3.connect(db.path)
    connection.executemany(
        "INSERT INTO review (card_id, reviewed_at, grade, day, drill, prev_due, prev_interval) VALUES (?,?,?,?,?,?,?)",
        [(card, 0, n % 6, TODAY - n, n % 7 == 0, TODAY - n - 1 if n % 3 else None, n)
         for n, card in enumerate(alpha.forward * 3)])
    connection.commit()
    statements = _statements_of_stats(db, deck_ids)
    tally_readers = card_tallies = 0
    for sql in statements:
        steps = plan(connection, sql, ())
        reads = [step for step in steps if step.split()[1:2] == ["review"]]
        # bounded: one day, a range of days, or one card's answers ("day>?" alone: the whole log)
        assert all(step.endswith(BOUNDED_REVIEW_READS) for step in reads), (sql, steps)
        tally_readers += any("review_tally" in step for step in steps)
        # nor every card: cards by state, interval and ease come from the tallies (schema 9)
        assert not [step for step in steps if step.split()[:2] in (["SCAN", "card"], ["SCAN", "note"])], (sql, steps)
        card_tallies += any(table in step for step in steps for table in ("card_state_tally", "interval_tally",
                                                                          "ease_tally"))
    assert tally_readers >= 4, statements  # answers by day, today, the period, retention
    assert card_tallies >= 3, statements  # cards by state, by interval, by ease
    connection.close()


def test_the_sibling_triggers_read_the_cards_of_the_notes_changed(con: sqlite3.Connection) -> None:
    """Every answer runs the triggers of quizzer.db.sibling_tally (schema 10): each statement
    reads the cards of the one note answered, through ix_card_note_id, and the tally's rows
    by their key; none reads every card, nor the whole tally."""
    import re

    from quizzer.db import sibling_tally

    checked = 0
    for trigger in sibling_tally.TRIGGERS:
        body = trigger[trigger.index(" BEGIN ") + 7: trigger.rindex(" END")]
        for statement in filter(None, (part.strip() for part in body.split(";"))):
            steps = plan(con, re.sub(r"\b(?:OLD|NEW)\.\w+", "1", statement), ())
            assert not [step for step in steps if step.startswith("SCAN") and "CONSTANT ROW" not in step], steps
            checked += 1
    assert checked == 9  # 6 counts, 2 tidies, the deck's rows


def test_the_behind_triggers_read_the_cards_of_the_notes_changed(con: sqlite3.Connection) -> None:
    """The triggers of quizzer.db.behind_tally (schema 12), their conditions too, read the cards
    of the notes changed, through ix_card_note_id, and the tally's rows by their key; none reads
    every card, nor the whole tally."""
    import re

    from quizzer.db import behind_tally

    checked = 0
    for trigger in behind_tally.TRIGGERS:
        when = re.search(r" WHEN (.*) BEGIN ", trigger)
        body = trigger[trigger.index(" BEGIN ") + 7: trigger.rindex(" END")]
        statements = [part.strip() for part in body.split(";")] + ([f"SELECT {when.group(1)}"] if when else [])
        for statement in filter(None, statements):
            steps = plan(con, re.sub(r"\b(?:OLD|NEW)\.\w+", "1", statement), ())
            # a scan of a subquery's few rows (one note's cards, or their one row of figures) is no scan of a table
            assert not [step for step in steps if step.startswith("SCAN") and "CONSTANT ROW" not in step
                        and not step.startswith(("SCAN (subquery", "SCAN o", "SCAN sides"))], steps
            cards = [step for step in steps if step.split()[1:2] in (["card"], ["shown"], ["new"], ["sibling"], ["other"])]
            assert all("USING INDEX ix_card_note_id (note_id=?)" in step for step in cards), steps
            assert cards or statement == "DELETE FROM behind_tally WHERE deck_id = OLD.id" or " FROM " not in statement, steps
            checked += 1
    # inserts and deletes: 4 counts, 2 tidies, 4 conditions; updates: 2 moves and 2 tidies, 1 condition; the deck's rows
    assert checked == 16


def test_the_answer_trigger_reads_one_note_and_the_tallies_rows_by_their_key(con: sqlite3.Connection) -> None:
    """tally_answer (quizzer.db.answer_tally, schema 14), its condition too, reads the card's note's
    other cards through ix_card_note_id and each tally's rows by their key: no scan of a table, no
    temporary table made each answer (the two sides of a move come from json_each)."""
    import re

    from quizzer.db import answer_tally

    (trigger,) = answer_tally.TRIGGERS
    when = re.search(r" WHEN (.*) BEGIN ", trigger)
    assert when is not None
    body = trigger[trigger.index(" BEGIN ") + 7: trigger.rindex(" END")]
    checked = 0
    for statement in filter(None, [part.strip() for part in body.split(";")] + [f"SELECT {when.group(1)}"]):
        steps = plan(con, re.sub(r"\b(?:OLD|NEW)\.\w+", "1", statement), ())
        assert not [step for step in steps if step.startswith("SCAN") and "CONSTANT ROW" not in step
                    and not step.startswith(("SCAN (subquery", "SCAN o", "SCAN k", "SCAN side VIRTUAL TABLE"))], steps
        assert not [step for step in steps if step.startswith("MATERIALIZE") or "TEMP B-TREE" in step], steps
        cards = [step for step in steps if step.split()[1:2] in (["card"], ["other"])]
        assert all("USING INDEX ix_card_note_id (note_id=?)" in step for step in cards), steps
        tallies = [step for step in steps if "_tally" in step]
        assert all("USING PRIMARY KEY" in step for step in tallies), steps
        checked += 1
    # five tallies moved and tidied, the new notes, sibling_tally and behind_tally moved and tidied, the condition
    assert checked == 14


def test_the_new_cards_waiting_read_the_running_counts_not_the_due_cards(con: sqlite3.Connection) -> None:
    """The summary's new cards waiting (schema 12): the notes behind a due card come from
    behind_tally; the only cards read are those of retired notes and of the notes answered
    today, each by its note."""
    sql, params, _, _ = PLANS["summary: new waiting"]
    steps = plan(con, sql, params)
    assert any("behind_tally" in step for step in steps) and any("new_note_tally" in step for step in steps), steps
    cards = [step for step in steps if step.split()[:2] in (["SEARCH", "card"], ["SCAN", "card"])
             or step.split()[:2] in (["SEARCH", "shown"], ["SCAN", "shown"])]
    assert cards and all("ix_card_note_id (note_id=?)" in step for step in cards), steps
