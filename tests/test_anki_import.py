"""``quizzer import FILE.apkg``: a collection made and exported by real Anki, read into quizzer."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from quizzer.cli import main
from quizzer.commands.common import today
from quizzer.db import open_database
from quizzer.db.models import Card, Deck, Note, Review
from quizzer.exchange.anki_map import cloze_sides
from quizzer.exchange.dump import dump
from quizzer.exchange.history import sm2_ef
from tests.anki_helpers import build_anki_collection, export_with_anki, open_collection

pytest.importorskip("anki.collection")


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    rc = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return rc, out, err


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, Any]]:
    """Anki's own .apkg (modern format) and its legacy one, of one collection made in Anki."""
    folder = tmp_path_factory.mktemp("anki")
    ids = build_anki_collection(folder / "src" / "collection.anki2")
    modern, legacy = folder / "modern.apkg", folder / "legacy.apkg"
    export_with_anki(folder / "src" / "collection.anki2", modern)
    export_with_anki(folder / "src" / "collection.anki2", legacy, legacy=True)
    return modern, legacy, ids


def anki_card(made: tuple[Path, Path, dict[str, Any]], card_id: int) -> tuple[Any, ...]:
    col = open_collection(made[0].parent / "src" / "collection.anki2")
    try:
        card = col.get_card(card_id)
        # answers only: Anki also logs "set due date" as a revlog row (ease 0, type Manual)
        revlog = col.db.scalar("select count() from revlog where cid = ? and ease between 1 and 4", card_id)
        return card.type, card.queue, card.ivl, card.factor, card.lapses, card.due - col.sched.today, revlog
    finally:
        col.close()


def snapshot(db_path: Path) -> dict[str, Any]:
    db = open_database(db_path)
    try:
        with db.reading() as s:
            return dump(s, s.query(Deck).filter(Deck.name == "Spanish").all())
    finally:
        db.close()


def timeless(data: dict[str, Any]) -> dict[str, Any]:
    """A snapshot without the moments of the import itself."""
    for deck in data["decks"]:
        deck.pop("created_at")
        for note in deck["notes"]:
            note.pop("created_at"), note.pop("updated_at")
    return data


def test_cloze_sides() -> None:
    text = "{{c1::Seoul}} is the capital of {{c2::Korea::country}}"
    assert cloze_sides(text, 1) == ("[...] is the capital of Korea", "Seoul")
    assert cloze_sides(text, 2) == ("Seoul is the capital of [country]", "Korea")


def test_import_from_anki(made: tuple[Path, Path, dict[str, Any]], db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    modern, _, ids = made
    rc, out, err = cli(capsys, "--db", str(db_path), "import", str(modern), "--json")
    assert rc == 0, err
    (result,) = json.loads(out)["imports"]
    assert result["clozes"] == {"notes": 1, "made": 2}  # u-campaign4: 4 notes in Anki, 5 here, and why
    (deck,) = result["decks"]
    assert deck["deck"] == "Spanish"
    assert deck["added"] == 5 and deck["cards"] == 6  # basic, reversed (2 cards), 2 cloze gaps, type-in
    if ids["occlusion"]:
        assert result["skipped"] == {"occlusion": 1}
    db = open_database(db_path)
    try:
        with db.reading() as s:
            notes = {n.key: n for n in s.query(Note).join(Deck).filter(Deck.name == "Spanish")}
            basic = notes[f"anki:{ids['basic']}"]
            assert (basic.front, basic.back) == ("hablar (yo)", "hablo & I speak\n2nd line")
            assert basic.section == ["Verbs"] and basic.tags == ["leech", "verb"]
            assert notes[f"anki:{ids['typed']}"].answers == ["como"]
            assert notes[f"anki:{ids['cloze']}:c1"].front == "[...] is the capital of Korea"
            assert notes[f"anki:{ids['cloze']}:c2"].back == "Korea"
            assert notes[f"anki:{ids['rev']}"].section == []
            card = s.query(Card).filter(Card.note_id == basic.id).one()
            ctype, _queue, ivl, factor, lapses, due_in, revlog = anki_card(made, ids["basic_card"])
            assert ctype == 2
            assert (card.interval, card.ef_centi, card.lapses) == (ivl, sm2_ef(factor), lapses) and lapses >= 1
            assert card.due == today() + dt.timedelta(days=due_in) and card.reps >= 2 and card.leech
            assert s.query(Review).filter(Review.card_id == card.id).count() == revlog >= 4
            forward, backward = sorted(
                s.query(Card).filter(Card.note_id == notes[f"anki:{ids['rev']}"].id), key=lambda c: c.ord
            )
            assert forward.due == today() and forward.reps == 0 and not forward.suspended  # in learning
            assert backward.due is None and backward.suspended
    finally:
        db.close()
    # the same file again changes nothing
    before = snapshot(db_path)
    rc, out, _ = cli(capsys, "--db", str(db_path), "import", str(modern), "--json")
    (deck,) = json.loads(out)["imports"][0]["decks"]
    assert (deck["added"], deck["updated"], deck["rescheduled"], deck["unchanged"], deck["cards"], deck["reviews"]) == (
        0, 0, 0, 5, 0, 0)
    assert snapshot(db_path) == before
    rc, out, err = cli(capsys, "--db", str(db_path), "--lang", "en", "import", str(modern))
    assert "A cloze note's gaps are notes of their own in quizzer: 1 cloze note made 2 notes." in out + err
    # the imported cards render both ways
    rc, out, _ = cli(capsys, "--db", str(db_path), "cards", "Spanish", "--json")
    sides = {(c["front"], c["direction"]) for c in json.loads(out)["cards"]}
    assert ("el perro", "reverse") in sides


def test_legacy_package_without_the_anki_package(
    made: tuple[Path, Path, dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    modern, legacy, _ = made
    with_anki, without = tmp_path / "a.db", tmp_path / "b.db"
    assert cli(capsys, "--db", str(with_anki), "import", str(legacy))[0] == 0
    monkeypatch.setitem(sys.modules, "anki.collection", None)  # as if the extra were not installed
    rc, out, err = cli(capsys, "--db", str(without), "import", str(legacy))
    assert rc == 0, err
    assert "Imported Spanish" in out
    assert timeless(snapshot(without)) == timeless(snapshot(with_anki))  # the standard library reads it the same
    rc, _, err = cli(capsys, "--db", str(without), "import", str(modern))
    assert rc == 1 and "pip install 'quizzer[anki]'" in err and err.count("\n") == 1


def test_not_a_package(tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "x.apkg"
    bad.write_text("hello", encoding="utf-8")
    rc, _, err = cli(capsys, "--db", str(db_path), "import", str(bad))
    assert rc == 1 and "not an Anki package" in err


def test_collection_package(
    made: tuple[Path, Path, dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A whole collection (.colpkg, modern and legacy) reads as the .apkg of it does."""
    modern, _, _ = made
    col = open_collection(modern.parent / "src" / "collection.anki2")
    col.export_collection_package(str(tmp_path / "all.colpkg"), include_media=True, legacy=False)
    col = open_collection(modern.parent / "src" / "collection.anki2")
    col.export_collection_package(str(tmp_path / "old.colpkg"), include_media=True, legacy=True)
    dbs = {name: tmp_path / f"{name}.db" for name in ("apkg", "colpkg", "old")}
    assert cli(capsys, "--db", str(dbs["apkg"]), "import", str(modern))[0] == 0
    assert cli(capsys, "--db", str(dbs["colpkg"]), "import", str(tmp_path / "all.colpkg"))[0] == 0
    monkeypatch.setitem(sys.modules, "anki.collection", None)  # the legacy one with the standard library
    assert cli(capsys, "--db", str(dbs["old"]), "import", str(tmp_path / "old.colpkg"))[0] == 0
    expected = timeless(snapshot(dbs["apkg"]))
    assert timeless(snapshot(dbs["colpkg"])) == expected == timeless(snapshot(dbs["old"]))


def test_a_third_field_the_cards_show_and_an_empty_side_are_said(
        tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """u-campaign4: a vocabulary note type (word, meaning, example sentence, its cards showing all three) came in
    as word → meaning, the sentences gone without a word; a note with an empty front was said to be "without
    text (only images or sounds)", which it did not hold.  A field only tested by a template (Basic (optional
    reversed card)'s 'Add Reverse') is no text of a card and is not counted."""
    col = open_collection(tmp_path / "src" / "collection.anki2")
    try:
        models = col.models
        vocab = models.new("Vocabulary")
        for name in ("Word", "Meaning", "Example"):
            models.add_field(vocab, models.new_field(name))
        template = models.new_template("Card 1")
        template["qfmt"], template["afmt"] = "{{Example}}<br>{{Word}}", "{{FrontSide}}<hr id=answer>{{Meaning}}"
        models.add_template(vocab, template)
        models.add(vocab)
        deck = col.decks.id("Words")
        for word, example in (("ephemeral", "Fame is ephemeral."), ("terse", "")):
            note = col.new_note(models.by_name("Vocabulary"))
            note["Word"], note["Meaning"], note["Example"] = word, f"meaning of {word}", example
            col.add_note(note, deck)
        optional = col.new_note(models.by_name("Basic (optional reversed card)"))
        optional["Front"], optional["Back"], optional["Add Reverse"] = "cp", "copy", "y"
        col.add_note(optional, deck)
        empty = col.new_note(models.by_name("Basic"))
        empty["Front"], empty["Back"] = "", "only a back"
        col.add_note(empty, deck)
    finally:
        col.close()
    package = tmp_path / "words.apkg"
    export_with_anki(tmp_path / "src" / "collection.anki2", package)
    rc, out, err = cli(capsys, "--db", str(db_path), "--lang", "en", "import", str(package))
    said = " ".join((out + err).split())
    assert rc == 0
    assert "Left out: the text of fields after the first two, in 1 note whose cards show it" in said, said
    assert "Left out: 1 note with no text on its front or back (empty, or only images or sounds)." in said, said
    rc, out, _err = cli(capsys, "--db", str(db_path), "import", str(package), "--json")
    assert json.loads(out)["imports"][0]["fields_left"] == 1
