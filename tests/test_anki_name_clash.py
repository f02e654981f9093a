"""An Anki package of several decks, one named like a quizzer deck of other notes: the refusal's advice
must work.  It said to import it with --deck NAME, which renames only a package's one deck ("holds 2
decks; --deck can rename only one"): a dead end."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_dump import cli

NOTES = "# 연습\n\n- `tool -a`: 모두 보기\n- `tool -b`: 짧게 보기\n"


def _two_decks(tmp_path: Path, first: str) -> Path:
    """A package Anki exported of two decks, ``first`` and ``words``, a Basic note each."""
    from tests.anki_helpers import export_with_anki, open_collection

    collection = tmp_path / first / "collection.anki2"
    col = open_collection(collection)
    try:
        for deck, front, back in ((first, "볼륨", "데이터를 남기는 곳"), ("words", "hola", "hello")):
            note = col.new_note(col.models.by_name("Basic"))
            note["Front"], note["Back"] = front, back
            col.add_note(note, col.decks.id(deck))
    finally:
        col.close()
    export_with_anki(collection, tmp_path / f"{first}.apkg")
    return tmp_path / f"{first}.apkg"


def test_a_clash_in_a_package_of_several_decks_gives_advice_that_works(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("anki.collection")
    notes, db = tmp_path / "practice.md", tmp_path / "q.db"
    notes.write_text(NOTES, encoding="utf-8")
    assert cli(capsys, "--db", str(db), "import", str(notes), "--trust")[0] == 0
    rc, _, err = cli(capsys, "--db", str(db), "import", str(_two_decks(tmp_path, "practice")))
    assert rc == 1
    assert err == (f"Error: The Anki deck practice has the name of a quizzer deck made from {notes} but none of its "
                   "notes; rename it in Anki, or export it alone from Anki and import that package with --deck NAME.\n")
    rc, out, err = cli(capsys, "--db", str(db), "import", str(_two_decks(tmp_path, "practice-anki")))  # renamed in Anki
    assert rc == 0, err
    assert "Imported practice-anki" in out and "Imported words" in out
