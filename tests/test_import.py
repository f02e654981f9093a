"""``quizzer import``: upsert by key, retire and restore, and bad input that writes nothing."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quizzer.decks
from quizzer.cli import main
from quizzer.db import open_database
from quizzer.db.models import Card, Review
from quizzer.extract.knowledge import is_label

UTC = dt.timezone.utc
TABLES = ("deck", "note", "card", "review", "meta")

GIT_NOTES = """\
# Git

- **git status**: show the working tree status
- **git add**: stage changes
- **git commit**: record changes
"""


@pytest.fixture(autouse=True)
def import_home(quizzer_home: Path) -> Path:
    """conftest's isolated QUIZZER_HOME, under this file's name."""
    home = quizzer_home
    return home


def is_empty(folder: Path) -> bool:
    """Nothing written there (tests/conftest.py may have made the folder itself)."""
    return not folder.exists() or not any(folder.iterdir())


def cli(capsys: pytest.CaptureFixture[str] | None, *argv: str) -> tuple[int, str, str]:
    rc = main(list(argv))
    out, err = capsys.readouterr() if capsys is not None else ("", "")
    assert "Traceback" not in err
    return rc, out, err


def import_json(capsys: pytest.CaptureFixture[str], db: Path, *paths: Path) -> dict[str, dict[str, int]]:
    rc, out, err = cli(capsys, "--db", str(db), "import", *map(str, paths), "--json", "--trust")
    assert rc == 0, err
    return {r["deck"]: {k: r[k] for k in ("added", "updated", "unchanged", "retired", "restored")}
            for r in json.loads(out)["imports"]}


def counts(added: int = 0, updated: int = 0, unchanged: int = 0, retired: int = 0,
           restored: int = 0) -> dict[str, int]:
    return {"added": added, "updated": updated, "unchanged": unchanged, "retired": retired, "restored": restored}


def dump(db: Path) -> dict[str, list[tuple[object, ...]]]:
    con = sqlite3.connect(db)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in TABLES}
    finally:
        con.close()


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def give_history(db_path: Path, deck: str) -> dict[int, tuple[object, ...]]:
    """Review every live card of ``deck`` once; returns the card states written."""
    db = open_database(db_path)
    try:
        with db.session() as session:
            rows = session.execute(
                Card.__table__.select().where(Card.deck_id == _deck_id(db_path, deck))
            ).all()
            for n, row in enumerate(rows):
                card = session.get(Card, row.id)
                assert card is not None
                card.reps, card.interval, card.due = 1, 1 + n, dt.date(2030, 1, 1) + dt.timedelta(days=n)
                session.add(Review(card_id=card.id, reviewed_at=dt.datetime(2030, 1, 1, 9, tzinfo=UTC),
                                   grade=4, day=dt.date(2030, 1, 1)))
    finally:
        db.close()
    return card_states(db_path)


def card_states(db_path: Path) -> dict[int, tuple[object, ...]]:
    """Every card's identity and review state (new_rank is only the document order)."""
    con = sqlite3.connect(db_path)
    try:
        return {row[0]: row for row in con.execute(
            "SELECT id, note_id, deck_id, ord, reps, interval, ef_centi, due, suspended, lapses, leech FROM card")}
    finally:
        con.close()


def _deck_id(db_path: Path, name: str) -> int:
    con = sqlite3.connect(db_path)
    try:
        return int(con.execute("SELECT id FROM deck WHERE name = ?", (name,)).fetchone()[0])
    finally:
        con.close()


def live_fronts(db: Path, deck: str) -> list[str]:
    con = sqlite3.connect(db)
    try:
        return [r[0] for r in con.execute(
            "SELECT front FROM note JOIN deck ON deck.id = note.deck_id "
            "WHERE deck.name = ? AND retired_at IS NULL ORDER BY doc_order", (deck,))]
    finally:
        con.close()


def deck_summary(capsys: pytest.CaptureFixture[str], db: Path, deck: str) -> dict[str, object]:
    rc, out, _ = cli(capsys, "--db", str(db), "decks", "--json")
    assert rc == 0
    return next(d for d in json.loads(out)["decks"] if d["name"] == deck)


# -- the life of a note -------------------------------------------------------------


def test_reimport_edit_retire_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    notes = write(tmp_path / "git.md", GIT_NOTES)
    assert import_json(capsys, db, notes) == {"git": counts(added=3)}
    before = dump(db)
    assert import_json(capsys, db, notes) == {"git": counts(unchanged=3)}
    assert dump(db) == before

    cards = give_history(db, "git")
    reviews = dump(db)["review"]
    assert len(reviews) == 6

    # an edited description updates the note in place; its cards keep their state and history
    write(notes, GIT_NOTES.replace("stage changes", "add changes to the index"))
    assert import_json(capsys, db, notes) == {"git": counts(updated=1, unchanged=2)}
    after = dump(db)
    assert card_states(db) == cards
    assert after["review"] == reviews
    assert "add changes to the index" in {row[5] for row in after["note"]}

    # a fact removed from the notes is retired: hidden, history kept
    write(notes, GIT_NOTES.replace("- **git add**: stage changes\n", ""))
    assert import_json(capsys, db, notes) == {"git": counts(unchanged=2, retired=1)}
    assert live_fronts(db, "git") == ["git status", "git commit"]
    assert deck_summary(capsys, db, "git") == {"name": "git", "notes": 2, "cards": 4, "new": 0, "due": 0, "to_check": 0,
                                               "held_back": 0}
    assert dump(db)["review"] == reviews
    assert card_states(db) == cards
    # retiring is not repeated
    assert import_json(capsys, db, notes) == {"git": counts(unchanged=2)}

    # and comes back, with the same cards, when restored
    write(notes, GIT_NOTES)
    assert import_json(capsys, db, notes) == {"git": counts(unchanged=2, restored=1)}
    assert live_fronts(db, "git") == ["git status", "git add", "git commit"]
    assert card_states(db) == cards
    assert dump(db)["review"] == reviews


def test_retired_cards_are_hidden_from_cards(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    notes = write(tmp_path / "git.md", GIT_NOTES)
    import_json(capsys, db, notes)
    write(notes, GIT_NOTES.replace("- **git add**: stage changes\n", ""))
    import_json(capsys, db, notes)
    con = sqlite3.connect(db)
    try:
        live = con.execute("SELECT count(*) FROM card JOIN note ON note.id = card.note_id "
                           "JOIN deck ON deck.id = note.deck_id WHERE deck.name = 'git' "
                           "AND note.retired_at IS NULL").fetchone()[0]
        total = con.execute("SELECT count(*) FROM card JOIN deck ON deck.id = card.deck_id "
                            "WHERE deck.name = 'git'").fetchone()[0]
    finally:
        con.close()
    assert (live, total) == (4, 6)


def test_deck_option_and_folders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    notes = write(tmp_path / "git.md", GIT_NOTES)
    assert import_json(capsys, db, notes) == {"git": counts(added=3)}
    # another document: git.md fills 'git', and a second deck of its notes is refused (test_deck_takeover)
    other = write(tmp_path / "vc.md", GIT_NOTES)
    rc, out, _ = cli(capsys, "--db", str(db), "import", str(other), "--deck", "Version control", "--json")
    assert rc == 0
    assert json.loads(out)["imports"][0]["deck"] == "Version control"
    folder = tmp_path / "folder"
    write(folder / "a.md", "- **ls -l**: long listing\n")
    write(folder / "deeper" / "b.markdown", "- **cp -r**: copy folders\n")
    write(folder / "c.txt", "- **mv**: ignored\n")
    assert import_json(capsys, db, folder) == {"a": counts(added=1), "b": counts(added=1)}


def test_one_transaction_per_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    """A failure while writing the second document rolls back that document only."""
    db = tmp_path / "q.db"
    first = write(tmp_path / "first.md", "- **ls -l**: long listing\n")
    second = write(tmp_path / "second.md", "- **cp -r**: copy folders\n")
    real_sync = quizzer.decks.sync_deck

    def failing_sync(session, draft, **kwargs):  # type: ignore[no-untyped-def]
        result = real_sync(session, draft, **kwargs)
        if draft.name == "second":
            raise RuntimeError("disk on fire")  # after the note rows were flushed
        return result

    monkeypatch.setattr(quizzer.decks, "sync_deck", failing_sync)
    with pytest.raises(RuntimeError):
        main(["--db", str(db), "import", str(first), str(second)])
    names = {row[1] for row in dump(db)["deck"]}
    assert "first" in names and "second" not in names
    fronts = {row[4] for row in dump(db)["note"]}
    assert "ls -l" in fronts and "cp -r" not in fronts


def test_builtin_deck_is_imported_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    cli(capsys, "--db", str(db), "decks")
    first = dump(db)
    assert len(first["deck"]) == 1 and first["deck"][0][3] == 1  # builtin flag
    assert [row[0] for row in first["meta"]] == ["builtin:docker-containers.ko.md"]
    cli(capsys, "--db", str(db), "decks")
    assert dump(db) == first


# -- bad input: one sentence, exit 1, nothing written --------------------------------


def _binary(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "image.md"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return path, "binary"


def _program(tmp_path: Path) -> tuple[Path, str]:
    """An executable saved as .md: many NUL bytes, so once 'it looks like UTF-16 without a byte-order mark'."""
    import random

    noise = random.Random(7)
    body = bytes(noise.choice((0, 0, 0, noise.randrange(256))) for _ in range(3000))
    path = tmp_path / "program.md"
    path.write_bytes(b"\x7fELF\x02\x01\x01\x00" + body)
    return path, "binary"


def _noise(tmp_path: Path) -> tuple[Path, str]:
    """Bytes with no NUL in them and no meaning: once 'Western European text', with an iconv command."""
    import random

    noise = random.Random(3)
    path = tmp_path / "noise.md"
    path.write_bytes(bytes(noise.randrange(1, 256) for _ in range(2000)))
    return path, "binary"


def _latin1(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "latin1.md"
    path.write_bytes("- **ls**: liste les fichiers du r\u00e9pertoire\n".encode("latin-1"))
    return path, "UTF-8"


def _empty(tmp_path: Path) -> tuple[Path, str]:
    return write(tmp_path / "empty.md", ""), "empty"


def _blank(tmp_path: Path) -> tuple[Path, str]:
    return write(tmp_path / "blank.md", "\n   \n\t\n"), "empty"


def _no_cards(tmp_path: Path) -> tuple[Path, str]:
    return write(tmp_path / "prose.md", "# Diary\n\nToday I learned nothing worth a card.\n"), "no notes"


def _missing(tmp_path: Path) -> tuple[Path, str]:
    return tmp_path / "nowhere.md", "no file or folder"


def _no_markdown(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "pictures"
    folder.mkdir()
    (folder / "notes.txt").write_text("- **ls**: list\n", encoding="utf-8")
    return folder, "markdown"


BAD_INPUTS = {
    "binary": _binary,
    "program": _program,
    "noise": _noise,
    "non-utf8": _latin1,
    "empty": _empty,
    "whitespace only": _blank,
    "no cards": _no_cards,
    "missing path": _missing,
    "folder without md": _no_markdown,
}


def _assert_one_sentence(err: str, *, path: Path, says: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    line = lines[0]
    assert line.startswith("Error: ") and line.endswith("."), line
    assert str(path) in line, f"the message should name {path}: {line}"
    assert says.lower() in line.lower(), line


@pytest.mark.parametrize("case", BAD_INPUTS)
@pytest.mark.parametrize("command", ["import", "extract"])
def test_strict_bad_input_on_a_new_home_writes_nothing(
        case: str, command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], import_home: Path) -> None:
    good = write(tmp_path / "good.md", GIT_NOTES)
    bad, says = BAD_INPUTS[case](tmp_path)
    rc, out, err = cli(capsys, command, str(good), str(bad), "--strict")
    assert rc == 1
    assert out == ""
    _assert_one_sentence(err, path=bad, says=says)
    assert is_empty(import_home)


@pytest.mark.parametrize("case", BAD_INPUTS)
@pytest.mark.parametrize("command", ["import", "extract"])
def test_bad_input_is_skipped_and_named_the_rest_is_done(
        case: str, command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write(tmp_path / "good.md", GIT_NOTES)
    bad, says = BAD_INPUTS[case](tmp_path)
    rc, out, err = cli(capsys, command, str(good), str(bad))
    assert rc == 0, err
    assert "good" in out and "git status" in out or "3" in out
    lines = err.strip().splitlines()
    assert lines[0] == "Skipped 1 document:"
    assert str(bad) in err and says.lower() in err.lower()
    rc, out, _ = cli(capsys, command, str(good), str(bad), "--json")
    assert rc == 0
    data = json.loads(out)
    (skipped,) = data["skipped"]
    assert skipped["path"] == str(bad) and says.lower() in skipped["reason"].lower()


@pytest.mark.parametrize("case", BAD_INPUTS)
@pytest.mark.parametrize("command", ["import", "extract"])
def test_a_bad_document_alone_is_one_sentence_and_writes_nothing(
        case: str, command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], import_home: Path) -> None:
    bad, says = BAD_INPUTS[case](tmp_path)
    rc, out, err = cli(capsys, command, str(bad))
    assert rc == 1 and out == ""
    _assert_one_sentence(err, path=bad, says=says)
    assert is_empty(import_home)


@pytest.mark.parametrize("case", BAD_INPUTS)
def test_strict_bad_input_leaves_an_existing_database_unchanged(
        case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    good = write(tmp_path / "good.md", GIT_NOTES)
    import_json(capsys, db, good)
    write(good, GIT_NOTES + "- **git push**: publish\n")  # would change the deck if imported
    before_bytes, before_rows = db.read_bytes(), dump(db)
    bad, says = BAD_INPUTS[case](tmp_path)
    rc, out, err = cli(capsys, "--db", str(db), "import", str(good), str(bad), "--strict")
    assert rc == 1 and out == ""
    _assert_one_sentence(err, path=bad, says=says)
    assert dump(db) == before_rows
    assert db.read_bytes() == before_bytes


def test_deck_option_with_several_documents_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], import_home: Path) -> None:
    a = write(tmp_path / "a.md", GIT_NOTES)
    b = write(tmp_path / "b.md", "- **ls -l**: long listing\n")
    rc, out, err = cli(capsys, "import", str(a), str(b), "--deck", "one")
    assert rc == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "--deck" in err
    assert is_empty(import_home)


def test_two_documents_of_one_name_fill_two_decks_named_by_folder(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    a = write(tmp_path / "one" / "git.md", GIT_NOTES)
    b = write(tmp_path / "two" / "git.md", "- **ls -l**: long listing\n")
    assert import_json(capsys, db, a, b) == {"one/git": counts(added=3), "two/git": counts(added=1)}
    assert import_json(capsys, db, tmp_path) == {"one/git": counts(unchanged=3), "two/git": counts(unchanged=1)}


def test_unreadable_file_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str], import_home: Path) -> None:
    folder_named_md = tmp_path / "odd.md"
    folder_named_md.mkdir()  # a folder named like a document, holding none
    rc, _, err = cli(capsys, "import", str(folder_named_md))
    assert rc == 1
    assert str(folder_named_md) in err and len(err.strip().splitlines()) == 1
    assert is_empty(import_home)


# -- hypothesis: re-import is idempotent; edits update, removals retire, restores restore --

TOOLS = ("git", "docker", "kubectl", "npm")
WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=8)
# a description that is a bare label ("note", "tip", "usage") is never a card's side (extract/decide.py)
DESCRIPTION = st.text(alphabet="abcdefghij klmnopqrstuvwxyz 도커이미지컨테이너", min_size=1, max_size=30).map(
    lambda s: " ".join(s.split())).filter(lambda s: bool(s) and not is_label(s))


@st.composite
def documents(draw: st.DrawFn) -> list[tuple[str, str, bool]]:
    """(command, description, as_table_row) triples with distinct commands."""
    commands = draw(st.lists(st.tuples(st.sampled_from(TOOLS), WORDS).map(" ".join), min_size=1, max_size=8,
                             unique=True))
    return [(c, draw(DESCRIPTION), draw(st.booleans())) for c in commands]


def render(facts: list[tuple[str, str, bool]]) -> str:
    bullets = [f"- **{c}**: {d}" for c, d, table in facts if not table]
    rows = [f"| `{c}` | {d} |" for c, d, table in facts if table]
    parts = ["# Commands", ""]
    if bullets:
        parts += [*bullets, ""]
    if rows:
        parts += ["| command | purpose |", "|---|---|", *rows, ""]
    return "\n".join(parts)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(facts=documents(), data=st.data())
def test_reimport_is_idempotent_and_keeps_history(
        facts: list[tuple[str, str, bool]], data: st.DataObject, capsys: pytest.CaptureFixture[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        db, notes = root / "q.db", write(root / "cmds.md", render(facts))
        n = len(facts)
        capsys.readouterr()
        assert import_json(capsys, db, notes) == {"cmds": counts(added=n)}
        rows = dump(db)
        assert import_json(capsys, db, notes) == {"cmds": counts(unchanged=n)}
        assert dump(db) == rows

        cards = give_history(db, "cmds")
        reviews = dump(db)["review"]

        edited = data.draw(st.sets(st.integers(0, n - 1)), label="edited")
        changed = [(c, f"{d} v2" if i in edited else d, t) for i, (c, d, t) in enumerate(facts)]
        write(notes, render(changed))
        assert import_json(capsys, db, notes) == {"cmds": counts(updated=len(edited), unchanged=n - len(edited))}
        assert card_states(db) == cards
        assert dump(db)["review"] == reviews
        assert import_json(capsys, db, notes) == {"cmds": counts(unchanged=n)}

        removed = data.draw(st.sets(st.integers(0, n - 1)), label="removed")
        kept = [fact for i, fact in enumerate(changed) if i not in removed]
        if kept:
            write(notes, render(kept))
            assert import_json(capsys, db, notes) == {"cmds": counts(unchanged=len(kept), retired=len(removed))}
            assert dump(db)["review"] == reviews
            assert import_json(capsys, db, notes) == {"cmds": counts(unchanged=len(kept))}

            write(notes, render(changed))
            assert import_json(capsys, db, notes) == {"cmds": counts(unchanged=len(kept), restored=len(removed))}
            assert card_states(db) == cards
            assert dump(db)["review"] == reviews


# -- a deck belongs to one document ---------------------------------------------


def test_a_second_document_of_the_same_name_does_not_take_over_a_deck(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    first = write(tmp_path / "a" / "notes.md", GIT_NOTES)
    second = write(tmp_path / "b" / "notes.md", "- **ls**: list files\n")
    assert import_json(capsys, db, first) == {"notes": counts(added=3)}
    # the first keeps its deck; the second is named by its folder, not an error
    assert import_json(capsys, db, second) == {"b/notes": counts(added=1)}
    rc, out, _ = cli(capsys, "--db", str(db), "cards", "notes", "--json")
    assert {c["front"] for c in json.loads(out)["cards"]} == {"git status", "git add", "git commit"}
    # together, each keeps the deck it fills
    assert import_json(capsys, db, first, second) == {"notes": counts(unchanged=3), "b/notes": counts(unchanged=1)}
    # the same document by another spelling of its path is the same document
    relative = Path("a") / "notes.md"
    monkey_cwd = Path.cwd()
    try:
        import os

        os.chdir(tmp_path)
        assert import_json(capsys, db, relative) == {"notes": counts(unchanged=3)}
    finally:
        os.chdir(monkey_cwd)
    # naming the deck is the way to move it to another document
    rc, out, err = cli(capsys, "--db", str(db), "import", str(second), "--deck", "notes", "--json")
    assert rc == 0, err
    assert json.loads(out)["imports"][0]["added"] == 1


def test_a_user_document_named_like_the_builtin_deck_gets_its_folder_in_its_name(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    mine = write(tmp_path / "mine" / "docker-containers.ko.md", "- **docker ps**: 컨테이너 목록\n")
    assert import_json(capsys, db, mine) == {"mine/docker-containers.ko": counts(added=1)}


def test_the_builtin_deck_is_not_reimported_over_a_deck_the_user_adopted(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "q.db"
    mine = write(tmp_path / "mine.md", "- **docker ps**: 컨테이너 목록\n")
    rc, _, err = cli(capsys, "--db", str(db), "import", str(mine), "--deck", "docker-containers.ko")
    assert rc == 0, err
    # a newer quizzer ships a changed built-in file
    shipped = write(tmp_path / "shipped" / "docker-containers.ko.md", "- **docker pull**: 내려받기\n- **docker ps**: x\n")
    monkeypatch.setattr(quizzer.decks, "builtin_decks", lambda: [shipped])
    rc, out, _ = cli(capsys, "--db", str(db), "cards", "docker-containers.ko", "--json")
    assert rc == 0
    assert [c["front"] for c in json.loads(out)["cards"]] == ["docker ps", "docker ps"]  # still the user's


def test_an_unchanged_reimport_prints_its_warnings_in_the_language_of_this_run(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The stamp of an import kept its warnings as worded then: a re-import under --lang ko
    printed them in English (and an English one in Korean)."""
    db = tmp_path / "q.db"
    notes = write(tmp_path / "git.md", GIT_NOTES + "- **git status**: show the working tree status\n")
    rc, english, _ = cli(capsys, "--db", str(db), "--lang", "en", "import", str(notes), "--trust")
    assert rc == 0 and "repeats the command 'git status' of line 3" in " ".join(english.split())  # wrapped to the terminal
    rc, korean, _ = cli(capsys, "--db", str(db), "--lang", "ko", "import", str(notes), "--trust")
    assert rc == 0 and "경고:" in korean and "repeats the command" not in korean, korean
    rc, again, _ = cli(capsys, "--db", str(db), "--lang", "en", "import", str(notes), "--trust")
    def warned(out: str) -> str:
        return out[out.index("warning:"):]
    assert rc == 0 and warned(again) == warned(english)
    assert import_json(capsys, db, notes) == {"git": counts(unchanged=3)}  # nothing was written by the re-reads
