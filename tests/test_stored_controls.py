"""No escape sequence from a note reaches the terminal, whichever way the note came in: a document's
lines, an Anki package's fields, tags and deck names, and a quizzer dump's text all go through
:func:`quizzer.text.strip_controls` before they are stored, and the import says how many notes
held controls (a document says which lines)."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import sqlite3
from pathlib import Path

import genanki
import pytest
from conftest import run_cli
from hypothesis import given
from hypothesis import strategies as st

from quizzer.db.models import Review
from quizzer.exchange.anki_map import plan_import
from quizzer.exchange.anki_read import AnkiCollection
from quizzer.exchange.dump_clean import without_controls as dump_without_controls
from quizzer.exchange.html_text import held_controls, html_text
from quizzer.extract.blocks import _without_controls as document_without_controls
from quizzer.text import has_controls, nfc, strip_controls

ESC = "\x1b"
# Written out here (not imported): C0 controls but tab and line feed, DEL, C1.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
SEQUENCES = (f"{ESC}[1;31m", f"{ESC}[0m", f"{ESC}]0;title\x07", f"{ESC}]8;;https://x/{ESC}\\", "\x9b2J", f"{ESC}c")

#: a review row as a dump writes it: its columns but the ids
REVIEW_COLUMNS = [column.name for column in Review.__table__.columns if column.name not in ("id", "card_id")]

#: text as a note's might be: letters, Korean, accents, layout, and controls alone or as whole sequences
texts = st.lists(
    st.one_of(
        st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=8),
        st.sampled_from(["가", "한국어", "e\u0301", "\t", "\n", " ", "\u202e", "\x0b", "\x0c", "\r"]),
        st.sampled_from(SEQUENCES),
        st.characters(min_codepoint=0, max_codepoint=0x9F).filter(lambda c: CONTROL.match(c) is not None),
    ),
    max_size=12,
).map("".join)


@given(texts)
def test_stored_text_holds_no_control_and_stays_as_it_is_once_clean(text: str) -> None:
    clean = strip_controls(text)
    assert CONTROL.search(clean) is None
    assert strip_controls(clean) == clean and not has_controls(clean)
    assert has_controls(text) == (CONTROL.search(text) is not None)
    if not has_controls(text):
        assert clean is text  # text without controls is stored as written


@given(texts.filter(lambda text: "\r" not in text))
def test_a_documents_lines_and_every_other_way_in_follow_one_rule(text: str) -> None:
    """The rule the notes are read with (quizzer.extract.blocks.prepare, line by line: a carriage return
    is a line end by then) is this one."""
    assert nfc(document_without_controls(text, None)) == nfc(strip_controls(text))


@given(texts)
def test_an_anki_field_and_a_dump_store_no_control(text: str) -> None:
    for markup in (text, html.escape(text), "".join(f"&#{ord(c)};" for c in text)):  # entities spell controls too
        assert CONTROL.search(html_text(markup)) is None
        assert held_controls(markup) == (CONTROL.search(html.unescape(markup)) is not None
                                         or CONTROL.search(markup) is not None)
    review = [text if name in ("typed_answer", "typed_outcome") else 1 for name in REVIEW_COLUMNS]
    note = {"key": text, "front": text, "back": text, "command": text, "context": None, "answers": [text, 1],
            "section": [text], "tags": [text], "line": 3, "cards": [{"ord": 0, "reviews": [review]}]}
    dump = {"decks": [{"name": "d", "source": text, "notes": [note]}], "exams": [{"questions": [{"front": text}]}]}
    cleaned = dump_without_controls(dump)  # (a deck name with controls is refused as damage: test_dump_damaged)
    assert CONTROL.search(json.dumps(cleaned.data, ensure_ascii=False).replace("\\n", "").replace("\\t", "")) is None
    assert cleaned.notes == (CONTROL.search(text) is not None)
    assert note["front"] == text and dump["decks"][0]["notes"][0] is note  # the dump given is left as it was


def stored_texts(db: Path) -> list[str]:
    """Every text the database holds of its decks, notes and reviews (JSON lists as their strings)."""
    con = sqlite3.connect(db)
    try:
        plain = con.execute("select front, back, command, context, key from note").fetchall()
        plain += con.execute("select name, source, '', '', '' from deck").fetchall()
        plain += con.execute("select typed_answer, '', '', '', '' from review").fetchall()
        lists = con.execute("select answers, section, tags from note").fetchall()
    finally:
        con.close()
    return [v for row in plain for v in row if v is not None] + [
        item for row in lists for v in row if v is not None for item in json.loads(v) if isinstance(item, str)]


def assert_stored_clean(db: Path) -> None:
    texts = stored_texts(db)
    assert texts
    for value in texts:
        assert CONTROL.search(value) is None, value


def test_an_anki_collections_fields_tags_and_deck_names_are_planned_without_controls() -> None:
    """As a package read without Anki's engine gives them (Anki's own import drops C0 controls,
    but not C1 ones such as the 8-bit CSI)."""
    collection = AnkiCollection(
        models={7: {"name": "Basic", "type": 0, "flds": [{"name": "Front"}, {"name": "Back"}],
                    "tmpls": [{"qfmt": "{{Front}}"}]}},
        decks={1: f"스페인어{ESC}[1m::동사\x07"},
        notes=[(10, "g1", 7, f"{ESC}[1;31mhola{ESC}[0m\x1fhello\x9b2J", f" greet{ESC}[5ming "),
               (11, "g2", 7, "perro\x1fdog", " animal ")],
        cards=[(100, 10, 1, 0, 0, 0, 1, 0, 2500, 0, 0, 0, 0, 0), (101, 11, 1, 0, 0, 0, 2, 0, 2500, 0, 0, 0, 0, 0)],
        revlog=[], today=0, media=0,
    )
    plan = plan_import(collection, today=dt.date(2024, 3, 1), day_of=lambda ms: dt.date(2024, 3, 1))
    (deck,) = plan.decks
    assert deck.name == "스페인어"
    assert [(n.front, n.back, n.section, n.tags) for n in deck.notes] == [
        ("hola", "hello", ("동사",), ("greeting",)), ("perro", "dog", ("동사",), ("animal",))]
    assert plan.controls == 2  # the deck name held controls too: both notes


def test_an_anki_package_is_stored_without_its_escape_sequences(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deck = genanki.Deck(2059400111, "스페인어::동사\x9b1m")
    for front, back, tags in (
        ("\x9b1;31mhola\x9b0m", "hello\x85", ["greeting"]),  # the 8-bit CSI and NEL, which Anki keeps
        ("gato", f"cat{ESC}]0;pwned\x07 \x9b2J고양이", []),
        ("perro", "dog", ["animal"]),  # clean
    ):
        deck.add_note(genanki.Note(model=genanki.BASIC_MODEL, fields=[front, back], tags=tags))
    apkg = tmp_path / "spanish.apkg"
    genanki.Package(deck).write_to_file(str(apkg))
    db = tmp_path / "q.db"
    rc, out, err = run_cli(capsys, "--db", str(db), "import", str(apkg))
    assert rc == 0, err
    assert "were removed from 3 notes." in out  # the subdeck's name held one: every note
    assert_stored_clean(db)
    rc, out, err = run_cli(capsys, "--db", str(db), "cards", "스페인어", "--json")
    assert rc == 0, err
    faces = {(card["front"], card["back"]) for card in json.loads(out)["cards"]}
    assert ("hola", "hello") in faces and ("perro", "dog") in faces
    assert ("gato", "cat 고양이") in faces or ("gato", "cat]0;pwned 고양이") in faces  # (Anki's import took ESC, BEL)
    rc, out, err = run_cli(capsys, "--db", str(db), "import", str(apkg), "--json")
    assert rc == 0, err
    (result,) = json.loads(out)["imports"]
    assert result["controls_removed"] == 3 and result["decks"][0]["updated"] == 0  # the same notes again


def test_a_dump_is_stored_without_its_escape_sequences(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "docker.md"
    notes.write_text("# docker\n\n- **docker ps**: list running containers\n- **docker stop**: stop one\n",
                     encoding="utf-8")
    db = tmp_path / "q.db"
    assert run_cli(capsys, "--db", str(db), "import", str(notes), "--trust")[0] == 0
    backup = tmp_path / "backup.json"
    assert run_cli(capsys, "--db", str(db), "backup", "-o", str(backup))[0] == 0
    data = json.loads(backup.read_text(encoding="utf-8"))
    (deck,) = [d for d in data["decks"] if d["name"] == "docker"]
    first = deck["notes"][0]
    first["front"] = f"{ESC}[2J{ESC}[H" + first["front"]
    first["back"] += f" {ESC}]52;c;cm0gLXJmIH4K\x07\x9b31m빨강"
    first["section"] = [s + "\x07" for s in first["section"]]
    deck["source"] += "\x1b[5m"
    backup.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    other = tmp_path / "other.db"
    rc, out, err = run_cli(capsys, "--db", str(other), "import", str(backup))
    assert rc == 0, err
    assert "were removed from 1 note." in out
    assert_stored_clean(other)
    rc, out, err = run_cli(capsys, "--db", str(other), "cards", "docker", "--json")
    assert rc == 0, err
    assert {"docker ps", "docker stop"} <= {card["front"] for card in json.loads(out)["cards"]}
    rc, out, err = run_cli(capsys, "--db", str(other), "import", str(backup), "--json")
    assert rc == 0, err  # the same dump again: already as saved, not 'changed since'
    assert json.loads(out)["imports"][0]["unchanged"] == 2
