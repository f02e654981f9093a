"""An Anki package's notes name sounds and pictures (``[sound:x.mp3]``, ``<img src=…>``):
quizzer shows text only, so they leave the text, and the import says how many."""

from __future__ import annotations

import json
from pathlib import Path

import genanki
import pytest

from conftest import run_cli
from quizzer.exchange.html_text import html_text, media_references

DECK_ID = 2059400110


def package(path: Path, notes: list[tuple[str, str]]) -> Path:
    deck = genanki.Deck(DECK_ID, "Spanish")
    for front, back in notes:
        deck.add_note(genanki.Note(model=genanki.BASIC_MODEL, fields=[front, back]))
    genanki.Package(deck).write_to_file(str(path))
    return path


def imported(capsys: pytest.CaptureFixture[str], db: str, apkg: Path) -> tuple[str, set[tuple[str, str]]]:
    """Import ``apkg`` into ``db``: what the import printed, and the (front, back) of the deck's cards after it."""
    rc, out, err = run_cli(capsys, "--db", db, "import", str(apkg))
    assert rc == 0, err
    rc, cards, err = run_cli(capsys, "--db", db, "cards", "Spanish", "--json")
    assert rc == 0, err
    return out, {(card["front"], card["back"]) for card in json.loads(cards)["cards"]}


def test_media_tags_leave_the_text() -> None:
    assert html_text("hola [sound:hola.mp3]") == "hola"
    assert html_text("[sound:a.mp3]hello[sound:b.ogg] world") == "hello world"
    assert html_text('cat <img src="cat.jpg"> 고양이') == "cat 고양이"
    assert html_text("a\n\n[sound:x.mp3]\nb") == "a\nb"
    assert html_text("[not a sound] [sound:]") == "[not a sound] [sound:]"  # names no file
    assert media_references("a [sound:a.mp3] <img src='x.png'><IMG SRC=y.png> [sound:b.mp3]") == 4
    assert media_references("plain text, [brackets] and <b>bold</b>") == 0


def test_an_import_leaves_the_sounds_out_and_says_how_many(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    apkg = package(tmp_path / "spanish.apkg", [
        ("hola [sound:hola.mp3]", "hello"),
        ("gato <img src=\"gato.jpg\">", "cat [sound:cat.mp3][sound:cat2.mp3]"),
        ("perro", "dog"),
    ])
    db = str(tmp_path / "q.db")
    out, faces = imported(capsys, db, apkg)
    assert "Left out: 4 sound or picture references in the notes' text (quizzer shows text only)." in out
    assert faces == {("hola", "hello"), ("gato", "cat"), ("perro", "dog")}
    rc, out, err = run_cli(capsys, "--db", db, "import", str(apkg), "--json")
    assert rc == 0, err
    assert json.loads(out)["imports"][0]["media_references"] == 4


def test_no_media_no_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    apkg = package(tmp_path / "plain.apkg", [("perro", "dog")])
    rc, out, err = run_cli(capsys, "--db", str(tmp_path / "q.db"), "import", str(apkg))
    assert rc == 0, err
    assert "sound" not in out


def test_text_standing_only_between_pictures_joins_them_and_is_no_text() -> None:
    """An Anki note whose back was two pictures joined by "and" came in as "diagram → and" (u-campaign8's left
    item): words with a picture on each side and nothing else say nothing once the pictures are out."""
    assert html_text('<img src="a.png"> and <img src="b.png">') == ""
    assert html_text('<img src="a.png"><br>vs<br><img src="b.png">') == ""
    assert html_text('<img src="a.png">, <img src="b.png"> 그리고 <img src="c.png">') == ""
    assert html_text('cat <img src="cat.jpg"> 고양이') == "cat 고양이"  # text around a picture is the note's
    assert html_text('<img src="a.png"> Figure 1') == "Figure 1"
    assert html_text("[sound:a.mp3] hello [sound:b.mp3]") == "hello"  # a word with its sounds is the word


def test_a_note_of_pictures_joined_by_a_word_is_left_out_and_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    apkg = package(tmp_path / "pics.apkg", [
        ("diagram", '<img src="a.png"> and <img src="b.png">'),
        ("perro", "dog"),
    ])
    out, faces = imported(capsys, str(tmp_path / "q.db"), apkg)
    assert "Left out: 1 note with no text on its front or back (empty, or only images or sounds)." in out
    assert faces == {("perro", "dog")}
