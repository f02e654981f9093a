"""A database file the person names (``--db``, ``$QUIZZER_DB``) may be a mistyped path: a
missing folder is refused in one sentence, never made with a new, empty collection in it.  The folder of ``$QUIZZER_HOME`` is quizzer's own and is made as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli as run
from test_cli import one_sentence


@pytest.mark.parametrize("command", [["decks"], ["review"], ["stats"], ["exam", "--history"]])
def test_a_db_in_a_missing_folder_is_refused(capsys: pytest.CaptureFixture[str], quizzer_home: Path,
                                             tmp_path: Path, command: list[str]) -> None:
    typo = tmp_path / "studdy" / "notes" / "quiz.db"
    rc, out, err = run(capsys, "--db", str(typo), *command)
    assert rc == 1
    line = one_sentence(err)
    assert str(typo.parent) in line and "check the path" in line
    assert out == ""
    assert not (tmp_path / "studdy").exists()


def test_quizzer_db_in_a_missing_folder_is_refused(capsys: pytest.CaptureFixture[str], quizzer_home: Path,
                                                   tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUIZZER_DB", str(tmp_path / "nowhere" / "q.db"))
    rc, _out, err = run(capsys, "decks")
    assert rc == 1
    assert str(tmp_path / "nowhere") in one_sentence(err)
    assert not (tmp_path / "nowhere").exists()


def test_the_home_folder_is_made_silently(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "fresh" / "home"
    monkeypatch.setenv("QUIZZER_HOME", str(home))
    monkeypatch.delenv("QUIZZER_DB", raising=False)
    rc, _out, err = run(capsys, "decks")
    assert rc == 0 and err == ""
    assert (home / "quizzer.db").is_file()


def test_the_sentence_is_in_korean(capsys: pytest.CaptureFixture[str], quizzer_home: Path, tmp_path: Path) -> None:
    rc, _out, err = run(capsys, "--lang", "ko", "--db", str(tmp_path / "없는" / "q.db"), "decks")
    assert rc == 1
    assert "경로를 확인" in err


def test_a_new_db_file_is_said_on_a_terminal(capsys: pytest.CaptureFixture[str], quizzer_home: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A --db file mistyped in a folder that is there (quiz.db for quizzer.db) made a fresh collection
    without a word; a person at a terminal is told, once.  A script's stderr (not a terminal) is not."""
    import sys

    rc, out, err = run(capsys, "--db", str(tmp_path / "script.db"), "decks")
    assert rc == 0 and err == "" and "docker-containers.ko" in out
    path = tmp_path / "quiz.db"
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    rc, out, err = run(capsys, "--db", str(path), "decks")
    assert rc == 0 and "docker-containers.ko" in out
    said = f"Made a new database at {path}; if you meant one you already have, check the path."
    assert "".join(err.split()) == "".join(said.split())  # wrapped to the terminal, the path kept whole
    rc, out, err = run(capsys, "--db", str(path), "decks")
    assert rc == 0 and err == ""
