"""Importing a notes folder as people keep it (issue 9): a README, a CP949 file,
a UTF-16 one, two ``notes.md``, then the folder moved."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from quizzer.output import progress_bar
from conftest import run_cli as run

LINUX = "# Linux\n\n- **ls**: list files\n- **cp**: copy files\n- **mv**: move files\n"
DOCKER = "# Docker\n\n- **docker ps**: list containers\n- **docker run**: run a container\n"


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    root = tmp_path / "notes"
    (root / "linux").mkdir(parents=True)
    (root / "docker").mkdir()
    (root / "linux" / "notes.md").write_text(LINUX, encoding="utf-8")
    (root / "docker" / "notes.md").write_text(DOCKER, encoding="utf-8")
    (root / "README.md").write_text("# My notes\n\nWhat this folder is.\n", encoding="utf-8")
    (root / "korean.md").write_bytes("- **pwd**: 현재 폴더 보기\n".encode("cp949"))
    (root / "windows.md").write_bytes("- **cat**: 파일 내용 보기\n".encode("utf-16"))  # with its BOM
    return root


def test_a_folder_imports_what_it_can_and_says_what_it_skipped(
        notes: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    code, out, _ = run(capsys, "--db", str(db), "import", str(notes), "--json")
    assert code == 0
    data = json.loads(out)
    assert {r["deck"]: r["added"] for r in data["imports"]} == {"docker/notes": 2, "linux/notes": 3, "windows": 1}
    reasons = {Path(s["path"]).name: s["reason"] for s in data["skipped"]}
    assert set(reasons) == {"README.md", "korean.md"}
    assert "no notes" in reasons["README.md"]
    assert "CP949" in reasons["korean.md"] and "iconv -f cp949 -t utf-8" in reasons["korean.md"]

    code, _, err = run(capsys, "--db", str(db), "import", str(notes))  # the table, and the list on stderr
    assert code == 0
    assert "Skipped 2 documents:" in err and "README.md has no notes" in err
    assert "iconv -f cp949 -t utf-8" in err  # the command on one line, to copy


def test_strict_stops_at_the_first_problem_and_writes_nothing(
        notes: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    code, out, err = run(capsys, "--db", str(db), "import", str(notes), "--strict")
    assert code == 1 and out == "" and err.startswith("Error: ") and len(err.strip().splitlines()) == 1
    assert not db.exists()


def test_nothing_importable_is_exit_1_and_no_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "README.md").write_text("# Read me\n\nprose\n", encoding="utf-8")
    (folder / "CHANGES.md").write_text("# Changes\n\nmore prose\n", encoding="utf-8")
    db = tmp_path / "q.db"
    code, out, err = run(capsys, "--db", str(db), "import", str(folder))
    assert code == 1 and out == ""
    assert "Skipped 2 documents:" in err
    assert not db.exists()


def test_a_moved_folder_keeps_its_decks_and_says_so(
        notes: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    assert run(capsys, "--db", str(db), "import", str(notes))[0] == 0
    code, out, _ = run(capsys, "--db", str(db), "cards", "linux/notes", "--json")
    ids = sorted(card["id"] for card in json.loads(out)["cards"])
    assert run(capsys, "--db", str(db), "suspend", str(ids[0]))[0] == 0  # some state that must survive

    moved = tmp_path / "renamed notes"
    shutil.move(notes, moved)
    (moved / "linux" / "notes.md").write_text(LINUX + "- **rm**: remove files\n", encoding="utf-8")  # edited too
    code, out, _ = run(capsys, "--db", str(db), "import", str(moved), "--json")
    assert code == 0
    data = json.loads(out)
    counts = {r["deck"]: (r["added"], r["unchanged"]) for r in data["imports"]}
    assert counts == {"docker/notes": (0, 2), "linux/notes": (1, 3), "windows": (0, 1)}
    assert {m["deck"] for m in data["moved"]} == {"docker/notes", "linux/notes", "windows"}
    assert all(m["to"].startswith(str(moved.resolve())) for m in data["moved"])

    code, out, _ = run(capsys, "--db", str(db), "cards", "linux/notes", "--json")
    cards = json.loads(out)["cards"]
    assert sorted(card["id"] for card in cards)[: len(ids)] == ids  # the same cards, history and all
    assert [card["suspended"] for card in cards if card["id"] == ids[0]] == [True]
    code, out, _ = run(capsys, "--db", str(db), "decks", "--json")
    assert sorted(d["name"] for d in json.loads(out)["decks"]) == [
        "docker-containers.ko", "docker/notes", "linux/notes", "windows"]

    shutil.move(moved, notes)
    code, _, err = run(capsys, "--db", str(db), "import", str(notes))
    assert code == 0 and "now comes from" in err and "which is gone" in err


def test_a_document_that_is_not_the_moved_one_does_not_take_its_deck(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    old = tmp_path / "old" / "notes.md"
    old.parent.mkdir()
    old.write_text(LINUX, encoding="utf-8")
    assert run(capsys, "--db", str(db), "import", str(old))[0] == 0
    old.unlink()
    other = tmp_path / "new" / "notes.md"
    other.parent.mkdir()
    other.write_text(DOCKER, encoding="utf-8")  # same name, other notes
    code, out, _ = run(capsys, "--db", str(db), "import", str(other), "--json")
    assert code == 0
    data = json.loads(out)
    assert [r["deck"] for r in data["imports"]] == ["new/notes"] and data["moved"] == []


def test_many_warnings_are_counted_and_verbose_lists_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "repeats.md"
    doc.write_text("".join(f"- **ls**: list files, take {n}\n" for n in range(60)), encoding="utf-8")
    for command in ("extract", "import"):
        code, out, _ = run(capsys, command, str(doc))
        assert code == 0
        assert out.count("warning: ") == 20 and "... and 39 more warnings" in out and "--verbose" in out
        code, out, _ = run(capsys, command, str(doc), "--verbose")
        assert out.count("warning: ") == 59 and "more warnings" not in out


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_bar_shows_only_on_a_terminal_and_only_for_long_work(
        monkeypatch: pytest.MonkeyPatch) -> None:
    with progress_bar("Importing", size=10**9) as update:
        assert update is None  # pytest's stderr is not a terminal
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    with progress_bar("Importing", size=10) as update:
        assert update is None  # short work
    with progress_bar("Importing", size=10**9) as update:
        assert update is not None
        update(5 * 10**8, 10**9)
    assert "Importing" in terminal.getvalue()


def test_an_anki_text_export_is_refused_not_read_as_notes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    doc = tmp_path / "docker.md"
    doc.write_text(DOCKER, encoding="utf-8")
    assert run(capsys, "--db", str(db), "import", "--trust", str(doc))[0] == 0  # exported: not held by the check
    before = run(capsys, "--db", str(db), "cards", "docker", "--json")[1]
    exported = tmp_path / "docker.txt"
    assert run(capsys, "--db", str(db), "export", "docker", "--format", "txt", "-o", str(exported))[0] == 0
    assert exported.read_text(encoding="utf-8").startswith("#separator:")
    for strict in ((), ("--strict",)):
        code, out, err = run(capsys, "--db", str(db), "import", str(exported), *strict)
        assert code == 1 and out == ""
        assert "is an Anki text export" in err and ".apkg" in err and len(err.strip().splitlines()) == 1
    assert run(capsys, "--db", str(db), "cards", "docker", "--json")[1] == before  # no junk cards were made


def test_a_file_of_another_kind_is_refused_with_what_quizzer_imports(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "cards.csv"
    sheet.write_text("front,back\nls,list files\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", str(tmp_path / "q.db"), "import", str(sheet))
    assert code == 1 and out == ""
    assert "is not a markdown document" in err and ".apkg" in err and ".json" in err
    assert not (tmp_path / "q.db").exists()
    notes_txt = tmp_path / "notes.txt"  # a .txt that is notes still imports
    notes_txt.write_text(LINUX, encoding="utf-8")
    assert run(capsys, "--db", str(tmp_path / "q.db"), "import", str(notes_txt))[0] == 0


def test_a_renamed_document_keeps_its_deck_and_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Renaming a file (found by qa5: ``gitflow.md`` → ``flow.md``) made a second deck of fresh
    cards beside the first, whose history and due cards stayed behind with a file that is gone."""
    db = tmp_path / "q.db"
    old = tmp_path / "notes" / "gitflow.md"
    old.parent.mkdir()
    old.write_text(LINUX, encoding="utf-8")
    assert run(capsys, "--db", str(db), "import", "--trust", str(old))[0] == 0
    code, out, _ = run(capsys, "--db", str(db), "cards", "gitflow", "--json")
    ids = sorted(card["id"] for card in json.loads(out)["cards"])
    assert run(capsys, "--db", str(db), "suspend", str(ids[0]))[0] == 0  # some state that must survive

    new = tmp_path / "moved" / "flow.md"
    new.parent.mkdir()
    shutil.move(old, new)
    code, out, _ = run(capsys, "--db", str(db), "import", str(new), "--json")
    assert code == 0
    data = json.loads(out)
    assert [(r["deck"], r["added"], r["unchanged"]) for r in data["imports"]] == [("gitflow", 0, 3)]
    assert data["moved"] == [{"deck": "gitflow", "from": str(old.resolve()), "to": str(new.resolve())}]
    code, out, _ = run(capsys, "--db", str(db), "decks", "--json")
    assert sorted(d["name"] for d in json.loads(out)["decks"]) == ["docker-containers.ko", "gitflow"]
    code, out, _ = run(capsys, "--db", str(db), "cards", "gitflow", "--json")
    cards = json.loads(out)["cards"]
    assert sorted(card["id"] for card in cards) == ids
    assert [card["suspended"] for card in cards if card["id"] == ids[0]] == [True]


def test_a_new_document_beside_a_gone_one_does_not_take_its_deck(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    old = tmp_path / "linux.md"
    old.write_text(LINUX, encoding="utf-8")
    assert run(capsys, "--db", str(db), "import", "--trust", str(old))[0] == 0
    old.unlink()
    other = tmp_path / "docker.md"
    other.write_text(DOCKER, encoding="utf-8")  # another name, other notes
    code, out, _ = run(capsys, "--db", str(db), "import", str(other), "--json")
    assert code == 0
    data = json.loads(out)
    assert [r["deck"] for r in data["imports"]] == ["docker"] and data["moved"] == []


def test_a_big_new_document_sharing_a_note_with_a_small_gone_deck_does_not_take_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A renamed document is told by its notes alone (no name in common), so both sides must be
    mostly the same notes: one 'ls' note in common with a gone one-note deck is not a rename."""
    db = tmp_path / "q.db"
    old = tmp_path / "tiny.md"
    old.write_text("# Tiny\n\n- **ls**: list files\n", encoding="utf-8")
    assert run(capsys, "--db", str(db), "import", "--trust", str(old))[0] == 0
    old.unlink()
    other = tmp_path / "linux.md"
    other.write_text(LINUX, encoding="utf-8")  # ls, cp, mv
    code, out, _ = run(capsys, "--db", str(db), "import", str(other), "--json")
    assert code == 0
    data = json.loads(out)
    assert [r["deck"] for r in data["imports"]] == ["linux"] and data["moved"] == []


def test_a_document_deleted_from_the_folder_is_named_with_what_became_of_its_cards(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The folder imported again after one of its documents was deleted: the import said nothing of it
    (its deck not in the table, no line), while the deck stayed in review.  It says which deck, that its
    cards stay with their history, and the command that deletes it; a deck from another folder is not named."""
    db, notes, other = tmp_path / "q.db", tmp_path / "notes", tmp_path / "other"
    (notes / "sub").mkdir(parents=True)
    other.mkdir()
    (notes / "linux.md").write_text(LINUX, encoding="utf-8")
    (notes / "sub" / "docker.md").write_text(DOCKER, encoding="utf-8")
    (other / "git.md").write_text("# Git\n\n- **git add**: stage a file\n", encoding="utf-8")
    assert run(capsys, "--db", str(db), "import", str(notes), str(other), "--trust")[0] == 0
    (notes / "sub" / "docker.md").unlink()
    (other / "git.md").unlink()
    code, _, err = run(capsys, "--db", str(db), "import", str(notes))
    assert code == 0
    said = " ".join(err.split())
    assert f"The deck 'docker' came from {(notes / 'sub' / 'docker.md').resolve()}, which is no longer there" in said
    assert f"quizzer --db {db} delete docker deletes the deck." in said and "'git'" not in said
    gone = [{"deck": "docker", "document": str((notes / "sub" / "docker.md").resolve())}]
    code, out, _ = run(capsys, "--db", str(db), "import", str(notes), "--json")
    assert json.loads(out)["gone"] == gone
    code, out, _ = run(capsys, "--db", str(db), "import", str(notes), "--json", "--strict")  # so does --strict
    assert code == 0 and json.loads(out)["gone"] == gone
    code, _, err = run(capsys, "--db", str(db), "import", str(notes), "--strict")
    assert code == 0 and "The deck 'docker' came from" in err


def test_a_renamed_document_too_changed_to_match_names_the_new_deck_beside_the_gone_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """u-campaign3's 13: a document renamed and rewritten (no notes in common) fills a new deck, and the old
    deck was reported as if its document had been moved elsewhere ("import it from where it is now"), which
    it just was: the import names the deck it made beside it; a new deck in another folder is not named."""
    db, notes = tmp_path / "q.db", tmp_path / "notes"
    (notes / "elsewhere").mkdir(parents=True)
    (notes / "linux.md").write_text(LINUX, encoding="utf-8")
    assert run(capsys, "--db", str(db), "--lang", "en", "import", str(notes), "--trust")[0] == 0
    (notes / "linux.md").unlink()
    (notes / "shell.md").write_text("# Shell\n\n- **grep**: search lines\n- **sed**: edit a stream\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", str(db), "--lang", "en", "import", str(notes))
    said = " ".join(err.split())
    assert code == 0
    assert (f"which is no longer there, and this import made the new deck 'shell' from {(notes / 'shell.md').resolve()}"
            " in the same folder") in said, said
    assert f"quizzer --db {db} delete linux deletes it." in said
    (notes / "shell.md").rename(notes / "elsewhere" / "shell.md")
    code, _, err = run(capsys, "--db", str(db), "--lang", "en", "import", str(notes))
    assert "import it from where it is now" in " ".join(err.split()) and "new deck" not in err


def test_a_first_import_shows_its_progress_while_it_reads_the_notes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A first import (no database yet) reads every document before it makes the database, and the bar
    came only after that: 240 documents of notes sat 30 s on a blank terminal, then the bar ran from 60 %
    (u-polish).  The one bar now runs from the first document read to the last one written."""
    from contextlib import contextmanager

    import quizzer.output

    seen: list[tuple[str, float]] = []  # what the bar showed: (what was happening, the fraction done)

    @contextmanager
    def bar(label: str, *, size: int | None, smallest: int = 0):  # type: ignore[no-untyped-def]
        def update(done: int, total: int) -> None:
            seen.append((label, done / total))

        yield update

    import quizzer.documents

    real_draft = quizzer.documents.draft

    def draft(document, *args, **kwargs):  # type: ignore[no-untyped-def]
        if document.path.parent == folder:  # not the built-in deck's, read when the database is made
            seen.append(("drafting", -1.0))
        return real_draft(document, *args, **kwargs)

    folder = tmp_path / "notes"
    monkeypatch.setattr(quizzer.output, "progress_bar", bar)
    monkeypatch.setattr(quizzer.documents, "draft", draft)
    folder.mkdir()
    for n in range(4):
        (folder / f"n{n}.md").write_text(f"# Topic {n}\n\n- **cmd{n}a**: does a\n- **cmd{n}b**: does b\n", encoding="utf-8")
    code, _out, err = run(capsys, "--db", str(tmp_path / "new.db"), "import", str(folder))
    assert code == 0, err
    drafted = [n for n, (label, _done) in enumerate(seen) if label == "drafting"]
    shown = [(n, done) for n, (label, done) in enumerate(seen) if label != "drafting"]
    assert len(drafted) == 4 and shown
    assert shown[0][0] < drafted[-1], seen  # the bar moved before the last document was read
    fractions = [done for _n, done in shown]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0  # forward only, to the end
