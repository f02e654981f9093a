"""``quizzer export`` read back by real Anki (the ``anki`` package, Anki desktop's engine)."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest

from quizzer.cards import Face, face_of, procedure_of
from quizzer.cli import main
from quizzer.db import open_database
from quizzer.db.models import Card, Note, Review
from quizzer.exchange.anki_model import MODEL_ID, field_html, guid_for
from quizzer.exchange.html_text import html_lines
from tests.anki_helpers import TRICKY, import_package, make_tricky_deck, open_collection

pytest.importorskip("anki.collection")
pytest.importorskip("genanki")

BUILTIN = "docker-containers.ko"


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    rc = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return rc, out, err


@pytest.fixture
def made(db_path: Path) -> Path:
    db = open_database(db_path)
    try:
        make_tricky_deck(db)
        with db.session() as s:  # suspend the reverse card of 'docker pull'
            note = s.query(Note).filter(Note.front == "docker pull", Note.key.startswith("tricky|")).one()
            s.query(Card).filter(Card.note_id == note.id, Card.ord == 1).one().suspended = True
    finally:
        db.close()
    return db_path


def export(capsys: pytest.CaptureFixture[str], db_path: Path, target: Path, *decks: str, extra: tuple[str, ...] = ()) -> dict[str, object]:
    rc, out, err = cli(capsys, "--db", str(db_path), "export", *decks, "-o", str(target), "--json", *extra)
    assert rc == 0, err
    result: dict[str, object] = json.loads(out)
    return result


def quizzer_cards(db_path: Path, *decks: str) -> dict[tuple[str, int], Face]:
    """What quizzer shows for every live card, by (guid, ord)."""
    db = open_database(db_path)
    try:
        with db.reading() as s:
            faces = {}
            for card, note in s.query(Card, Note).join(Note, Note.id == Card.note_id).filter(Note.retired_at.is_(None)):
                if note.deck.name in decks:
                    faces[(guid_for(note.key), card.ord)] = face_of(_CardView(note, card.ord))
            return faces
    finally:
        db.close()


class _CardView:
    def __init__(self, note: Note, ord_: int) -> None:
        self.kind, self.front, self.back = note.kind, note.front, note.back
        self.command, self.context, self.ord = note.command, note.context, ord_


def lines(*parts: str | None) -> list[str]:
    return [line.strip() for part in parts if part for line in part.split("\n") if line.strip()]


def test_escaping_is_exact_and_inert() -> None:
    assert field_html("이미지이름<:태그>") == "이미지이름&lt;:태그&gt;"
    assert field_html("name[:tag | @X]") == "name&#91;:tag | @X&#93;"
    assert "<" not in field_html("<script>x</script><img onerror=y>")
    assert field_html("{{Front}}") == "&#123;&#123;Front}}"
    assert html_lines(field_html("a\n b &amp; <c>")) == ["a", "b &amp; <c>"]


def test_guid_is_stable_and_genanki_compatible() -> None:
    genanki = pytest.importorskip("genanki")
    assert guid_for("deck|command|docker ps|docker ps") == genanki.guid_for("deck|command|docker ps|docker ps")
    assert guid_for("a") != guid_for("b")


def test_anki_imports_what_quizzer_shows(made: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.apkg"
    result = export(capsys, made, target, "tricky", BUILTIN)
    ours = quizzer_cards(made, "tricky", BUILTIN)
    assert result["cards"] == len(ours)
    col = open_collection(tmp_path / "anki" / "collection.anki2")
    try:
        import_package(col, target)
        assert col.note_count() == result["notes"]
        assert col.card_count() == len(ours)
        assert col.models.get(MODEL_ID)["name"] == "quizzer"
        seen = set()
        for cid in col.find_cards(""):
            card = col.get_card(cid)
            note = card.note()
            face = ours[(note.guid, card.ord)]
            seen.add((note.guid, card.ord))
            question, answer = card.question(), card.answer()
            assert "<script" not in question + answer and "<img" not in question + answer
            assert "[sound:" not in question + answer or "&#91;" in question + answer
            assert html_lines(question) == lines(face.prompt, face.question, face.context)
            assert html_lines(answer) == lines(face.prompt, face.question, face.context, face.answer, face.after)
            assert not card.question_av_tags() and not card.answer_av_tags()
        assert seen == set(ours)
        # exact texts, as written
        texts = "\n".join(col.get_card(cid).answer() for cid in col.find_cards("deck:tricky*"))
        for kind, front, back, _, _ in TRICKY:
            shown = procedure_of(front) if kind == "step" else front  # a step asks its procedure's next step
            for line in html_lines(field_html(shown)) + html_lines(field_html(back)):
                assert line in "\n".join(html_lines(texts))
        # subdecks from the heading path (the shared title 'Docker' dropped); tags without spaces
        names = set(col.decks.all_names())
        assert {"tricky::Part 0", "tricky::Part 1"} <= names
        assert any(name.startswith(f"{BUILTIN}::") for name in names)
        assert all(" " not in tag for tag in col.tags.all())
        # suspended stays suspended
        suspended = col.find_cards("is:suspended")
        assert len(suspended) == 1 and col.get_card(suspended[0]).note()["Front"] == "docker pull"
    finally:
        col.close()


def test_export_again_after_an_edit_updates_the_note(
    made: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "1.apkg", tmp_path / "2.apkg"
    export(capsys, made, first, "tricky")
    db = open_database(made)
    try:
        with db.session() as s:
            note = s.query(Note).filter(Note.front == "docker pull", Note.key.startswith("tricky|")).one()
            note.back = "registry에서 이미지를 받는다 <new>"
            note.updated_at += dt.timedelta(seconds=1)  # as an import that changes it does
    finally:
        db.close()
    export(capsys, made, second, "tricky")
    col = open_collection(tmp_path / "anki" / "collection.anki2")
    try:
        import_package(col, first)
        notes, cards = col.note_count(), col.card_count()
        import_package(col, second)
        assert (col.note_count(), col.card_count()) == (notes, cards)
        (nid,) = col.find_notes('"Front:docker pull" deck:tricky*')
        assert html_lines(col.get_note(nid)["Back"]) == ["registry에서 이미지를 받는다 <new>"]
    finally:
        col.close()


def test_flat_deck(made: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "flat.apkg"
    export(capsys, made, target, "tricky", extra=("--flat",))
    col = open_collection(tmp_path / "anki" / "collection.anki2")
    try:
        import_package(col, target)
        assert not any(name.startswith("tricky::") for name in col.decks.all_names())
        assert len(col.find_cards("deck:tricky")) == col.card_count()
    finally:
        col.close()


def test_text_export_imports_with_the_same_counts(made: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from anki.collection import ImportCsvRequest

    target = tmp_path / "out.txt"
    result = export(capsys, made, target, "tricky", BUILTIN, extra=("--format", "txt"))
    text = target.read_text(encoding="utf-8")
    assert text.startswith("#separator:tab\n#html:true\n")
    col = open_collection(tmp_path / "anki" / "collection.anki2")
    try:
        metadata = col.get_csv_metadata(str(target), None)
        col.import_csv(ImportCsvRequest(path=str(target), metadata=metadata))
        assert col.note_count() == result["notes"]
        assert col.card_count() == result["cards"]
        (nid,) = col.find_notes('"Front:docker image rm 옵션*"')
        assert html_lines(col.get_note(nid)["Front"]) == ["docker image rm 옵션 이미지이름<:태그>"]
        # importing the file again updates (guid column), never duplicates
        col.import_csv(ImportCsvRequest(path=str(target), metadata=col.get_csv_metadata(str(target), None)))
        assert col.note_count() == result["notes"]
    finally:
        col.close()


def test_export_errors(made: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "x.apkg"
    export(capsys, made, target, "tricky")
    rc, _, err = cli(capsys, "--db", str(made), "export", "tricky", "-o", str(target))
    assert rc == 1 and "--force" in err
    assert cli(capsys, "--db", str(made), "export", "tricky", "-o", str(target), "--force")[0] == 0
    rc, _, err = cli(capsys, "--db", str(made), "export", "nope", "-o", str(tmp_path / "y.apkg"))
    assert rc == 1 and "no deck named 'nope'" in err
    rc, _, err = cli(capsys, "--db", str(made), "export", "tricky", "-o", str(tmp_path / "missing" / "y.apkg"))
    assert rc == 1 and "does not exist" in err
    assert zipfile.is_zipfile(target)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_with_history_round_trip(tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """interval, factor, reps (answers), lapses, suspension, due day and the revlog survive into Anki."""
    from quizzer.commands.common import today
    from tests.test_dump import add_history

    db = open_database(db_path)
    try:
        make_tricky_deck(db)
    finally:
        db.close()
    add_history(db_path)
    target = tmp_path / "h.apkg"
    result = export(capsys, db_path, target, "tricky", extra=("--with-history",))
    db = open_database(db_path)
    try:
        with db.reading() as s:
            ours = {}
            for card, note in s.query(Card, Note).join(Note, Note.id == Card.note_id).filter(Note.retired_at.is_(None)):
                if note.key.startswith("tricky|"):
                    answers = s.query(Review).filter(Review.card_id == card.id).count()
                    ours[(guid_for(note.key), card.ord)] = (card, answers)
            retired = s.query(Note).filter(Note.retired_at.is_not(None)).count()
    finally:
        db.close()
    assert retired == 1  # its card's review is left out with it
    assert result["reviews"] == sum(answers for _, answers in ours.values()) == 20
    col = open_collection(tmp_path / "anki" / "collection.anki2")
    try:
        import_package(col, target)
        assert col.card_count() == len(ours) == result["cards"]
        for cid in col.find_cards(""):
            card = col.get_card(cid)
            mine, answers = ours[(card.note().guid, card.ord)]
            revlog = col.db.scalar("select count() from revlog where cid = ?", cid)
            assert (card.reps, card.lapses, revlog) == (answers, mine.lapses, answers)
            assert (card.queue == -1) == mine.suspended
            if mine.due is None:
                assert card.type == 0
            else:
                assert card.type == 2 and (card.ivl, card.factor) == (mine.interval, mine.ef_centi * 10)
                assert card.due - col.sched.today == (mine.due - today()).days
            siblings = [c.leech for (guid, _), (c, _) in ours.items() if guid == card.note().guid]
            assert ("leech" in card.note().tags) == any(siblings)  # Anki tags the note
        assert col.db.scalar("select count() from revlog") == 20
    finally:
        col.close()
    # and back into quizzer: the schedule and the number of answers survive the trip
    back = tmp_path / "back.db"
    assert cli(capsys, "--db", str(back), "import", str(target))[0] == 0
    db = open_database(back)
    try:
        with db.reading() as s:
            for card, note in s.query(Card, Note).join(Note, Note.id == Card.note_id).filter(Note.key.startswith("anki:")):
                mine, answers = ours[(note.key.removeprefix("anki:"), card.ord)]
                assert (card.interval, card.ef_centi, card.lapses, card.due, card.suspended) == (
                    mine.interval, mine.ef_centi, mine.lapses, mine.due, mine.suspended)
                assert s.query(Review).filter(Review.card_id == card.id).count() == answers
    finally:
        db.close()


def test_with_history_needs_the_extra(
    made: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "anki.collection", None)
    rc, _, err = cli(capsys, "--db", str(made), "export", "tricky", "--with-history", "-o", str(tmp_path / "h.apkg"))
    assert rc == 1 and "pip install 'quizzer[anki]'" in err and err.count("\n") == 1
    assert not (tmp_path / "h.apkg").exists()


def test_with_history_review_from_a_clock_that_ran_ahead(
    made: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Anki's exporter refuses a revlog row in the future; such an answer is logged as of now."""
    import time

    db = open_database(made)
    try:
        with db.session() as s:
            card = s.query(Card).order_by(Card.id).first()
            assert card is not None
            ahead = dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=30)
            for n in range(2):
                s.add(Review(card_id=card.id, reviewed_at=ahead, grade=4 + n, day=ahead.date(), interval=1, ef_centi=250))
            card.due, card.interval = ahead.date(), 1
    finally:
        db.close()
    target = tmp_path / "h.apkg"
    assert export(capsys, made, target, "tricky", extra=("--with-history",))["reviews"] == 2
    col = open_collection(tmp_path / "anki" / "collection.anki2")
    try:
        import_package(col, target)
        ids = col.db.list("select id from revlog")
        assert len(set(ids)) == 2 and max(ids) <= time.time() * 1000
    finally:
        col.close()


def test_revlog_ids_are_unique_and_never_later_than_asked() -> None:
    from quizzer.exchange.with_history import _free_id

    taken: dict[int, int] = {}
    ids = [_free_id(taken, 100) for _ in range(5)] + [_free_id(taken, 98), _free_id(taken, 200), _free_id(taken, 97)]
    assert ids == [100, 99, 98, 97, 96, 95, 200, 94]
    many = [_free_id(taken, 10**6) for _ in range(100_000)]  # linear, not quadratic
    assert len(set(many)) == 100_000 and max(many) == 10**6


def test_control_characters_are_removed_not_spelled_out_for_anki(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Note text with escape sequences and control characters: the terminal shows them as
    ``^[`` (inert); Anki once showed that too, as text in the card.  Exports now drop them."""
    from quizzer.db.models import Deck
    from tests.anki_helpers import NOW

    db = open_database(db_path)
    try:
        with db.session() as s:
            deck = Deck(name="ctl", source="/notes/ctl.md", created_at=NOW)
            s.add(deck)
            s.flush()
            note = Note(deck_id=deck.id, key="ctl|command|ls|ls", kind="command", front="\x1b[1mls\x1b[0m",
                        back="list\x07 files\x00 \u202eof a folder\x1b]0;title\x07", command="ls", context=None,
                        answers=[], section=["Shell\x1b[2J"], tags=["bad\x07tag"], line=1, position=None,
                        doc_order=0, created_at=NOW, updated_at=NOW)
            s.add(note)
            s.flush()
            s.add(Card(note_id=note.id, deck_id=deck.id, ord=0, new_rank=0))
    finally:
        db.close()
    assert field_html("\x1b[31mred\x1b[0m\tand\x00 \x9b1mbold\nnext") == "red\tand bold<br>next"
    target = tmp_path / "ctl.apkg"
    export(capsys, db_path, target, "ctl")
    text_export = tmp_path / "ctl.txt"
    export(capsys, db_path, text_export, "ctl", extra=("--format", "txt"))
    written = text_export.read_text(encoding="utf-8")
    assert "^[" not in written and "\x1b" not in written and "\x07" not in written
    assert "list files of a folder" in written
    col = open_collection(tmp_path / "anki" / "collection.anki2")
    try:
        import_package(col, target)
        (cid,) = col.find_cards("")
        card = col.get_card(cid)
        shown = card.question() + card.answer()
        assert "^[" not in shown and "^G" not in shown and "\x1b" not in shown and "\x07" not in shown
        assert html_lines(card.note()["Front"]) == ["ls"]
        assert html_lines(card.note()["Back"]) == ["list files of a folder"]
        names = {deck.name for deck in col.decks.all_names_and_ids()}
        assert "ctl" in names and not any("^[" in name or "\x1b" in name for name in names)
        assert "badtag" in col.tags.all()
    finally:
        col.close()
