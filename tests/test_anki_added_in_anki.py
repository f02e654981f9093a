"""A note added in Anki to a deck quizzer exported from a document: the package imported back, and
again (as README promises, nothing changes the second time)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from quizzer.db import open_database
from quizzer.db.models import Deck, Note
from tests.test_dump import cli

NOTES = "# 연습\n\n## 명령\n\n- `tool -a`: 모두 보기\n- `tool -b`: 짧게 보기\n"


def _added_in_anki(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    """The deck exported, a Basic note added to it in Anki, the collection exported with scheduling:
    the database and that package."""
    from tests.anki_helpers import export_with_anki, import_package, open_collection

    pytest.importorskip("anki.collection")
    notes, db_path = tmp_path / "practice.md", tmp_path / "q.db"
    notes.write_text(NOTES, encoding="utf-8")
    out_apkg, back_apkg = tmp_path / "out.apkg", tmp_path / "back.apkg"
    assert cli(capsys, "--db", str(db_path), "import", str(notes), "--trust")[0] == 0
    assert cli(capsys, "--db", str(db_path), "export", "practice", "-o", str(out_apkg))[0] == 0
    collection = tmp_path / "anki" / "collection.anki2"
    col = open_collection(collection)
    try:
        import_package(col, out_apkg)
        note = col.new_note(col.models.by_name("Basic"))
        note["Front"], note["Back"] = "tool -c", "세어 보기"
        col.add_note(note, col.decks.id("practice"))
    finally:
        col.close()
    export_with_anki(collection, back_apkg)
    return db_path, back_apkg


def _fronts(db_path: Path) -> list[str]:
    db = open_database(db_path)
    try:
        with db.reading() as s:
            return sorted(s.scalars(select(Note.front).join(Deck, Deck.id == Note.deck_id)
                                    .where(Deck.name == "practice", Note.retired_at.is_(None))))
    finally:
        db.close()


def test_a_note_added_in_anki_is_matched_when_the_package_comes_back_again(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the second import took the note for a new one and failed on the database's unique key (a traceback)
    db_path, back = _added_in_anki(tmp_path, capsys)
    counts = []
    for _ in range(2):
        rc, out, err = cli(capsys, "--db", str(db_path), "import", str(back), "--json")
        assert rc == 0, err
        (deck,) = json.loads(out)["imports"][0]["decks"]
        counts.append((deck["added"], deck["updated"], deck["unchanged"]))
    assert counts == [(1, 0, 2), (0, 0, 3)]
    assert _fronts(db_path).count("tool -c") == 1
