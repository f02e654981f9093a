"""Hand-written cards on re-import: editing the back keeps history; one way or both ways, one note."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_import import card_states, counts, dump, give_history, import_json, write


def cards_of(db: Path, deck: str) -> list[tuple[str, str, int, int]]:
    """(kind, back, ord, suspended) of every card of ``deck``."""
    con = sqlite3.connect(db)
    try:
        return list(con.execute(
            "SELECT note.kind, note.back, card.ord, card.suspended FROM card JOIN note ON note.id = card.note_id "
            "JOIN deck ON deck.id = note.deck_id WHERE deck.name = ? ORDER BY note.doc_order, card.ord", (deck,)))
    finally:
        con.close()


def test_editing_the_back_keeps_the_cards_history(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    notes = write(tmp_path / "words.md", "# Words\n\napple:::사과\nWhat is 2+2?\n?\nfive\n")
    assert import_json(capsys, db, notes) == {"words": counts(added=2)}
    cards = give_history(db, "words")
    reviews = dump(db)["review"]
    write(notes, "# Words\n\napple:::사과 (과일)\nWhat is 2+2?\n?\nfour\n")
    assert import_json(capsys, db, notes) == {"words": counts(updated=2)}
    assert card_states(db) == cards
    assert dump(db)["review"] == reviews
    assert [back for _, back, _, _ in cards_of(db, "words")] == ["사과 (과일)", "사과 (과일)", "four"]


def test_one_way_or_both_ways_is_the_same_note(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    notes = write(tmp_path / "words.md", "apple::사과\n")
    import_json(capsys, db, notes)
    assert cards_of(db, "words") == [("written", "사과", 0, 0)]
    give_history(db, "words")
    forward = card_states(db)

    # asked both ways now: the same note gains a reverse card; the forward card keeps its history
    write(notes, "apple:::사과\n")
    assert import_json(capsys, db, notes) == {"words": counts(updated=1)}
    assert cards_of(db, "words") == [("written-both", "사과", 0, 0), ("written-both", "사과", 1, 0)]
    assert all(card_states(db)[card_id] == state for card_id, state in forward.items())

    # one way again: the reverse card is kept (with its history) but no longer asked
    write(notes, "apple::사과\n")
    import_json(capsys, db, notes)
    assert cards_of(db, "words") == [("written", "사과", 0, 0), ("written", "사과", 1, 1)]

    # and both ways again brings it back
    write(notes, "apple:::사과\n")
    import_json(capsys, db, notes)
    assert cards_of(db, "words") == [("written-both", "사과", 0, 0), ("written-both", "사과", 1, 0)]


def test_a_suspended_forward_card_stays_suspended_when_the_direction_changes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    notes = write(tmp_path / "words.md", "apple::사과\n")
    import_json(capsys, db, notes)
    con = sqlite3.connect(db)
    con.execute("UPDATE card SET suspended = 1 WHERE ord = 0 AND deck_id = (SELECT id FROM deck WHERE name = 'words')")
    con.commit()
    con.close()
    write(notes, "apple:::사과\n")
    import_json(capsys, db, notes)
    assert cards_of(db, "words") == [("written-both", "사과", 0, 1), ("written-both", "사과", 1, 0)]
