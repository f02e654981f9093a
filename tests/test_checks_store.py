"""The check before learning, stored (quizzer.db.checks, quizzer.db.check_import):
verdicts per shape, the cards the check suspends, and what an import does with them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from quizzer.checking import section_key
from quizzer.db import Database, open_database
from quizzer.db.checks import HELD, WAITING, hold, keep, keep_cards, verdict, waiting
from quizzer.db.sync import sync_deck
from quizzer.errors import QuizzerError
from quizzer.extract import extract
from quizzer.review.store import set_suspended

NOW = dt.datetime(2030, 3, 1, 12, tzinfo=dt.timezone.utc)
COLON = "`command: description` line"
TABLE = "table row"
GIT = section_key(("Git",))  # the section of every note of NOTES

NOTES = """# Git

- **git status**: show the working tree status
- **git add**: stage changes
- **git log**: show history

| command | meaning |
|---|---|
| `ls -l` | long listing |
| `ls -a` | show hidden files |

hello :: world
"""


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "q.db")
    yield database
    database.close()


def load(db: Database, notes: str = NOTES, *, check: str | None = "check", deck: str = "git"):  # type: ignore[no-untyped-def]
    with db.session() as session:
        return sync_deck(session, extract(notes, deck=deck, source=f"{deck}.md"), now=NOW, origin=f"/n/{deck}.md",
                         check=check)  # type: ignore[arg-type]


def cards(db: Database) -> dict[str, tuple[int, int]]:
    """front/ord → (suspended, held) of every card."""
    with db.reading() as session:
        rows = session.execute(text(
            "SELECT note.front, card.ord, card.suspended, card.held FROM card JOIN note ON note.id = card.note_id"))
        return {f"{front}/{ord_}": (int(s), int(h)) for front, ord_, s, h in rows}


def test_new_shapes_wait_for_a_check_and_written_cards_do_not(db: Database) -> None:
    result = load(db)
    assert (result.waiting, result.waiting_groups) == (10, 2)
    found = cards(db)
    assert found["hello/0"] == (0, 0)
    assert all(state == (1, WAITING) for key, state in found.items() if not key.startswith("hello"))
    with db.reading() as session:
        shapes = waiting(session)
    assert [(w.deck, w.reason, w.kind, len(w.cards)) for w in shapes] == [("git", COLON, "command", 6), ("git", TABLE, "command", 4)]
    assert [c.front for c in shapes[0].cards] == ["git status", "git status", "git add", "git add", "git log", "git log"]
    assert shapes[0].source == "/n/git.md" and shapes[0].cards[0].line == 3 and shapes[1].cards[0].back == "long listing"
    with db.reading() as session:
        assert verdict(session, "git", COLON, "command", GIT) == "unchecked"
        assert verdict(session, "git", None, "written") is None
        assert waiting(session, held=True) == []


def test_without_a_check_nothing_is_held(db: Database) -> None:
    result = load(db, check=None)
    assert result.waiting == 0
    assert set(cards(db).values()) == {(0, 0)}


def test_keep_unsuspends_and_hold_keeps_suspended(db: Database) -> None:
    load(db)
    with db.session() as session:
        assert keep(session, "git", COLON, "command") == 6
        assert hold(session, "git", TABLE, "command") == 4
    found = cards(db)
    assert found["git add/1"] == (0, 0) and found["ls -l/0"] == (1, HELD)
    with db.reading() as session:
        assert waiting(session) == []
        held = waiting(session, held=True)
        assert [(w.reason, len(w.cards)) for w in held] == [(TABLE, 4)]
        assert verdict(session, "git", TABLE, "command", GIT) == "held"
    # a later look (--again): the held shape kept after all
    with db.session() as session:
        assert keep(session, "git", TABLE, "command") == 4
    assert set(cards(db).values()) == {(0, 0)}


def test_one_by_one(db: Database) -> None:
    load(db)
    with db.reading() as session:
        (colon, _table) = waiting(session)
    chosen = [colon.cards[0].card_id, colon.cards[1].card_id]  # git status, both ways
    with db.session() as session:
        assert keep_cards(session, "git", COLON, "command", chosen) == (2, 4)
    found = cards(db)
    assert found["git status/0"] == found["git status/1"] == (0, 0)
    assert found["git add/0"] == found["git log/1"] == (1, HELD)
    with db.reading() as session:
        assert verdict(session, "git", COLON, "command", GIT) == "kept"
        assert [(w.reason, len(w.cards)) for w in waiting(session)] == [(TABLE, 4)]
        assert [(w.reason, len(w.cards)) for w in waiting(session, held=True)] == [(COLON, 4)]


def test_reimport_keeps_verdicts_and_gates_new_cards_by_them(db: Database) -> None:
    load(db)
    with db.session() as session:
        keep(session, "git", COLON, "command")
        hold(session, "git", TABLE, "command")
    more = NOTES.replace("- **git log**", "- **git diff**: show changes\n- **git log**").replace(
        "| `ls -a` |", "| `ls -R` | recursive |\n| `ls -a` |")
    result = load(db, more)
    found = cards(db)
    assert found["git diff/0"] == found["git diff/1"] == (0, 0)  # a kept shape's new card comes in
    assert found["ls -R/0"] == (1, HELD)  # a held shape's new card stays held
    assert found["git status/0"] == (0, 0) and found["ls -l/0"] == (1, HELD)
    assert result.waiting == 0
    with db.reading() as session:
        assert verdict(session, "git", COLON, "command", GIT) == "kept"
        assert verdict(session, "git", TABLE, "command", GIT) == "held"


def test_a_persons_suspend_is_not_the_checks(db: Database) -> None:
    load(db)
    with db.reading() as session:
        first = waiting(session)[0].cards[0].card_id
    with db.session() as session:
        set_suspended(session, first, True, at=dt.datetime(2024, 3, 1, tzinfo=dt.timezone.utc))  # the person suspends a waiting card: theirs now
    with db.session() as session:
        assert keep(session, "git", COLON, "command") == 5
    assert cards(db)["git status/0"] == (1, 0)


def test_trust_keeps_the_documents_shapes_but_not_held_ones(db: Database) -> None:
    load(db)
    with db.session() as session:
        hold(session, "git", TABLE, "command")
    result = load(db, NOTES + "\n- **git diff**: show changes\n", check="trust")
    found = cards(db)
    assert found["git status/0"] == (0, 0) and found["git diff/1"] == (0, 0)
    assert found["ls -l/0"] == (1, HELD)
    assert result.waiting == 0
    with db.reading() as session:
        assert verdict(session, "git", COLON, "command", GIT) == "kept"


def test_decks_are_apart_and_named(db: Database) -> None:
    load(db)
    load(db, deck="another")
    with db.reading() as session:
        assert [w.deck for w in waiting(session)] == ["another", "another", "git", "git"]
        assert [w.deck for w in waiting(session, ["git"])] == ["git", "git"]
    with db.session() as session:
        keep(session, "another", COLON, "command")
    with db.reading() as session:
        assert verdict(session, "git", COLON, "command", GIT) == "unchecked"
        with pytest.raises(QuizzerError, match="There is no deck named 'nope'"):
            keep(session, "nope", COLON, "command")


def test_retired_notes_leave_the_list(db: Database) -> None:
    load(db)
    load(db, NOTES.replace("| `ls -l` | long listing |\n| `ls -a` | show hidden files |\n", ""))
    with db.reading() as session:
        assert [w.reason for w in waiting(session)] == [COLON]


def test_a_note_imported_before_the_check_makes_its_shape_kept(db: Database) -> None:
    """Schema 11's upgrade leaves old notes without a reason: their shapes count as kept."""
    load(db, check=None)
    with db.session() as session:
        session.execute(text("UPDATE note SET reason = NULL"))
    load(db, NOTES + "\n- **git diff**: show changes\n")
    found = cards(db)
    assert set(found.values()) == {(0, 0)}
    with db.reading() as session:
        assert verdict(session, "git", COLON, "command", GIT) == "kept"
        assert verdict(session, "git", TABLE, "command", GIT) == "kept"


def test_a_new_note_above_the_notes_a_deck_learns_is_not_held(db: Database) -> None:
    """The shape is kept because of notes further down the document (seen before any card is gated)."""
    load(db, check=None)
    with db.session() as session:
        session.execute(text("UPDATE note SET reason = NULL"))  # as schema 11's upgrade leaves them
    load(db, NOTES.replace("- **git status**", "- **git init**: make a repository\n- **git status**"))
    assert cards(db)["git init/0"] == (0, 0)
    with db.reading() as session:
        assert waiting(session) == []
