"""An import inserts new notes and cards on the DB-API cursor (quizzer.db.sync):
the rows must be exactly those the ORM would store for the same notes."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_extract_incremental import edits

from quizzer.db import open_database, sync
from quizzer.db.check_import import Mode
from quizzer.db.models import Card, Deck, Note
from quizzer.db.sync import card_ords, sync_deck
from quizzer.extract import extract

NOW = dt.datetime(2024, 3, 1, 1, 2, 3, 456789, tzinfo=dt.timezone.utc)

NOTES = """\
# Docker 명령어

## 컨테이너

- **docker run**: 컨테이너를 만들고 실행한다 "따옴표" \\ 역슬래시
- **docker ps**: list running containers
  - **-a**: 멈춘 것까지 모두
- **docker rm** `<컨테이너>`: 컨테이너를 지운다

1. `docker pull nginx` 이미지를 내려받는다
2. `docker run -d nginx` 실행한다

| 옵션 | 뜻 |
|---|---|
| `-p` | 포트를 연결한다 |
"""


def rows(path: Path, table: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path)
    try:
        return con.execute(f"SELECT * FROM {table} ORDER BY {'id' if table != 'shape_check' else '1, 2, 3'}").fetchall()
    finally:
        con.close()


def test_new_notes_and_cards_are_the_rows_the_orm_writes(tmp_path: Path) -> None:
    draft = extract(NOTES, deck="docker", source="docker.md")
    assert {note.kind.value for note in draft.notes} >= {"command", "option", "step"}
    assert any(note.answers for note in draft.notes) and any(note.tags for note in draft.notes)

    fast = open_database(tmp_path / "fast.db")
    with fast.session() as session:
        sync_deck(session, draft, now=NOW, origin="docker.md")
    fast.close()

    orm = open_database(tmp_path / "orm.db")
    with orm.session() as session:
        deck = Deck(name="docker", source="docker.md", builtin=False, created_at=NOW)
        session.add(deck)
        session.flush()
        for order, item in enumerate(draft.notes):
            note = Note(
                deck_id=deck.id, key=item.key, kind=item.kind.value, front=item.front, back=item.back,
                command=item.command, context=item.context, answers=list(item.answers),
                section=list(item.section), tags=list(item.tags), line=item.line, position=item.position,
                doc_order=order, reason=item.reason, retired_at=None, created_at=NOW, updated_at=NOW,
            )
            session.add(note)
            session.flush()
            for ord_ in card_ords(item.kind.value):
                session.add(Card(note_id=note.id, deck_id=deck.id, ord=ord_, new_rank=order))
        session.flush()
    orm.close()

    for table in ("deck", "note", "card"):
        assert rows(tmp_path / "fast.db", table) == rows(tmp_path / "orm.db", table), table
    assert len(rows(tmp_path / "fast.db", "card")) > len(draft.notes)  # reverse cards too


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits(), st.sampled_from(["trust", "check", None]))
def test_a_reimport_writes_the_rows_of_comparing_every_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pair: tuple[str, str], check: Mode | None
) -> None:
    """A stored note that is the draft's as written is passed over without comparing it field by
    field (quizzer.db.sync._as_drafted): the rows and the result are those of comparing every note,
    on random documents and edits."""
    text, edited = pair
    later = NOW + dt.timedelta(days=1)
    made = {}
    for name, quick in (("quick", True), ("slow", False)):
        path = tmp_path / f"{name}-{uuid.uuid4().hex}.db"
        with monkeypatch.context() as patched:
            if not quick:
                patched.setattr(sync, "_as_drafted", lambda *_: False)
            db = open_database(path)
            steps: list[object] = []  # each import's result, and the rows it left
            for document, now in ((text, NOW), (edited, later), (text, later + dt.timedelta(days=1))):
                draft = extract(document, deck="d", source="d.md")
                with db.session() as session:
                    steps.append(sync_deck(session, draft, now=now, origin="d.md", check=check))
                steps.append({table: rows(path, table) for table in ("deck", "note", "card", "shape_check")})
            db.close()
        made[name] = steps
    assert made["quick"] == made["slow"]


def test_a_new_decks_cards_bind_no_bool(tmp_path: Path) -> None:
    """A bool is bound through quizzer.db.lite's adapter, a call a value, where an int is bound at once: a new
    deck's cards (learnt, or waiting for the check) hold their flags as the integers SQLite stores, so a
    first import makes no such call a card (50k cards: 100k calls), only its deck's builtin."""
    adapted: list[bool] = []
    key = (bool, sqlite3.PrepareProtocol)
    registered = sqlite3.adapters[key]
    sqlite3.adapters[key] = lambda value: adapted.append(value) or int(value)
    try:
        db = open_database(tmp_path / "q.db")
        for deck, check in (("learnt", None), ("checked", "check")):
            draft = extract(NOTES, deck=deck, source=f"{deck}.md")
            with db.session() as session:
                sync_deck(session, draft, now=NOW, origin=f"{deck}.md", check=check)  # type: ignore[arg-type]
        db.close()
    finally:
        sqlite3.adapters[key] = registered
    assert adapted == [False, False]  # each deck's builtin, once a deck
    con = sqlite3.connect(tmp_path / "q.db")
    try:
        flags = con.execute("SELECT DISTINCT typeof(suspended), suspended, typeof(leech), leech FROM card").fetchall()
    finally:
        con.close()
    assert sorted(flags) == [("integer", 0, "integer", 0), ("integer", 1, "integer", 0)]
