"""``quizzer import`` with the check before learning: new shapes of card wait for
``quizzer check``; ``--trust`` (or ``check = false``) lets them in; verdicts and
history outlive re-imports; the review's edit does not hold a corrected card."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from conftest import run_cli as run
from test_checks_store import COLON, NOTES, TABLE
from quizzer.config import Config, Limits
from quizzer.db import open_database
from quizzer.db.checks import hold, keep, waiting
from quizzer.review.controller import Controller

CONFIG = Config(limits=Limits(new_per_day=100))


def cards(capsys: pytest.CaptureFixture[str], db: Path) -> dict[str, bool]:
    """front/direction → suspended, of the deck git."""
    rc, out, _ = run(capsys, "--db", str(db), "cards", "git", "--json")
    assert rc == 0
    return {f"{c['front']}/{c['direction']}": c["suspended"] for c in json.loads(out)["cards"]}


def reviewed(db: Path) -> set[str]:
    """The fronts the review asks today (one card a note a day)."""
    database = open_database(db)
    try:
        controller = Controller(database, config=CONFIG, deck_names=["git"])
        fronts = []
        while (card_id := controller.session.current()) is not None:
            fronts.append(controller.current().front)  # type: ignore[union-attr]
            controller.session.drop(card_id)
        return set(fronts)
    finally:
        database.close()


def decide(db: Path, *, kept: str | None = None, held: str | None = None) -> None:
    database = open_database(db)
    try:
        with database.session() as session:
            if kept is not None:
                keep(session, "git", kept, "command")
            if held is not None:
                hold(session, "git", held, "command")
    finally:
        database.close()


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    path = tmp_path / "git.md"
    path.write_text(NOTES, encoding="utf-8")
    return path


def test_new_shapes_wait_and_the_summary_says_so(tmp_path: Path, notes: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "q.db"
    monkeypatch.setenv("QUIZZER_DB", str(db))  # the database quizzer opens anyway: its commands need no --db
    rc, out, _ = run(capsys, "--db", str(db), "import", str(notes))
    assert rc == 0
    assert out.splitlines()[-1] == "10 new cards in 2 groups wait for your check: run quizzer check."
    assert reviewed(db) == {"hello"}  # only the card written by hand
    rc, out, _ = run(capsys, "--db", str(db), "import", str(notes))  # unchanged: said, as cards from before
    assert out.splitlines()[-1] == "10 cards from an earlier import still wait for your check: run quizzer check."
    rc, out, _ = run(capsys, "--db", str(db), "import", str(notes), "--json")
    assert json.loads(out)["imports"][0]["waiting"] == 10
    assert json.loads(out)["imports"][0]["waiting_added"] == 0
    rc, out, _ = run(capsys, "--db", str(db), "--lang", "ko", "import", str(notes))
    assert " ".join(out.split()).endswith("이전 가져오기의 카드 10장이 아직 확인을 기다립니다: quizzer check 명령을 "
                                          "실행하세요.")  # folded at 80 columns


def test_a_reimport_tells_its_own_new_cards_from_those_already_waiting(
        tmp_path: Path, notes: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "q.db"
    monkeypatch.setenv("QUIZZER_DB", str(db))  # the database quizzer opens anyway: its commands need no --db
    assert run(capsys, "--db", str(db), "import", str(notes))[0] == 0
    notes.write_text(NOTES.replace("- **git log**: show history\n", "- **git log**: show history\n"
                                   "- **git diff**: show changes\n"), encoding="utf-8")
    rc, out, _ = run(capsys, "--db", str(db), "import", str(notes))  # an edit that adds one note: two cards
    assert rc == 0
    assert " ".join(out.split()).endswith("2 new cards wait for your check, with 10 from an earlier import: "
                                          "run quizzer check.")  # folded at 80 columns
    rc, out, _ = run(capsys, "--db", str(db), "--lang", "ko", "import", str(notes), "--json")
    assert json.loads(out)["imports"][0]["waiting"] == 12 and json.loads(out)["imports"][0]["waiting_added"] == 0
    notes.write_text(NOTES.replace("- **git log**: show history\n", "- **git log**: show history\n"
                                   "- **git diff**: show changes\n- **git mv**: move a file\n"), encoding="utf-8")
    rc, out, _ = run(capsys, "--db", str(db), "--lang", "ko", "import", str(notes))
    assert " ".join(out.split()).endswith("새 카드 2장이 확인을 기다립니다(이전 가져오기의 카드 12장과 함께): "
                                          "quizzer check 명령을 실행하세요.")
    rc, out, _ = run(capsys, "--db", str(db), "import", str(notes))  # unchanged now
    assert out.splitlines()[-1] == "14 cards from an earlier import still wait for your check: run quizzer check."


def test_review_shows_exactly_the_kept_shapes(tmp_path: Path, notes: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    assert run(capsys, "--db", str(db), "import", str(notes))[0] == 0
    decide(db, kept=COLON, held=TABLE)
    assert reviewed(db) == {"hello", "git status", "git add", "git log"}
    found = cards(capsys, db)
    assert found["ls -l/forward"] and found["ls -a/reverse"] and not found["git add/reverse"]
    rc, out, _ = run(capsys, "--db", str(db), "import", str(notes))
    assert "wait for your check" not in out


def test_reimport_keeps_verdicts_history_and_gates_new_cards(tmp_path: Path, notes: Path,
                                                             capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "q.db"
    monkeypatch.setenv("QUIZZER_DB", str(db))  # the database quizzer opens anyway: its commands need no --db
    assert run(capsys, "--db", str(db), "import", str(notes))[0] == 0
    decide(db, kept=COLON, held=TABLE)
    database = open_database(db)
    try:
        controller = Controller(database, config=CONFIG, deck_names=["git"])
        first = controller.current()
        assert first is not None
        controller.answer(4)
        answered = first.card_id
    finally:
        database.close()
    notes.write_text(NOTES.replace("- **git log**", "- **git diff**: show changes\n- **git log**").replace(
        "| `ls -a` |", "| `ls -R` | recursive |\n| `ls -a` |"), encoding="utf-8")
    rc, out, _ = run(capsys, "--db", str(db), "import", str(notes))
    assert rc == 0 and "wait for your check" not in out
    # the held shape's new row is asked both ways: two cards, said, not silently put away
    assert " ".join(out.split()).endswith("2 new cards belong to groups you held back: they stay out of review "
                                          "(quizzer check --held lists them).")
    rc, out, _ = run(capsys, "--db", str(db), "import", str(notes), "--json")
    assert json.loads(out)["imports"][0]["held_back"] == 0  # nothing new this time
    notes.write_text(notes.read_text(encoding="utf-8").replace("| `ls -a` |", "| `ls -t` | by time |\n| `ls -a` |"),
                     encoding="utf-8")
    rc, out, _ = run(capsys, "--db", str(db), "--lang", "ko", "import", str(notes))
    assert rc == 0 and "".join(out.split()).endswith(
        "새카드2장은막아둔묶음에속해복습에나오지않습니다(quizzercheck--held명령으로볼수있습니다).")
    found = cards(capsys, db)
    assert found["git diff/forward"] is False  # a kept shape's new card comes in
    assert found["ls -R/forward"] is True  # a held shape's new card stays held
    database = open_database(db)
    try:
        with database.reading() as session:
            assert [w.reason for w in waiting(session, held=True)] == [TABLE]
            assert [c.front for c in waiting(session, held=True)[0].cards] == ["ls -l", "ls -l", "ls -R", "ls -R", "ls -t", "ls -t", "ls -a", "ls -a"]
            assert waiting(session) == []
    finally:
        database.close()
    rc, out, _ = run(capsys, "--db", str(db), "cards", "git", "--json")
    history = {c["id"]: c["reps"] for c in json.loads(out)["cards"]}
    assert history[answered] == 1


def test_trust_lets_them_in_even_after_a_plain_import(tmp_path: Path, notes: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    assert run(capsys, "--db", str(db), "import", str(notes))[0] == 0
    assert any(cards(capsys, db).values())
    rc, out, _ = run(capsys, "--db", str(db), "import", str(notes), "--trust")  # the same bytes: not skipped
    assert rc == 0 and "wait for your check" not in out
    assert not any(cards(capsys, db).values())
    notes.write_text(NOTES + "\n- **git diff**: show changes\n", encoding="utf-8")
    assert "wait for your check" not in run(capsys, "--db", str(db), "import", str(notes))[1]  # its shape is kept now
    assert not any(cards(capsys, db).values())


def test_trust_on_a_new_database(tmp_path: Path, notes: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    rc, out, _ = run(capsys, "--db", str(db), "import", str(notes), "--trust", "--strict")
    assert rc == 0 and "wait for your check" not in out
    assert reviewed(db) == {"hello", "git status", "git add", "git log", "ls -l", "ls -a"}


def test_strict_import_gates_too(tmp_path: Path, notes: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    rc, out, _ = run(capsys, "--db", str(db), "import", str(notes), "--strict")
    assert rc == 0 and "10 new cards in 2 groups wait" in out
    assert reviewed(db) == {"hello"}


def test_the_setting_check_false_is_trust(tmp_path: Path, notes: Path, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    settings = tmp_path / "config.toml"
    settings.write_text("check = false\n", encoding="utf-8")
    monkeypatch.setenv("QUIZZER_CONFIG", str(settings))
    db = tmp_path / "q.db"
    rc, out, _ = run(capsys, "--db", str(db), "import", str(notes))
    assert rc == 0 and "wait for your check" not in out
    assert not any(cards(capsys, db).values())
    settings.write_text("check = 'no'\n", encoding="utf-8")
    notes.write_text(NOTES + "\n- **git diff**: show changes\n", encoding="utf-8")
    rc, _, err = run(capsys, "--db", str(db), "import", str(notes))
    assert rc == 1 and "check must be true or false" in err


def test_the_builtin_deck_is_never_held(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    rc, out, _ = run(capsys, "--db", str(db), "decks", "--json")
    builtin = json.loads(out)["decks"][0]
    assert builtin["cards"] > 0 and builtin["new"] > 0 and builtin["to_check"] == builtin["held_back"] == 0


def test_an_edit_in_the_review_does_not_hold_a_corrected_card_of_a_kept_shape(
        tmp_path: Path, notes: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    assert run(capsys, "--db", str(db), "import", str(notes))[0] == 0
    decide(db, kept=COLON)
    database = open_database(db)
    try:
        controller = Controller(database, config=CONFIG, deck_names=["git"])
        card = controller.current()
        assert card is not None and card.front == "git status"
        target = controller.edit_target(card.card_id)
        # the person corrects the command itself: a new note (its key is what it is about), the old one retired
        notes.write_text(NOTES.replace("**git status**", "**git status -s**"), encoding="utf-8")
        edited = controller.reimport(target)
        assert not edited.live
        # …and a typo in a description: the same note, updated in place
        notes.write_text(NOTES.replace("**git status**", "**git status -s**").replace("stage changes", "stage the changes"),
                         encoding="utf-8")
        assert controller.reimport(controller.edit_target(card.card_id)).result.updated == 1
    finally:
        database.close()
    found = cards(capsys, db)
    assert found["git status -s/forward"] is False and found["git status -s/reverse"] is False
    assert found["git add/forward"] is False
    assert found["ls -l/forward"] is True  # the shape nobody checked still waits


def test_the_card_listing_says_which_cards_the_check_holds(tmp_path: Path, notes: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    assert run(capsys, "--db", str(db), "import", str(notes))[0] == 0
    decide(db, held=TABLE)
    rc, out, _ = run(capsys, "--db", str(db), "cards", "git", "--json")
    states = {f"{c['front']}/{c['direction']}": c["check"] for c in json.loads(out)["cards"]}
    assert states["git add/forward"] == "waiting" and states["ls -l/reverse"] == "held" and states["hello/forward"] is None
    rc, out, _ = run(capsys, "--db", str(db), "cards", "git", "--search", "git add")
    assert "to check" in out and "suspended" not in out
    rc, out, _ = run(capsys, "--db", str(db), "cards", "git", "--search", "ls -l")
    assert "held back" in out


def test_quizzes_leave_out_what_the_check_holds(tmp_path: Path, notes: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from quizzer.db.models import Deck
    from quizzer.quiz.store import load_facts
    from sqlalchemy import select

    db = tmp_path / "q.db"
    assert run(capsys, "--db", str(db), "import", str(notes))[0] == 0
    decide(db, kept=COLON)
    database = open_database(db)
    try:
        with database.reading() as session:
            deck = session.scalars(select(Deck).where(Deck.name == "git")).one()
            assert [fact.front for fact in load_facts(session, [deck])] == ["git status", "git add", "git log", "hello"]
    finally:
        database.close()


def test_the_gate_answers_anew_once_a_verdict_changes() -> None:
    """``Gate.unsettled`` is asked of every note of an import and kept for each shape: a verdict
    the import itself sets (a learnt shape kept, a new one left unchecked) changes its answer."""
    import sqlite3

    from quizzer.db.check_import import TRUST, Gate

    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE shape_check (deck_id, reason, kind, section, verdict)")
    trusting = Gate(connection, 1, TRUST)
    shape = ("`command: description` line", "command", ("git", "branches"))
    assert trusting.unsettled(*shape) and trusting.unsettled(*shape)
    trusting.seen(*shape, learnt=True)  # kept
    assert not trusting.unsettled(*shape)
    assert trusting.unsettled(shape[0], shape[1], ["git", "tags"])  # another section, given as a list
    checking = Gate(connection, 1, "check")
    assert checking.unsettled(*shape)
    assert checking.state(*shape) != 0  # its new cards wait: the shape is unchecked now
    assert not checking.unsettled(*shape)
