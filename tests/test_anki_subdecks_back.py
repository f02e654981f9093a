"""A deck imported from Anki goes back with its subdecks: every note of an Anki deck in one subdeck
(``Linux::Net``) shares its first section, which the export took for a document's title and dropped, so
the notes came back to Anki in ``Linux`` (u-campaign8)."""

from __future__ import annotations

from pathlib import Path

import genanki
import pytest

from anki_helpers import import_package, open_collection
from conftest import run_cli


def test_an_anki_deck_in_one_subdeck_goes_back_to_that_subdeck(tmp_path: Path, quizzer_home: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("anki.collection")
    deck = genanki.Deck(2059400121, "Linux::Net")
    for front, back in [("ip a", "show addresses"), ("ss -tlnp", "listening sockets")]:
        deck.add_note(genanki.Note(model=genanki.BASIC_MODEL, fields=[front, back]))
    genanki.Package(deck).write_to_file(str(tmp_path / "linux.apkg"))
    assert run_cli(capsys, "import", str(tmp_path / "linux.apkg"))[0] == 0
    assert run_cli(capsys, "export", "Linux", "-o", str(tmp_path / "back.apkg"))[0] == 0
    col = open_collection(tmp_path / "anki" / "collection.anki2")
    try:
        import_package(col, tmp_path / "back.apkg")
        decks = {col.decks.name(col.get_card(card).did) for card in col.find_cards("")}
    finally:
        col.close()
    assert decks == {"Linux::Net"}
