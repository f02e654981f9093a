"""Ctrl-C in the middle of importing a folder (u-campaign): each document is its own transaction, so
the documents before the Ctrl-C are in their decks, the one being written is rolled back, and the
rest are not read.  The command said only 'Interrupted.': a person could not tell whether the
import had happened, half happened or not at all.  It now shows what was imported, says how many
documents were not and that the same command imports them, and still ends as a Ctrl-C does
('Interrupted.', status 130)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli as run

from quizzer import importing

NOTES = {
    "alpha.md": "# Alpha\n\n- **ls**: list files\n- **cp**: copy files\n",
    "beta.md": "# Beta\n\n- **docker ps**: list containers\n- **docker run**: run a container\n",
    "gamma.md": "# Gamma\n\n- **git add**: stage changes\n- **git log**: show history\n",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "notes"
    root.mkdir()
    for name, text in NOTES.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def ctrl_c_at_second(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A Ctrl-C arriving while the second document is being written (before its commit)."""
    real = importing.import_documents
    written: list[str] = []

    def import_documents(db, documents, **kwargs):  # type: ignore[no-untyped-def]
        if written:
            raise KeyboardInterrupt
        results = real(db, documents, **kwargs)
        written.extend(result.deck for result in results)
        return results

    monkeypatch.setattr(importing, "import_documents", import_documents)
    return written


def test_ctrl_c_while_importing_a_folder_says_what_was_imported_and_what_was_not(
        folder: Path, tmp_path: Path, ctrl_c_at_second: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    code, out, err = run(capsys, "--db", str(db), "import", str(folder))
    assert code == 130
    assert ctrl_c_at_second == ["alpha"]
    assert "alpha" in out and "beta" not in out  # the table of what was imported
    assert "2 documents were not imported" in err and "beta.md" in err
    assert "the same command imports them" in err
    assert err.rstrip().endswith("Interrupted.")
    code, out, _ = run(capsys, "--db", str(db), "decks", "--json")
    assert [deck["name"] for deck in json.loads(out)["decks"] if deck["name"] != "docker-containers.ko"] == ["alpha"]


def test_ctrl_c_before_anything_was_imported_says_nothing_was(
        folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def import_documents(db, documents, **kwargs):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    monkeypatch.setattr(importing, "import_documents", import_documents)
    code, out, err = run(capsys, "--db", str(tmp_path / "q.db"), "import", str(folder), "--json")
    assert code == 130
    assert json.loads(out)["imports"] == []  # --json: what was imported, nothing
    assert "3 documents were not imported" in err and "alpha.md" in err
    assert "Traceback" not in err and err.rstrip().endswith("Interrupted.")


def test_the_same_command_then_imports_the_rest(
        folder: Path, tmp_path: Path, ctrl_c_at_second: list[str], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "q.db"
    assert run(capsys, "--db", str(db), "import", str(folder))[0] == 130
    monkeypatch.undo()
    code, out, _ = run(capsys, "--db", str(db), "import", str(folder), "--json")
    assert code == 0
    added = {result["deck"]: result["added"] for result in json.loads(out)["imports"]}
    assert added == {"alpha": 0, "beta": 2, "gamma": 2}


def test_ctrl_c_in_a_strict_import_says_the_same(
        folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """--strict extracts every document first, then writes each in its own transaction: a Ctrl-C between
    two leaves the first imported, and is said as for a folder."""
    from quizzer import decks

    real = decks.sync_deck
    calls: list[str] = []

    def sync_deck(session, item, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(item.name)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(session, item, **kwargs)

    db = tmp_path / "q.db"
    assert run(capsys, "--db", str(db), "decks")[0] == 0  # the built-in deck in first
    monkeypatch.setattr(decks, "sync_deck", sync_deck)
    paths = [str(folder / name) for name in NOTES]
    code, out, err = run(capsys, "--db", str(db), "import", "--strict", *paths)
    assert code == 130
    assert "alpha" in out and "beta" not in out
    assert "2 documents were not imported" in err and "beta.md" in err and "Interrupted." in err
