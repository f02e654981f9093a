"""A database file that may be read but not written (chmod 444, a read-only mount): the
commands that only read work, the others say in one sentence that it is read-only, and
nothing is left beside the file (qa3 found even 'quizzer decks' refused)."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import run_cli

from quizzer.db.migrations import CURRENT


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """``path`` unwritable for this process: its mode, or for root (whom modes do not stop)
    the immutable attribute, which stops root as a read-only mount would."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        try:
            yield
        finally:
            path.chmod(0o644)
        return
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False).returncode != 0:
        pytest.skip("chattr +i is not available here")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


@pytest.fixture
def made(quizzer_home: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert run_cli(capsys, "decks")[0] == 0
    database = quizzer_home / "quizzer.db"
    assert database.is_file()
    return database


def beside(database: Path) -> list[str]:
    return sorted(path.name for path in database.parent.iterdir() if path.name.startswith(database.name + "-"))


def test_reading_commands_work_on_a_read_only_database(made: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    before = made.read_bytes()
    with read_only(made):
        rc, out, err = run_cli(capsys, "decks", "--json")
        assert rc == 0, err
        assert [deck["name"] for deck in json.loads(out)["decks"]] == ["docker-containers.ko"]
        rc, out, err = run_cli(capsys, "cards", "docker-containers.ko", "--json")
        assert rc == 0 and json.loads(out)["cards"], err
        rc, out, err = run_cli(capsys, "stats", "--json")
        assert rc == 0, err
        rc, out, err = run_cli(capsys, "export", "--format", "txt", "-o", str(tmp_path / "out.txt"))
        assert rc == 0 and (tmp_path / "out.txt").is_file(), err
        assert beside(made) == []  # no -wal/-shm made that would stay read-only afterwards
    assert made.read_bytes() == before
    # and once writable again, writing works as before
    rc, out, err = run_cli(capsys, "suspend", "1")
    assert rc == 0, err


@pytest.mark.parametrize("command", [["import", "NOTES"], ["suspend", "1"], ["review"],
                                     ["delete", "docker-containers.ko", "--yes"]])
def test_writing_commands_say_the_database_is_read_only(command: list[str], made: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    notes = tmp_path / "git.md"
    notes.write_text("- **git add**: stage changes\n", encoding="utf-8")
    argv = [str(notes) if word == "NOTES" else word for word in command]
    with read_only(made):
        rc, out, err = run_cli(capsys, *argv)
    assert rc == 1
    assert err.strip().splitlines() == [f"Error: The database {made} is read-only; quizzer needs to write to it."]


def test_a_read_only_database_that_needs_an_upgrade_says_so(made: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    raw = sqlite3.connect(made)
    try:
        raw.execute(f"PRAGMA user_version = {CURRENT - 1}")
        raw.commit()
    finally:
        raw.close()
    with read_only(made):
        rc, out, err = run_cli(capsys, "decks")
    assert rc == 1
    assert err.strip().splitlines() == [f"Error: The database {made} is read-only; quizzer needs to write to it."]


@pytest.mark.parametrize("command", [["decks"], ["review"], ["stats"]])
def test_a_new_database_in_a_read_only_folder_says_so(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It said "The database … cannot be opened (unable to open database file)": SQLite's words,
    which do not say that the folder is what cannot be written."""
    folder = tmp_path / "unwritable"
    folder.mkdir()
    with read_only(folder):
        rc, out, err = run_cli(capsys, "--db", str(folder / "quizzer.db"), *command)
    assert rc == 1 and out == ""
    assert err.strip() == (f"Error: Cannot create the database {folder / 'quizzer.db'}: its folder is read-only. "
                           "Choose another place with --db FILE or the QUIZZER_HOME folder.")
    assert list(folder.iterdir()) == []


def test_where_lists_the_decks_of_a_read_only_home(made: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With the database and its folder read-only (a home on a read-only mount), decks and stats read it but
    'quizzer where' said "The database … cannot be opened (unable to open database file)" in place of its
    decks: it opened the file through WAL, which needs a shared-memory file beside it (u-campaign10)."""
    with read_only(made), read_only(made.parent):
        rc, out, err = run_cli(capsys, "where", "--json")
        assert rc == 0, err
        assert [deck["name"] for deck in json.loads(out)["decks"]] == ["docker-containers.ko"]
        rc, out, err = run_cli(capsys, "where")
        assert rc == 0 and "cannot be opened" not in out, out
    assert beside(made) == []
