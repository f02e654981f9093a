"""A byte that is not UTF-8 on the command line (a deck name typed in another encoding, a file named in one): Python
keeps it as a lone surrogate, which SQLite cannot store; one clear sentence and a non-zero exit, never a traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from test_no_traceback import call

NOTES = "# Git\n\n- **git status**: show the status\n"
BYTE = os.fsdecode(b"\xb0\xa1")  # '가' in EUC-KR, read as UTF-8: two lone surrogates


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"QUIZZER_HOME": str(tmp_path / "home"), "QUIZZER_DB": "", "LANG": "C.UTF-8", "COLUMNS": "100"}


@pytest.mark.parametrize("command", ["cards", "review", "quiz", "exam", "export", "stats", "check", "delete"])
def test_a_deck_name_with_such_a_byte_is_no_deck(command: str, env: dict[str, str]) -> None:
    code, _, err = call([command, BYTE], env=env)
    assert code in (1, 2) and "Traceback" not in err
    assert "deck" in err


def test_a_search_with_such_a_byte_finds_nothing(env: dict[str, str]) -> None:
    code, out, err = call(["cards", "docker-containers.ko", "--search", BYTE], env=env)
    assert code == 0 and "Traceback" not in err and "docker" not in out.split("\n", 1)[1]


def test_a_deck_named_so_is_refused(tmp_path: Path, env: dict[str, str]) -> None:
    notes = tmp_path / "git.md"
    notes.write_text(NOTES, encoding="utf-8")
    code, _, err = call(["import", str(notes), "--deck", BYTE], env=env)
    assert code == 2 and "UTF-8" in err


def test_a_file_so_named_is_skipped_with_its_reason(tmp_path: Path, env: dict[str, str]) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "git.md").write_text(NOTES, encoding="utf-8")
    (folder / f"{BYTE}.md").write_text(NOTES.replace("Git", "Other"), encoding="utf-8")
    code, _, err = call(["import", str(folder / f"{BYTE}.md")], env=env)
    assert code == 1 and "Traceback" not in err and "is not UTF-8 text" in err
    code, out, err = call(["import", str(folder)], env=env)
    assert code == 0 and "Traceback" not in err
    assert "is not UTF-8 text" in out + err and "git" in out
