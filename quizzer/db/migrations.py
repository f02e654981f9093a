"""Schema versions and the path from each old one to the current one.

``PRAGMA user_version`` holds the version.  A new database is made at the current
version from the script of the models' schema (:mod:`quizzer.db.schema`); an old one is first copied beside itself
(``quizzer.db.v1.bak``) and then upgraded step by step in one transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # SQLAlchemy only when a database is made or upgraded: the review path reads CURRENT
    from sqlalchemy.engine import Connection, Engine

__all__ = ["CURRENT", "NOTICE_ROWS", "backup", "known", "rows", "upgrade"]

CURRENT = 20

#: An upgrade of a database with more rows than this (cards and reviews) takes long
#: enough that the person waiting is told first (7 → 9 at 10M reviews takes ~25 s;
#: at 100k rows the backup and the steps take about a second).
NOTICE_ROWS = 100_000


def _v1_to_v2(connection: Connection) -> None:
    """Schema 2 (daily review): lapses and leeches on cards; the review log learns
    the study day, re-drills and the state before and after each answer."""
    for statement in (
        "ALTER TABLE card ADD COLUMN lapses INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE card ADD COLUMN leech BOOLEAN NOT NULL DEFAULT 0",
        "ALTER TABLE review ADD COLUMN day INTEGER",
        "ALTER TABLE review ADD COLUMN drill BOOLEAN NOT NULL DEFAULT 0",
        "ALTER TABLE review ADD COLUMN duration_ms INTEGER",
        "ALTER TABLE review ADD COLUMN prev_reps INTEGER",
        "ALTER TABLE review ADD COLUMN prev_interval INTEGER",
        "ALTER TABLE review ADD COLUMN prev_ef_centi INTEGER",
        "ALTER TABLE review ADD COLUMN prev_due INTEGER",
        "ALTER TABLE review ADD COLUMN prev_lapses INTEGER",
        "ALTER TABLE review ADD COLUMN prev_suspended BOOLEAN",
        "ALTER TABLE review ADD COLUMN prev_leech BOOLEAN",
        "ALTER TABLE review ADD COLUMN interval INTEGER",
        "ALTER TABLE review ADD COLUMN ef_centi INTEGER",
        "ALTER TABLE review ADD COLUMN due INTEGER",
        # The study day of old rows: local date, the day starting at 4 AM (the default).
        "UPDATE review SET day = CAST(julianday(reviewed_at / 1000, 'unixepoch', 'localtime', "
        "'-4 hours', 'start of day') - 1721424.5 AS INTEGER)",
        "CREATE INDEX ix_review_day ON review (day)",
        "DROP INDEX ix_review_card_id",
        "CREATE INDEX ix_review_card_day ON review (card_id, day)",
    ):
        connection.exec_driver_sql(statement)


def _v2_to_v3(connection: Connection) -> None:
    """Schema 3 (typed answers): a review row keeps what was typed, the grader's
    outcome and the grade it suggested (so an override is visible)."""
    for statement in (
        "ALTER TABLE review ADD COLUMN typed_answer VARCHAR",
        "ALTER TABLE review ADD COLUMN typed_outcome VARCHAR",
        "ALTER TABLE review ADD COLUMN suggested_grade INTEGER",
    ):
        connection.exec_driver_sql(statement)


def _v3_to_v4(connection: Connection) -> None:
    """Schema 4 (mock exams): each exam with its questions, and each answer as it is given."""
    for statement in (
        "CREATE TABLE exam ("
        "id INTEGER NOT NULL, started_at INTEGER NOT NULL, finished_at INTEGER, ended VARCHAR, "
        "time_limit_s INTEGER, seed INTEGER NOT NULL, decks JSON NOT NULL, questions JSON NOT NULL, "
        "sent_back_at INTEGER, sent_back INTEGER, PRIMARY KEY (id))",
        "CREATE TABLE exam_answer ("
        "id INTEGER NOT NULL, exam_id INTEGER NOT NULL, position INTEGER NOT NULL, typed VARCHAR, "
        "outcome VARCHAR NOT NULL, explanation VARCHAR, answered_at INTEGER, spent_ms INTEGER NOT NULL, "
        "PRIMARY KEY (id), UNIQUE (exam_id, position), "
        "FOREIGN KEY(exam_id) REFERENCES exam (id) ON DELETE CASCADE)",
    ):
        connection.exec_driver_sql(statement)


def _v4_to_v5(connection: Connection) -> None:
    """Schema 5 (speed): the queue index in queue order (no sort), covering indexes for
    the deck counts, and a partial index of retired notes."""
    for statement in (
        "DROP INDEX ix_card_queue",
        "CREATE INDEX ix_card_queue ON card (deck_id, due, new_rank, ord)",
        "CREATE INDEX ix_card_counts ON card (deck_id, suspended, due, note_id)",
        "CREATE INDEX ix_note_retired ON note (retired_at, deck_id) WHERE retired_at IS NOT NULL",
    ):
        connection.exec_driver_sql(statement)


def _tally(connection: Connection) -> None:
    """The running counts' triggers, and the counts of what is already there."""
    from quizzer.db import tally

    for statement in (*tally.TRIGGERS, *tally.RECOUNT):
        connection.exec_driver_sql(statement)


def _v5_to_v6(connection: Connection) -> None:
    """Schema 6 (speed at a million cards): each deck's counts kept by triggers
    (``quizzer.db.tally``), so the deck list and the end of a review read a few
    hundred rows, not every card."""
    from quizzer.db import tally
    from quizzer.db.models import Base

    for name in tally.TABLES:
        Base.metadata.tables[name].create(connection)
    _tally(connection)


def _v6_to_v7(connection: Connection) -> None:
    """Schema 7 (speed at a million cards): the queue index also holds what the queue
    filters on (suspended, the note), so drawing the day's cards reads no card row."""
    for statement in (
        "DROP INDEX ix_card_queue",
        "CREATE INDEX ix_card_queue ON card (deck_id, due, new_rank, ord, suspended, note_id)",
    ):
        connection.exec_driver_sql(statement)


def _review_tally(connection: Connection) -> None:
    from quizzer.db import review_tally

    for statement in review_tally.TRIGGERS:
        connection.exec_driver_sql(statement)


def _v7_to_v8(connection: Connection) -> None:
    """Schema 8 (stats at ten million answers): each deck's answers per day kept by
    triggers (``quizzer.db.review_tally``), counted once here from the log; and an
    index that gives a deck's last written note without reading its notes."""
    from quizzer.db import review_tally
    from quizzer.db.models import Base

    Base.metadata.tables["review_tally"].create(connection)
    connection.exec_driver_sql("CREATE INDEX ix_note_deck_updated ON note (deck_id, updated_at)")
    _review_tally(connection)
    for statement in review_tally.RECOUNT:
        connection.exec_driver_sql(statement)


def _card_tally(connection: Connection) -> None:
    from quizzer.db import card_tally

    for statement in card_tally.TRIGGERS:
        connection.exec_driver_sql(statement)


def _v8_to_v9(connection: Connection) -> None:
    """Schema 9 (stats at a million cards): each deck's cards by state, interval and
    ease kept by triggers (``quizzer.db.card_tally``), counted once here; partial
    indexes of the weak cards, in the order the stats list them."""
    from quizzer.db import card_tally
    from quizzer.db.models import Base

    for name in card_tally.TABLES:
        Base.metadata.tables[name].create(connection)
    for statement in (
        "CREATE INDEX ix_card_lapsed ON card (lapses DESC, ef_centi) WHERE lapses > 0",
        "CREATE INDEX ix_card_weak_ease ON card (ef_centi, lapses DESC) WHERE due IS NOT NULL AND ef_centi < 250",
    ):
        connection.exec_driver_sql(statement)
    _card_tally(connection)
    for statement in card_tally.RECOUNT:
        connection.exec_driver_sql(statement)


def _sibling_tally(connection: Connection) -> None:
    from quizzer.db import sibling_tally

    for statement in sibling_tally.TRIGGERS:
        connection.exec_driver_sql(statement)


def _v9_to_v10(connection: Connection) -> None:
    """Schema 10 (one due count): the due cards that wait behind a sibling of their note
    kept by triggers (``quizzer.db.sibling_tally``), counted once here, so the deck list
    and the stats count due notes, as the review shows them (one card a note a day)."""
    from quizzer.db import sibling_tally
    from quizzer.db.models import Base

    for name in sibling_tally.TABLES:
        Base.metadata.tables[name].create(connection)
    _sibling_tally(connection)
    for statement in sibling_tally.RECOUNT:
        connection.exec_driver_sql(statement)


def _v10_to_v11(connection: Connection) -> None:
    """Schema 11 (the check before learning, quizzer.db.checks): a note keeps the rule
    that read it; a card, whether the check suspended it; each deck's verdicts on its
    shapes.  Nothing already imported changes: old notes have no reason (NULL), no card
    is held, and their shapes count as kept (quizzer.db.sync keeps them on re-import)."""
    from quizzer.db.models import Base

    for statement in (
        "ALTER TABLE note ADD COLUMN reason VARCHAR",
        "ALTER TABLE card ADD COLUMN held INTEGER NOT NULL DEFAULT 0",
        "CREATE INDEX ix_card_held ON card (deck_id, held) WHERE held > 0",
    ):
        connection.exec_driver_sql(statement)
    Base.metadata.tables["shape_check"].create(connection)


def _behind_tally(connection: Connection) -> None:
    from quizzer.db import behind_tally

    for statement in behind_tally.TRIGGERS:
        connection.exec_driver_sql(statement)


def _v11_to_v12(connection: Connection) -> None:
    """Schema 12 (the end of a review at a million cards): the notes whose new cards wait
    behind a due card kept by triggers (``quizzer.db.behind_tally``), counted once here, so
    the summary's "new cards waiting" reads a few rows a deck, not every due card."""
    from quizzer.db import behind_tally
    from quizzer.db.models import Base

    for name in behind_tally.TABLES:
        Base.metadata.tables[name].create(connection)
    _behind_tally(connection)
    for statement in behind_tally.RECOUNT:
        connection.exec_driver_sql(statement)


def _v12_to_v13(connection: Connection) -> None:
    """Schema 13 (the check asks by section): a shape's verdict names the section it was given
    in (``shape_check.section``, quizzer.checking.section_key).  The verdicts given before are
    kept for every section (quizzer.checking.ANY_SECTION): nothing decided is asked again."""
    from quizzer.db.models import Base

    connection.exec_driver_sql("ALTER TABLE shape_check RENAME TO shape_check_12")
    Base.metadata.tables["shape_check"].create(connection)
    for statement in (
        "INSERT INTO shape_check (deck_id, reason, kind, section, verdict) "
        "SELECT deck_id, reason, kind, '', verdict FROM shape_check_12",
        "DROP TABLE shape_check_12",
    ):
        connection.exec_driver_sql(statement)


#: The update triggers schema 14 changed (each tally's own stands aside for an answer) or added.
_ANSWER_TRIGGERS = ("tally_card_update", "tally_state_card_update", "tally_sibling_update_before",
                    "tally_sibling_update", "tally_behind_update", "tally_answer")


def _v13_to_v14(connection: Connection) -> None:
    """Schema 14 (an answer's CPU time): an answer is counted in every tally by one trigger,
    from the card's old and new values and one look-up of its note's other cards
    (``quizzer.db.answer_tally``); the tallies' own update triggers count every other change.
    The counts stay as they are: only the triggers are made again from their definitions
    (the older steps already made some of them so; no card is written in between)."""
    from quizzer.db import answer_tally, behind_tally, card_tally, sibling_tally, tally

    for statement in (*tally.TRIGGERS, *card_tally.TRIGGERS, *sibling_tally.TRIGGERS, *behind_tally.TRIGGERS,
                      *answer_tally.TRIGGERS):
        name = statement.split()[2]
        if name in _ANSWER_TRIGGERS:
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
            connection.exec_driver_sql(statement)


def _v14_to_v15(connection: Connection) -> None:
    """Schema 15 (an answer's pages): ``ix_card_counts`` goes.  The deck counts it was made
    for are read from the running counts since schema 6, and the one walk left on it (the
    summary's next due day) goes down ``ix_card_queue``; every answer moved the card in it,
    about three pages of the log an answer."""
    connection.exec_driver_sql("DROP INDEX IF EXISTS ix_card_counts")


def _v15_to_v16(connection: Connection) -> None:
    """Schema 16 (a card's own change time): ``card.changed_at``, when quizzer last changed the card
    without an answer (a suspension, an exam's send-back), so an Anki import can tell which side
    changed a card last.  None for every card: no such change is known from before.  Like the other
    steps it may meet what it makes already (a database whose version was set back)."""
    columns = {row[1] for row in connection.exec_driver_sql("PRAGMA table_info(card)")}
    if "changed_at" not in columns:
        connection.exec_driver_sql("ALTER TABLE card ADD COLUMN changed_at INTEGER")


def _v16_to_v17(connection: Connection) -> None:
    """Schema 17 (a suspension's own time): ``card.suspended_at``, when the person last suspended or
    unsuspended the card, apart from ``changed_at`` (now a change of its schedule without an answer: an
    exam's send-back).  Until now one time stood for both, so a card changed here keeps it in both: its
    suspension and its schedule weigh as before against an Anki package; only later changes are told apart."""
    columns = {row[1] for row in connection.exec_driver_sql("PRAGMA table_info(card)")}
    if "suspended_at" not in columns:
        connection.exec_driver_sql("ALTER TABLE card ADD COLUMN suspended_at INTEGER")
        connection.exec_driver_sql("UPDATE card SET suspended_at = changed_at WHERE changed_at IS NOT NULL")


def _v17_to_v18(connection: Connection) -> None:
    """Schema 18 (an exam's drafts): ``exam_answer.draft``, what was typed to a question and not
    submitted, so a crash mid-exam keeps it.  None for every row: no draft was kept before."""
    columns = {row[1] for row in connection.exec_driver_sql("PRAGMA table_info(exam_answer)")}
    if "draft" not in columns:
        connection.exec_driver_sql("ALTER TABLE exam_answer ADD COLUMN draft VARCHAR")


#: The update triggers schema 19 made again: each watches the columns that take a card out of an answer's case.
_MOVE_TRIGGERS = ("tally_card_update", "tally_state_card_update", "tally_sibling_update_before",
                  "tally_sibling_update", "tally_behind_update")


def _v18_to_v19(connection: Connection) -> None:
    """Schema 19 (an answer's CPU time): the tallies' own update triggers are started by a change of
    a card's note, deck or suspension (``quizzer.db.tally.MOVES``), no longer by one of its day or
    schedule alone, which was an answer's (counted by ``tally_answer``; each of the five tested its
    WHEN and stood aside) or a suspended card's (which none of them counts so).  The counts stay as
    they are: only the triggers are made again from their definitions."""
    from quizzer.db import behind_tally, card_tally, sibling_tally, tally

    for statement in (*tally.TRIGGERS, *card_tally.TRIGGERS, *sibling_tally.TRIGGERS, *behind_tally.TRIGGERS):
        name = statement.split()[2]
        if name in _MOVE_TRIGGERS:
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
            connection.exec_driver_sql(statement)


def _v19_to_v20(connection: Connection) -> None:
    """Schema 20 (the day's queue at a million cards): ``ix_note_retired_id``, the retired notes by
    id, so whether a card's note is retired is found without reading the note's row
    (``quizzer.db.decks.LIVE_SQL``)."""
    connection.exec_driver_sql(
        "CREATE INDEX IF NOT EXISTS ix_note_retired_id ON note (id) WHERE retired_at IS NOT NULL")


# STEPS[n] upgrades a database at version n to n + 1.
STEPS: dict[int, Callable[[Connection], None]] = {
    1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5, 5: _v5_to_v6, 6: _v6_to_v7, 7: _v7_to_v8, 8: _v8_to_v9,
    9: _v9_to_v10, 10: _v10_to_v11, 11: _v11_to_v12, 12: _v12_to_v13, 13: _v13_to_v14, 14: _v14_to_v15, 15: _v15_to_v16,
    16: _v16_to_v17, 17: _v17_to_v18, 18: _v18_to_v19, 19: _v19_to_v20,
}


def known(version: int, *, empty: bool) -> bool:
    """Whether a file at ``version`` can be opened: a new, empty file (0), the
    current schema, or an older one with a step for every version up to now."""
    if version == 0:
        return empty
    return 0 < version <= CURRENT and all(step in STEPS for step in range(version, CURRENT))


def backup(engine: Engine, path: Path, version: int) -> Path:
    """Copy the database (WAL included) to ``<name>.v<version>.bak`` before upgrading."""
    target = path.with_name(f"{path.name}.v{version}.bak")
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        with sqlite3.connect(target) as copy:
            source.backup(copy)
        copy.close()
    finally:
        raw.close()
    return target


def rows(raw: sqlite3.Connection) -> int:
    """About how many cards and reviews the database holds (their largest ids: no table scan)."""
    found = raw.execute(
        "SELECT (SELECT coalesce(max(id), 0) FROM card) + (SELECT coalesce(max(id), 0) FROM review)"
    ).fetchone()
    return int(found[0])


def upgrade(connection: Connection, version: int) -> None:
    for step in range(version, CURRENT):
        STEPS[step](connection)
    connection.exec_driver_sql(f"PRAGMA user_version = {CURRENT}")
