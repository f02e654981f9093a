"""Helpers for the tests that use a real Anki collection (the ``anki`` package)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from quizzer.db import Database
from quizzer.db.models import Card, Deck, Note

UTC = dt.timezone.utc
NOW = dt.datetime(2024, 3, 1, 1, 0, tzinfo=UTC)

#: Note text that HTML, Anki's [sound:] tags or its templates would eat if not escaped.
TRICKY = (
    ("syntax", "docker image rm 옵션 이미지이름<:태그>", "이미지를 지운다 (여러 개: 공백으로 구분)", "docker image rm", None),
    ("command", "docker pull", "pull name[:tag | @IMAGE_DIGEST] from a registry", "docker pull", "docker pull nginx:1.25"),
    ("command", "docker evil", "<script>document.title='pwned'</script> runs nothing", "docker evil", None),
    ("flag", "-x", "<img src=x onerror=\"document.title='pwned'\"> & shows as text", "docker run", "docker run -x  ubuntu\n  bash"),
    ("option", "--sound", "[sound:boom.mp3] {{Front}} [latex]x^2[/latex] &amp;", "docker run", None),
    ("concept", "용어 <b>굵게</b>", "정의   with   spaces", None, "line one\nline two"),
    ("step", "설치 — step 1", "apt install docker.io", None, "설치"),
)


def anki() -> Any:
    return pytest.importorskip("anki.collection")


def make_tricky_deck(db: Database, name: str = "tricky") -> None:
    """A deck straight through the ORM, with every tricky text above (reverse cards where quizzer makes them)."""
    from quizzer.db.sync import card_ords

    with db.session() as s:
        deck = Deck(name=name, source=f"/notes/{name}.md", created_at=NOW)
        s.add(deck)
        s.flush()
        for n, (kind, front, back, command, context) in enumerate(TRICKY):
            note = Note(
                deck_id=deck.id, key=f"{name}|{kind}|{command or ''}|{front}", kind=kind, front=front, back=back,
                command=command, context=context, answers=[], section=["Docker", f"Part {n % 2}"],
                tags=["Docker", f"Part_{n % 2}"], line=n + 3, position=None, doc_order=n, created_at=NOW,
                updated_at=NOW,
            )
            s.add(note)
            s.flush()
            for ord_ in card_ords(kind):
                s.add(Card(note_id=note.id, deck_id=deck.id, ord=ord_, new_rank=n))


def open_collection(path: Path) -> Any:
    path.parent.mkdir(parents=True, exist_ok=True)
    return anki().Collection(str(path))


def import_package(col: Any, package: Path) -> Any:
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    options = ImportAnkiPackageOptions(with_scheduling=True, merge_notetypes=True)
    return col.import_anki_package(ImportAnkiPackageRequest(package_path=str(package), options=options))
