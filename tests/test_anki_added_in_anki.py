"""A deck quizzer exported from a document, a note edited and a note added in Anki: the package imported
back, and again (as README promises, nothing changes the second time); the import says that the edit
is not taken (the document's text is the note's) and that the added note is in no document."""

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
    """The deck exported, a note's back edited and a Basic note added in Anki, the collection exported
    with scheduling: the database and that package."""
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
        edited = col.get_note(col.find_notes('"모두 보기"')[0])
        edited.fields[1] = "모두 보기 (숨은 것도)"
        col.update_note(edited)
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


def test_the_import_says_what_became_of_the_edit_and_the_added_note(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # both were silent: the edit dropped, the added note retired by the document's next import
    db_path, back = _added_in_anki(tmp_path, capsys)
    notes = tmp_path / "practice.md"
    rc, out, err = cli(capsys, "--db", str(db_path), "import", str(back))
    assert rc == 0, err
    assert (f"1 note of practice was edited in Anki; quizzer keeps its text as {notes} writes it: make the edit "
            "there and import that document again.") in out
    assert (f"1 note was added to practice in Anki and is not in {notes}: it is in review now, and the next import "
            "of that document retires it (its history kept) unless you write it there.") in out
    assert "tool -c" in _fronts(db_path)
    assert cli(capsys, "--db", str(db_path), "import", str(notes))[0] == 0
    assert "tool -c" not in _fronts(db_path)  # as said
    rc, out, err = cli(capsys, "--db", str(db_path), "import", str(back), "--json")
    (deck,) = json.loads(out)["imports"][0]["decks"]
    assert (deck["edited_in_anki"], deck["added_in_anki"]) == (1, 0)  # retired: no longer in review


def test_a_package_of_the_notes_as_written_says_nothing_of_anki(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes, db_path, out_apkg = tmp_path / "practice.md", tmp_path / "q.db", tmp_path / "out.apkg"
    notes.write_text(NOTES, encoding="utf-8")
    assert cli(capsys, "--db", str(db_path), "import", str(notes), "--trust")[0] == 0
    assert cli(capsys, "--db", str(db_path), "export", "practice", "-o", str(out_apkg))[0] == 0
    rc, out, err = cli(capsys, "--db", str(db_path), "import", str(out_apkg), "--json")
    assert rc == 0, err
    (deck,) = json.loads(out)["imports"][0]["decks"]
    assert (deck["edited_in_anki"], deck["added_in_anki"], deck["unchanged"]) == (0, 0, 2)
