"""Answers dated after the real clock's now (a clock that ran ahead, days set forward) on the Anki round trip.

Anki's revlog id is the answer's moment and never in the future, so ``export --with-history`` moves such an answer
to the moment of the export; imported back, it matched no answer stored for the card and came in again, as another
answer (u-campaign10: 101 answers twice, card 76 with 355 and 356 beside 84).  Now it is known as the answer it
was: exported, imported back, twice, through real Anki or not, no answer appears twice, and an answer given in
Anki meanwhile still comes in."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from quizzer.db import open_database
from quizzer.db.models import Card, Deck, Note, Review
from tests.test_dump import UTC, cli

NOTES = "# Linux\n\n- **ls**: list files\n- **cp**: copy files\n- **mv**: move files\n"


def _answers_ahead(db_path: Path, front: str, grades: list[int]) -> None:
    """``front``'s forward card answered on the days after today by the real clock, one answer a day."""
    start = dt.datetime.now(UTC).replace(microsecond=0) + dt.timedelta(days=1)
    db = open_database(db_path)
    try:
        with db.session() as s:
            card = (s.query(Card).join(Note, Note.id == Card.note_id).join(Deck, Deck.id == Card.deck_id)
                    .filter(Deck.name == "linux", Note.front == front, Card.ord == 0).one())
            interval = 0
            for n, grade in enumerate(grades):
                at = start + dt.timedelta(days=n)
                after = interval + 1 if grade >= 3 else 1
                s.add(Review(card_id=card.id, reviewed_at=at, grade=grade, day=at.date(), drill=False,
                             duration_ms=3000, prev_reps=n, prev_interval=interval, prev_ef_centi=250, interval=after,
                             ef_centi=250, due=at.date() + dt.timedelta(days=after)))
                interval = after
            card.reps, card.interval, card.due = len(grades), interval, start.date() + dt.timedelta(days=len(grades))
    finally:
        db.close()


def _answers(db_path: Path) -> dict[str, list[tuple[dt.datetime, int]]]:
    """Each forward card's answers by its front: (moment, grade), in order."""
    db = open_database(db_path)
    try:
        with db.reading() as s:
            return {note.front: [(r.reviewed_at, r.grade) for r in s.query(Review).filter(Review.card_id == card.id)
                                 .order_by(Review.reviewed_at, Review.id)]
                    for card, note in (s.query(Card, Note).join(Note, Note.id == Card.note_id)
                                       .filter(Card.ord == 0))}
    finally:
        db.close()


def _import(capsys: pytest.CaptureFixture[str], db: Path, package: Path) -> int:
    rc, out, err = cli(capsys, "--db", str(db), "import", str(package), "--json")
    assert rc == 0, err
    (deck,) = json.loads(out)["imports"][0]["decks"]
    return int(deck["reviews"])


@pytest.fixture
def home(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    pytest.importorskip("anki.collection")
    notes = tmp_path / "linux.md"
    notes.write_text(NOTES, encoding="utf-8")
    db = tmp_path / "home.db"
    assert cli(capsys, "--db", str(db), "import", str(notes), "--trust")[0] == 0
    _answers_ahead(db, "ls", [4, 5, 4, 3])
    _answers_ahead(db, "cp", [5, 2])
    return db


def test_answers_ahead_of_the_clock_come_back_once(home: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    before = _answers(home)
    package = tmp_path / "out.apkg"
    assert cli(capsys, "--db", str(home), "export", "linux", "--with-history", "-o", str(package))[0] == 0
    assert _import(capsys, home, package) == 0
    assert _import(capsys, home, package) == 0
    assert _answers(home) == before


def test_through_anki_they_come_back_once_beside_an_answer_given_there(
        home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.anki_helpers import answer, export_with_anki, import_package, open_collection

    before = _answers(home)
    out_apkg, back_apkg = tmp_path / "out.apkg", tmp_path / "back.apkg"
    assert cli(capsys, "--db", str(home), "export", "linux", "--with-history", "-o", str(out_apkg))[0] == 0
    collection = tmp_path / "anki" / "collection.anki2"
    col = open_collection(collection)
    try:
        import_package(col, out_apkg)
        (mv,) = [card_id for card_id in col.find_cards("") if col.get_card(card_id).note()["Front"] == "mv"
                 and col.get_card(card_id).ord == 0]
        answer(col, mv, "GOOD")
    finally:
        col.close()
    export_with_anki(collection, back_apkg)
    assert _import(capsys, home, back_apkg) == 1  # mv's answer in Anki, nothing else
    assert _import(capsys, home, back_apkg) == 0
    after = _answers(home)
    assert after["ls"] == before["ls"] and after["cp"] == before["cp"]
    assert [grade for _at, grade in after["mv"]] == [4]
