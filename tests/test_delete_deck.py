"""``quizzer delete DECK``: what goes is said, asked, backed up, and can be brought back."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path

import pytest

import quizzer.commands.common
import quizzer.commands.delete
import quizzer.decks
import quizzer.screen
from conftest import run_cli
from test_tally import assert_counts_exact

NOTES = "# Git\n\n- **git status**: show the status\n- **git add**: stage changes\n"
BUILTIN = "docker-containers.ko"
DAY = dt.date(2026, 11, 30).toordinal()  # days are stored as ordinals


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    path = tmp_path / "notes" / "git.md"
    path.parent.mkdir()
    path.write_text(NOTES, encoding="utf-8")
    return path


def decks(capsys: pytest.CaptureFixture[str], db: Path) -> dict[str, dict[str, object]]:
    rc, out, err = run_cli(capsys, "--db", str(db), "decks", "--json")
    assert rc == 0, err
    return {deck["name"]: deck for deck in json.loads(out)["decks"]}


def answer_a_card(db: Path) -> None:
    """One review of the git deck, as the review screen would leave it."""
    con = sqlite3.connect(db)
    try:
        (card,) = con.execute("SELECT card.id FROM card JOIN deck ON deck.id = card.deck_id "
                              "WHERE deck.name = 'git' ORDER BY card.id LIMIT 1").fetchone()
        con.execute("INSERT INTO review (card_id, reviewed_at, grade, day, drill, prev_reps, prev_interval, "
                    "prev_ef_centi, prev_lapses, prev_suspended, prev_leech, interval, ef_centi, due) "
                    "VALUES (?, 1700000000000, 4, ?, 0, 0, 0, 250, 0, 0, 0, 1, 250, ?)", (card, DAY, DAY + 1))
        con.execute("UPDATE card SET reps = 1, interval = 1, due = ? WHERE id = ?", (DAY + 1, card))
        con.commit()
    finally:
        con.close()


def backups(db: Path) -> list[Path]:
    return sorted((db.parent / "deleted").glob("*.json"))


def test_delete_says_what_goes_keeps_a_backup_and_import_brings_it_back(
        tmp_path: Path, notes: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    assert run_cli(capsys, "--db", str(db), "import", str(notes), "--trust")[0] == 0
    answer_a_card(db)
    before = decks(capsys, db)["git"]
    rc, out, err = run_cli(capsys, "--db", str(db), "delete", "git", "--yes")
    assert rc == 0, err
    assert "Deleting git takes out 2 notes, 4 cards and 1 review." in out
    (backup,) = backups(db)
    assert f"Deleted git. Its backup is {backup}; quizzer --db {db} import {backup} brings it back." in out
    assert "git" not in decks(capsys, db)
    con = sqlite3.connect(db)
    try:
        assert con.execute("SELECT count(*) FROM card").fetchone() != (0,)  # the built-in deck's
        assert con.execute("SELECT count(*) FROM note JOIN deck ON deck.id = note.deck_id "
                           "WHERE deck.name = 'git'").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM meta WHERE key = 'import:git'").fetchone() == (0,)
        assert_counts_exact(con)
    finally:
        con.close()
    rc, out, err = run_cli(capsys, "--db", str(db), "import", str(backup))
    assert rc == 0, err
    assert decks(capsys, db)["git"] == before
    con = sqlite3.connect(db)
    try:
        assert con.execute("SELECT count(*) FROM review").fetchone() == (1,)
        assert_counts_exact(con)
    finally:
        con.close()


def test_delete_asks_and_no_keeps_the_deck(
        tmp_path: Path, notes: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "q.db"
    assert run_cli(capsys, "--db", str(db), "import", str(notes), "--trust")[0] == 0
    asked: list[str] = []
    said = iter(["n", "", "y"])  # no, Enter (the default: no), yes

    def ask_key(question: str, keys: str, *, stray_says_no: bool) -> str:
        assert stray_says_no  # a word typed into the question deletes nothing
        asked.append(question)
        return next(said)

    monkeypatch.setattr(quizzer.commands.delete, "interactive", lambda: True)
    monkeypatch.setattr(quizzer.screen, "ask_key", ask_key)
    for _ in range(2):
        rc, out, _err = run_cli(capsys, "--db", str(db), "delete", "git")
        assert rc == 0
        assert "Nothing was deleted." in out
        assert "git" in decks(capsys, db)
    assert not backups(db)
    rc, out, _err = run_cli(capsys, "--db", str(db), "delete", "git")
    assert rc == 0 and "Deleted git." in out
    assert asked == ["Delete git? [y/N]"] * 3
    assert "git" not in decks(capsys, db)


def test_delete_without_a_terminal_needs_yes(
        tmp_path: Path, notes: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    assert run_cli(capsys, "--db", str(db), "import", str(notes), "--trust")[0] == 0
    rc, _out, err = run_cli(capsys, "--db", str(db), "delete", "git")
    assert rc == 1
    assert err == ("Error: quizzer delete asks before it deletes: run it in a terminal, "
                   "or add --yes to delete without asking.\n")
    assert "git" in decks(capsys, db)
    assert not backups(db)


def test_delete_refuses_a_name_that_is_not_a_deck(tmp_path: Path, notes: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    assert run_cli(capsys, "--db", str(db), "import", str(notes), "--trust")[0] == 0
    rc, out, err = run_cli(capsys, "--db", str(db), "delete", "gti", "--yes")
    assert rc == 1 and not out
    assert err.startswith("Error: There is no deck named 'gti'") and err.count("\n") == 1
    assert set(decks(capsys, db)) == {"git", BUILTIN}


def test_a_deleted_builtin_deck_stays_deleted_until_its_backup_is_restored(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "q.db"
    assert BUILTIN in decks(capsys, db)
    rc, out, err = run_cli(capsys, "--db", str(db), "delete", BUILTIN, "--yes")
    assert rc == 0, err
    assert "once deleted, it does not come back when quizzer starts" in out
    assert BUILTIN not in decks(capsys, db)  # the listing's path (sqlite3)
    rc, _out, err = run_cli(capsys, "--db", str(db), "cards", BUILTIN)  # SQLAlchemy's path (open_db)
    assert rc == 1 and f"There is no deck named '{BUILTIN}'" in err
    rc, _out, err = run_cli(capsys, "--db", str(db), "review")
    assert rc == 1 and "There are no decks yet" in err
    # a newer quizzer ships the document changed: still not back
    shipped = tmp_path / "shipped" / f"{BUILTIN}.md"
    shipped.parent.mkdir()
    shipped.write_text("- **docker pull**: 내려받기\n- **docker ps**: 목록\n", encoding="utf-8")
    monkeypatch.setattr(quizzer.decks, "builtin_decks", lambda: [shipped])
    assert BUILTIN not in decks(capsys, db)
    assert run_cli(capsys, "--db", str(db), "cards", BUILTIN)[0] == 1
    (backup,) = backups(db)
    rc, _out, err = run_cli(capsys, "--db", str(db), "import", str(backup))
    assert rc == 0, err
    assert BUILTIN in decks(capsys, db)
    # restored, it is the built-in deck again: the shipped document updates it
    rc, out, err = run_cli(capsys, "--db", str(db), "cards", BUILTIN, "--json")
    assert rc == 0, err
    assert {card["front"] for card in json.loads(out)["cards"] if not card["retired"]} >= {"docker pull", "docker ps"}



def test_delete_wraps_its_sentences_between_words_in_a_narrow_terminal(
        tmp_path: Path, notes: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """At 40 columns the terminal cut 'takes out 2 notes, 4 car/ds'."""
    db = tmp_path / "q.db"
    assert run_cli(capsys, "--db", str(db), "import", str(notes), "--trust")[0] == 0
    monkeypatch.setattr(quizzer.commands.delete, "interactive", lambda: True)
    monkeypatch.setattr(quizzer.commands.common, "terminal_width", lambda stream=None: 39)
    monkeypatch.setattr(quizzer.screen, "ask_key", lambda question, keys, **_: "n")
    rc, out, _err = run_cli(capsys, "--db", str(db), "delete", "git")
    assert rc == 0
    lines = out.splitlines()
    assert all(len(line) <= 39 for line in lines), lines
    assert " ".join(lines) == "Deleting git takes out 2 notes, 4 cards and 0 reviews. Nothing was deleted."


def test_the_restore_sentence_wraps_between_words_in_a_narrow_terminal(
        tmp_path: Path, notes: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "q.db"
    assert run_cli(capsys, "--db", str(db), "import", str(notes), "--trust")[0] == 0
    assert run_cli(capsys, "--db", str(db), "delete", "git", "--yes")[0] == 0
    monkeypatch.setattr(quizzer.commands.common, "terminal_width", lambda stream=None: 39)
    rc, out, _err = run_cli(capsys, "--db", str(db), "import", str(backups(db)[0]))
    assert rc == 0
    lines = out.splitlines()
    assert all(len(line) <= 39 or line.startswith("/") for line in lines), lines  # but the backup's path, whole
    assert "(1 created, 0 already as saved, 0 replaced), 2 notes, 4 cards, 0 reviews." in " ".join(lines)


def test_where_shows_the_backups_of_deleted_decks(
        tmp_path: Path, notes: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Backups of deleted decks are kept, as every backup quizzer makes (the upgrade's .bak copies, the
    files quizzer backup writes): quizzer never removes one. quizzer where says where they are."""
    db = tmp_path / "q.db"
    assert run_cli(capsys, "--db", str(db), "import", str(notes), "--trust")[0] == 0
    rc, out, _err = run_cli(capsys, "--db", str(db), "where")
    assert rc == 0 and "deleted" not in out  # none yet: not mentioned
    assert json.loads(run_cli(capsys, "--db", str(db), "where", "--json")[1])["deleted_decks"] is None
    assert run_cli(capsys, "--db", str(db), "delete", "git", "--yes")[0] == 0
    rc, out, _err = run_cli(capsys, "--db", str(db), "where")
    folder = db.parent / "deleted"
    assert rc == 0 and f"{folder}  (1 backup" in out and ("(1 backup of a deleted deck; quizzer never removes it: "
                                                          "delete the file in that folder when you no longer need "
                                                          "it)") in " ".join(out.split())
    shown = json.loads(run_cli(capsys, "--db", str(db), "where", "--json")[1])["deleted_decks"]
    assert shown == {"path": str(folder), "backups": 1}
    rc, out, _err = run_cli(capsys, "--db", str(db), "--lang", "ko", "where")
    assert ("(삭제한 덱의 백업 1개; quizzer는 백업을 지우지 않으니, 필요 없어지면 그 폴더의 파일을 직접 지우세요)"
            in " ".join(out.split()))
    # what it says is so: restoring the deck, deleting it again, a backup and an upgrade check leave it there
    (backup,) = folder.glob("*.json")
    assert run_cli(capsys, "--db", str(db), "import", str(backup))[0] == 0
    assert run_cli(capsys, "--db", str(db), "backup", "-o", str(tmp_path / "all.json"))[0] == 0
    assert run_cli(capsys, "--db", str(db), "delete", "git", "--yes")[0] == 0
    assert backup.is_file() and len(list(folder.glob("*.json"))) == 2
    assert json.loads(run_cli(capsys, "--db", str(db), "where", "--json")[1])["deleted_decks"]["backups"] == 2
    rc, out, _err = run_cli(capsys, "--db", str(db), "where")
    assert "2 backups of deleted decks; quizzer never removes them: delete the files in that folder" in " ".join(out.split())


@pytest.mark.parametrize("language", ["en", "ko"])
def test_where_wraps_beside_its_labels_in_a_narrow_terminal(
        tmp_path: Path, notes: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        language: str) -> None:
    """At 40 columns the terminal cut its paths and Korean words ('삭제/한')."""
    from quizzer.text import width

    db = tmp_path / "q.db"
    assert run_cli(capsys, "--db", str(db), "import", str(notes), "--trust")[0] == 0
    assert run_cli(capsys, "--db", str(db), "delete", "git", "--yes")[0] == 0
    monkeypatch.setattr(quizzer.commands.common, "terminal_width", lambda stream=None: 39)
    rc, out, _err = run_cli(capsys, "--db", str(db), "--lang", language, "where")
    assert rc == 0
    lines = out.splitlines()
    # every line fits but one that is a path, whole (the terminal wraps it and copies it as one line)
    assert all(width(line) <= 39 or line.split()[-1].startswith("/") for line in lines), lines
    words = " ".join(out.split())
    assert ("delete the file in that folder when you no longer need it)" if language == "en"
            else "필요 없어지면 그 폴더의 파일을 직접 지우세요)") in words


def test_deleting_your_deck_that_took_a_builtin_name_lets_the_builtin_come_back(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The person deleted their deck (their document had taken over the built-in deck's name), not
    the deck quizzer ships: it comes back as shipped at the next start, and the message says so. Deleted
    itself then, it stays deleted as before."""
    db = tmp_path / "q.db"
    copy = tmp_path / "mine.md"
    copy.write_text("# 도커\n\n- **docker ps**: 실행 중인 컨테이너 목록\n", encoding="utf-8")
    assert run_cli(capsys, "--db", str(db), "import", "--trust", str(copy), "--deck", BUILTIN)[0] == 0
    where = json.loads(run_cli(capsys, "--db", str(db), "where", "--json")[1])["decks"]
    assert {"name": BUILTIN, "source": str(copy)} in where
    rc, out, err = run_cli(capsys, "--db", str(db), "delete", BUILTIN, "--yes")
    assert rc == 0, err
    assert "once deleted, it does not come back" not in out
    assert (f"quizzer ships a deck named {BUILTIN}: it comes back as shipped the next time quizzer starts "
            "(delete it then to keep it out).") in " ".join(out.split())
    assert BUILTIN in decks(capsys, db)  # back, from quizzer's own document
    where = json.loads(run_cli(capsys, "--db", str(db), "where", "--json")[1])["decks"]
    assert {"name": BUILTIN, "source": f"builtin:{BUILTIN}.md"} in where
    rc, out, err = run_cli(capsys, "--db", str(db), "delete", BUILTIN, "--yes")  # the shipped deck itself
    assert rc == 0 and "once deleted, it does not come back when quizzer starts" in out
    assert BUILTIN not in decks(capsys, db)
    rc, out, err = run_cli(capsys, "--db", str(db), "--lang", "ko", "decks")
    assert BUILTIN not in out
    # the person's own deck comes back from its backup, from their document, the shipped one staying out
    assert len(backups(db)) == 2  # two deletions of one name within a second: two backups, none overwritten
    mine = min(backups(db), key=lambda path: "mine.md" not in path.read_text(encoding="utf-8"))
    assert run_cli(capsys, "--db", str(db), "import", str(mine))[0] == 0
    where = json.loads(run_cli(capsys, "--db", str(db), "where", "--json")[1])["decks"]
    assert {"name": BUILTIN, "source": str(copy)} in where
    assert decks(capsys, db)[BUILTIN]["notes"] == 1


def test_a_deck_deleted_twice_within_a_second_keeps_both_backups(
        tmp_path: Path, notes: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The backup's name has the second it was made: the second deletion wrote over the first backup."""
    db = tmp_path / "q.db"
    moment = dt.datetime(2026, 11, 30, 20, 0, 0, tzinfo=dt.timezone.utc)
    monkeypatch.setattr(quizzer.commands.delete, "now", lambda: moment)
    for text in (NOTES, NOTES + "- **git log**: show history\n"):
        notes.write_text(text, encoding="utf-8")
        assert run_cli(capsys, "--db", str(db), "import", str(notes), "--trust")[0] == 0
        assert run_cli(capsys, "--db", str(db), "delete", "git", "--yes")[0] == 0
    assert {path.name for path in backups(db)} == {"git-2026-11-30T200000.json", "git-2026-11-30T200000-2.json"}
    first, second = db.parent / "deleted" / "git-2026-11-30T200000.json", db.parent / "deleted" / "git-2026-11-30T200000-2.json"
    assert "git log" not in first.read_text(encoding="utf-8") and "git log" in second.read_text(encoding="utf-8")


def test_a_deleted_deck_imported_anew_from_its_document_names_the_backup_with_its_history(
        tmp_path: Path, notes: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Deleting a deck, then importing its document again, made a fresh deck with no word of the
    history the backup holds: the import names the backup and the command that brings it back."""
    db = tmp_path / "q.db"
    other = notes.with_name("git-old.md")
    other.write_text("# Old\n\n- **git init**: make a repository\n", encoding="utf-8")
    for path in (notes, other):
        assert run_cli(capsys, "--db", str(db), "import", str(path), "--trust")[0] == 0
    answer_a_card(db)
    assert run_cli(capsys, "--db", str(db), "delete", "git-old", "--yes")[0] == 0
    rc, _out, err = run_cli(capsys, "--db", str(db), "import", str(notes.parent))
    assert rc == 0 and "The deck 'git-old' was deleted before" in err
    assert "The deck 'git' " not in err  # git was never deleted: git-old's backup is not git's
    assert run_cli(capsys, "--db", str(db), "delete", "git", "--yes")[0] == 0
    (backup,) = [path for path in backups(db) if path.name.startswith("git-2")]
    rc, _out, err = run_cli(capsys, "--db", str(db), "import", str(notes), "--trust")
    assert rc == 0
    command = f"quizzer --db {db} import {backup}"
    assert " ".join(err.split()) == (
        f"The deck 'git' was deleted before, and this import made it anew: its backup {backup} holds the old cards "
        f"as they were, with their schedules and reviews, and {command} brings them back in place of the new ones.")
    assert run_cli(capsys, "--db", str(db), "import", str(backup))[0] == 0
    con = sqlite3.connect(db)
    try:
        assert con.execute("SELECT count(*) FROM review").fetchone() == (1,)
    finally:
        con.close()
    rc, _out, err = run_cli(capsys, "--db", str(db), "import", str(notes))
    assert rc == 0 and "deleted before" not in err  # the deck is its old self again: nothing more to say


def test_import_json_names_the_backup_of_a_deck_deleted_before(
        tmp_path: Path, notes: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    assert run_cli(capsys, "--db", str(db), "import", str(notes), "--trust")[0] == 0
    assert run_cli(capsys, "--db", str(db), "delete", "git", "--yes")[0] == 0
    (backup,) = backups(db)
    for path in (notes, notes.parent):  # a file (its own path) and a folder
        rc, out, err = run_cli(capsys, "--db", str(db), "import", str(path), "--json")
        assert rc == 0, err
        expected = [{"deck": "git", "backup": str(backup)}] if path == notes else []
        assert json.loads(out)["deleted_before"] == expected  # the folder's import found the deck there already


def test_the_latest_backup_is_the_one_its_name_says_was_deleted_last(tmp_path: Path) -> None:
    """Picked by the moment in the name, as ``quizzer delete`` wrote it, not by when the file was last written (a
    backup copied back into the folder is no newer for it); another deck's backups, whose names go on, are not its."""
    from quizzer.commands.delete import backup_path, latest_backup

    database = tmp_path / "q.db"
    assert latest_backup(database, "tar") is None  # no folder yet
    names = ["2026-12-01T080000", "2026-12-02T090000", "2026-12-02T090000-2", "2026-11-30T235959"]
    for moment in names:
        path = backup_path(database, "tar", moment)
        path.parent.mkdir(exist_ok=True)
        path.write_text("{}", encoding="utf-8")
    os.utime(backup_path(database, "tar", names[-1]), (2_000_000_000, 2_000_000_000))  # the oldest, written last
    backup_path(database, "tar-old", "2026-12-09T000000").write_text("{}", encoding="utf-8")
    assert latest_backup(database, "tar") == backup_path(database, "tar", "2026-12-02T090000-2")
    assert latest_backup(database, "tar-old") == backup_path(database, "tar-old", "2026-12-09T000000")
