"""The JSON dump (``quizzer backup`` / ``export --format json``) and its restore by ``quizzer import``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from quizzer.cli import main
from quizzer.db import open_database
from quizzer.db.models import Card, Deck, Note, Review
from tests.anki_helpers import make_tricky_deck

UTC = dt.timezone.utc


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    rc = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return rc, out, err


def add_history(db_path: Path) -> None:
    """Reviews with every column set, a retired note, a suspended leech."""
    db = open_database(db_path)
    try:
        with db.session() as s:
            cards = s.query(Card).order_by(Card.id).all()
            at = dt.datetime(2024, 3, 1, 1, 0, tzinfo=UTC)
            for n, card in enumerate(cards[:6]):
                for r in range(n + 1):
                    day = dt.date(2024, 3, 1) + dt.timedelta(days=r)
                    s.add(Review(
                        card_id=card.id, reviewed_at=at + dt.timedelta(days=r, seconds=n), grade=(n + r) % 6, day=day,
                        drill=r == 2, duration_ms=1234 + r, prev_reps=r, prev_interval=r, prev_ef_centi=250 - r,
                        prev_due=day if r else None, prev_lapses=0, prev_suspended=False, prev_leech=False,
                        interval=r + 1, ef_centi=250 - r, due=day + dt.timedelta(days=r + 1),
                    ))
                card.reps, card.interval, card.ef_centi = n, n + 1, 250 - n
                card.due = dt.date(2024, 3, 2) + dt.timedelta(days=n)
                card.lapses = n % 2
            cards[1].suspended = cards[1].leech = True
            s.query(Note).order_by(Note.id).first().retired_at = at  # type: ignore[union-attr]
    finally:
        db.close()


@pytest.fixture
def filled(db_path: Path) -> Path:
    db = open_database(db_path)
    try:
        make_tricky_deck(db)
    finally:
        db.close()
    add_history(db_path)
    return db_path


def test_dump_restore_dump_is_byte_identical(filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, second = tmp_path / "1.json", tmp_path / "2.json"
    rc, out, err = cli(capsys, "--db", str(filled), "backup", "-o", str(first), "--json")
    assert rc == 0, err
    written = json.loads(out)
    data = json.loads(first.read_text(encoding="utf-8"))
    assert data["format"] == "quizzer-dump" and data["version"] == 1
    assert {deck["name"] for deck in data["decks"]} == {"tricky", "docker-containers.ko"}
    assert written["reviews"] == 21
    other = tmp_path / "other.db"
    rc, out, err = cli(capsys, "--db", str(other), "import", str(first), "--json")
    assert rc == 0, err
    (result,) = json.loads(out)["imports"]
    # the new database's own built-in deck, never reviewed, gives way to the saved one
    assert result["decks"] == 2 and result["replaced"] == 1 and result["reviews"] == 21
    assert result["created"] == 1 and result["unchanged"] == 0  # tricky was not there: made
    assert cli(capsys, "--db", str(other), "export", "--format", "json", "-o", str(second))[0] == 0
    assert first.read_bytes() == second.read_bytes()
    # a second restore changes nothing
    rc, out, _ = cli(capsys, "--db", str(other), "import", str(first), "--json")
    assert json.loads(out)["imports"][0]["unchanged"] == 2
    assert cli(capsys, "--db", str(other), "export", "--format", "json", "-o", str(second), "--force")[0] == 0
    assert first.read_bytes() == second.read_bytes()


def test_restore_keeps_every_column(filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    saved = tmp_path / "b.json"
    assert cli(capsys, "--db", str(filled), "backup", "tricky", "-o", str(saved))[0] == 0
    other = tmp_path / "other.db"
    assert cli(capsys, "--db", str(other), "import", str(saved))[0] == 0

    def rows(path: Path) -> list[tuple[object, ...]]:
        db = open_database(path)
        try:
            with db.reading() as s:
                out = []
                for review, card, note in (
                    s.query(Review, Card, Note).join(Card, Card.id == Review.card_id).join(Note, Note.id == Card.note_id)
                    .order_by(Review.reviewed_at)
                ):
                    skip = {"id", "card_id", "note_id", "deck_id"}
                    out.append((
                        note.key, note.retired_at,
                        tuple(getattr(card, c.key) for c in Card.__table__.columns if c.key not in skip),
                        tuple(getattr(review, c.key) for c in Review.__table__.columns if c.key not in skip),
                    ))
                return out
        finally:
            db.close()

    assert rows(filled) == rows(other) and len(rows(other)) == 21


def test_restore_refuses_to_overwrite_a_changed_deck(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "b.json"
    assert cli(capsys, "--db", str(filled), "backup", "tricky", "-o", str(saved))[0] == 0
    db = open_database(filled)
    try:
        with db.session() as s:
            s.query(Card).order_by(Card.id).first().interval = 99  # type: ignore[union-attr]
    finally:
        db.close()
    rc, _, err = cli(capsys, "--db", str(filled), "import", str(saved))
    assert rc == 1 and "--replace" in err
    rc, out, err = cli(capsys, "--db", str(filled), "import", str(saved), "--replace")
    assert rc == 0 and "1 replaced" in out
    again = tmp_path / "c.json"
    assert cli(capsys, "--db", str(filled), "backup", "tricky", "-o", str(again))[0] == 0
    assert again.read_bytes() == saved.read_bytes()


@pytest.mark.parametrize(
    ("text", "expected"),
    [("{nope", "not valid JSON"), ('{"format": "other"}', "not a quizzer dump"),
     ('{"format": "quizzer-dump", "version": 99, "decks": []}', "format version 99")],
)
def test_bad_dumps_are_one_sentence(
    text: str, expected: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    rc, _, err = cli(capsys, "--db", str(db_path), "import", str(path))
    assert rc == 1 and expected in err and err.count("\n") == 1


def add_exam(db_path: Path, decks: tuple[str, ...] = ("tricky",)) -> None:
    """An exam on the tricky deck (``decks``: the decks it covered) whose questions name its notes
    and cards by id."""
    from quizzer.db.models import Exam, ExamAnswer

    db = open_database(db_path)
    try:
        with db.session() as s:
            card = s.query(Card).join(Note, Note.id == Card.note_id).filter(Note.key.startswith("tricky|")) \
                .order_by(Card.id).all()[-1]
            at = dt.datetime(2024, 3, 2, 1, 0, tzinfo=UTC)
            question = {"format": "typed", "kind": "command", "deck": "tricky", "text": "x", "answer": "y",
                        "note_ids": [card.note_id], "card_ids": [card.id]}
            exam = Exam(started_at=at, finished_at=at + dt.timedelta(minutes=5), ended="finished", time_limit_s=600,
                        seed=7, decks=list(decks), questions=[question], sent_back_at=None, sent_back=None)
            s.add(exam)
            s.flush()
            s.add(ExamAnswer(exam_id=exam.id, position=0, typed="y", outcome="exact", explanation=None,
                             answered_at=at + dt.timedelta(minutes=1), spent_ms=4200))
    finally:
        db.close()


def test_exams_travel_with_the_dump(filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from quizzer.db.models import Exam, ExamAnswer

    add_exam(filled)
    first, second = tmp_path / "1.json", tmp_path / "2.json"
    assert cli(capsys, "--db", str(filled), "backup", "-o", str(first))[0] == 0
    (exam,) = json.loads(first.read_text(encoding="utf-8"))["exams"]
    assert exam["questions"][0]["card_ids"][0][0] == "tricky" and exam["answers"][0][1] == "y"
    other = tmp_path / "other.db"
    # ids differ in the new database: the built-in deck is made first there
    assert cli(capsys, "--db", str(other), "decks")[0] == 0
    assert cli(capsys, "--db", str(other), "import", str(first))[0] == 0
    assert cli(capsys, "--db", str(other), "import", str(first))[0] == 0  # twice: still one exam
    assert cli(capsys, "--db", str(other), "backup", "-o", str(second))[0] == 0
    assert first.read_bytes() == second.read_bytes()
    db = open_database(other)
    try:
        with db.reading() as s:
            (restored,) = s.query(Exam).all()
            assert s.query(ExamAnswer).count() == 1
            card = s.get_one(Card, restored.questions[0]["card_ids"][0])
            note = s.get_one(Note, card.note_id)
            assert [note.key, card.ord] == exam["questions"][0]["card_ids"][0][1:]
    finally:
        db.close()


def drop_last_reviews(db_path: Path, count: int) -> None:
    """The database as it was ``count`` answers ago (a backup made since is newer)."""
    db = open_database(db_path)
    try:
        with db.session() as s:
            for review in s.query(Review).order_by(Review.reviewed_at.desc()).limit(count).all():
                s.delete(review)
    finally:
        db.close()


def deck_rows(db_path: Path) -> dict[str, tuple[int, int]]:
    db = open_database(db_path)
    try:
        with db.reading() as s:
            return {deck.name: (s.query(Card).filter(Card.deck_id == deck.id).count(),
                                s.query(Review).join(Card, Card.id == Review.card_id)
                                .filter(Card.deck_id == deck.id).count())
                    for deck in s.query(Deck).all()}
    finally:
        db.close()


def test_a_newer_backup_restores_every_deck_without_replace(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from quizzer.db.models import Exam

    add_exam(filled)
    newer, again = tmp_path / "newer.json", tmp_path / "again.json"
    assert cli(capsys, "--db", str(filled), "backup", "-o", str(newer))[0] == 0
    drop_last_reviews(filled, 4)  # this database is older than the backup: it lacks the last answers
    assert cli(capsys, "--db", str(filled), "decks", "--json")[0] == 0
    rc, out, err = cli(capsys, "--db", str(filled), "import", str(newer))
    assert rc == 0, err
    assert "2 decks (0 created, 1 already as saved, 1 replaced)" in out and "21 reviews" in out
    assert cli(capsys, "--db", str(filled), "backup", "-o", str(again))[0] == 0
    assert again.read_bytes() == newer.read_bytes()  # every deck, every review, and the exam still names its cards
    db = open_database(filled)
    try:
        with db.reading() as s:
            (exam,) = s.query(Exam).all()
            card = s.get_one(Card, exam.questions[0]["card_ids"][0])
            assert s.get_one(Note, card.note_id).key.startswith("tricky|")
    finally:
        db.close()


def set_suspended(db_path: Path, deck: str, value: bool) -> None:
    db = open_database(db_path)
    try:
        with db.session() as s:
            card = s.query(Card).join(Deck, Deck.id == Card.deck_id).filter(Deck.name == deck).order_by(Card.id).first()
            assert card is not None
            card.suspended = value
    finally:
        db.close()


def test_a_restore_that_would_lose_reviews_says_so_and_writes_nothing(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    full, older = tmp_path / "full.json", tmp_path / "older.json"
    assert cli(capsys, "--db", str(filled), "backup", "-o", str(full))[0] == 0
    drop_last_reviews(filled, 3)
    set_suspended(filled, "docker-containers.ko", True)
    assert cli(capsys, "--db", str(filled), "backup", "-o", str(older))[0] == 0
    set_suspended(filled, "docker-containers.ko", False)  # the built-in deck differs, with no review to lose
    assert cli(capsys, "--db", str(filled), "import", str(full))[0] == 0  # newer: back to 21 reviews
    before = deck_rows(filled)
    assert before["tricky"][1] == 21
    rc, out, err = cli(capsys, "--db", str(filled), "import", str(older))
    assert rc == 1 and len(err.strip().splitlines()) == 1
    assert "3 reviews in tricky that" in err and "--replace" in err
    again = tmp_path / "again.json"
    assert cli(capsys, "--db", str(filled), "backup", "-o", str(again))[0] == 0
    assert again.read_bytes() == full.read_bytes()  # no deck was written
    rc, out, err = cli(capsys, "--db", str(filled), "import", str(older), "--replace")
    assert rc == 0 and "2 replaced" in out
    assert cli(capsys, "--db", str(filled), "backup", "-o", str(again), "--force")[0] == 0
    assert again.read_bytes() == older.read_bytes()


def test_the_restore_message_counts_the_decks_it_created(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every deck restored is counted once: created, already as saved, or replaced."""
    saved = tmp_path / "saved.json"
    assert cli(capsys, "--db", str(filled), "backup", "-o", str(saved))[0] == 0
    rc, out, err = cli(capsys, "--db", str(tmp_path / "other.db"), "import", str(saved))
    assert rc == 0, err
    assert "2 decks (1 created, 0 already as saved, 1 replaced)" in out


@pytest.mark.parametrize("covered", [("tricky",), ("docker-containers.ko", "tricky")])
def test_a_deleted_deck_restored_from_its_backup_gets_its_exams_back(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], covered: tuple[str, ...]
) -> None:
    """quizzer delete keeps the exams (their reports outlive the notes) but the deck's cards go; the
    restore made the cards anew, and the exam still named the old ids: nothing, or (ids being reused)
    the cards of another deck imported meanwhile. An exam on every deck (quizzer exam with no deck
    named) was not even in the deleted deck's backup."""
    from quizzer.db.models import Exam

    add_exam(filled, covered)
    db = open_database(filled)
    try:
        with db.reading() as s:
            (exam,) = s.query(Exam).all()
            old = s.get_one(Card, exam.questions[0]["card_ids"][0])
            asked = (s.get_one(Note, old.note_id).key, old.ord)
    finally:
        db.close()
    saved = tmp_path / "before.json"
    assert cli(capsys, "--db", str(filled), "backup", "-o", str(saved))[0] == 0
    assert cli(capsys, "--db", str(filled), "delete", "tricky", "--yes")[0] == 0
    (backup,) = (filled.parent / "deleted").glob("*.json")
    notes = tmp_path / "other.md"  # a deck imported meanwhile takes the freed ids
    notes.write_text("# Other\n\n" + "".join(f"- **tool{n} run**: does thing {n}\n" for n in range(40)), encoding="utf-8")
    assert cli(capsys, "--db", str(filled), "import", "--trust", str(notes))[0] == 0
    rc, _out, err = cli(capsys, "--db", str(filled), "import", str(backup))
    assert rc == 0, err
    db = open_database(filled)
    try:
        with db.reading() as s:
            (exam,) = s.query(Exam).all()  # the same exam, not a second one
            card = s.get_one(Card, exam.questions[0]["card_ids"][0])
            note = s.get_one(Note, card.note_id)
            assert (note.key, card.ord) == asked
            assert note.id == exam.questions[0]["note_ids"][0]
    finally:
        db.close()
    again = tmp_path / "after.json"
    assert cli(capsys, "--db", str(filled), "backup", *covered, "-o", str(again))[0] == 0
    assert json.loads(again.read_text(encoding="utf-8"))["exams"] == json.loads(saved.read_text(encoding="utf-8"))["exams"]


def test_a_dump_cut_short_is_named_in_the_interfaces_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    """A Korean interface said '(1번째 줄: Expecting value)': the JSON parser's English words. The
    sentence now says where, by line and column, in the interface's words."""
    path = tmp_path / "bad.json"
    path.write_text('{"format": "quizzer-dump",\n "decks": [', encoding="utf-8")
    rc, _, err = cli(capsys, "--db", str(db_path), "--lang", "ko", "import", str(path))
    assert rc == 1 and err.count("\n") == 1
    assert err.strip() == f"오류: {path}은(는) 올바른 JSON이 아닙니다 (2번째 줄 12번째 글자)."
    rc, _, err = cli(capsys, "--db", str(db_path), "import", str(path))
    assert err.strip() == f"Error: {path} is not valid JSON (line 2, column 12)."
