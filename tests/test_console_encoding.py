"""A console that cannot encode the text (issue 9): never a traceback.

``PYTHONIOENCODING=cp949`` is a Korean Windows console: Korean is fine, an em
dash or an emoji is not.  What cannot be shown becomes ``?`` and one sentence
says so; JSON is UTF-8 bytes whatever the console (``--ascii-json``: ASCII).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

NOTES = "# 도커\n\n- **docker run**: 컨테이너 실행 — 새로 만든다 🐳\n- **docker ps**: 목록\n"


def quizzer(tmp_path: Path, encoding: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": encoding, "QUIZZER_HOME": str(tmp_path / "home"), "COLUMNS": "200"}
    env.pop("QUIZZER_DB", None)
    env.pop("QUIZZER_CONFIG", None)
    return subprocess.run([sys.executable, "-m", "quizzer", *args], env=env, capture_output=True, timeout=120)


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    path = tmp_path / "도커.md"
    path.write_text(NOTES, encoding="utf-8")
    return path


@pytest.mark.parametrize("encoding", ["cp949", "ascii", "latin-1"])
def test_tables_print_what_they_can_and_say_what_they_could_not(tmp_path: Path, notes: Path, encoding: str) -> None:
    done = quizzer(tmp_path, encoding, "extract", str(notes))
    err = done.stderr.decode(encoding, "replace")
    assert done.returncode == 0, err
    assert "Traceback" not in err
    assert err.count("cannot be shown in this console's encoding") == 1
    out = done.stdout.decode(encoding)  # only bytes the console can show
    assert "docker run" in out
    if encoding == "cp949":
        assert "컨테이너 실행 ? 새로 만든다 ?" in out  # Korean kept; the dash and the whale could not be


def test_a_console_that_can_show_everything_gets_no_sentence(tmp_path: Path, notes: Path) -> None:
    done = quizzer(tmp_path, "utf-8", "extract", str(notes))
    assert done.returncode == 0
    assert done.stderr == b""
    assert "— 새로 만든다 🐳" in done.stdout.decode("utf-8")


@pytest.mark.parametrize("encoding", ["cp949", "ascii"])
def test_json_is_utf8_whatever_the_console(tmp_path: Path, notes: Path, encoding: str) -> None:
    done = quizzer(tmp_path, encoding, "extract", str(notes), "--json")
    assert done.returncode == 0 and done.stderr == b""
    data = json.loads(done.stdout.decode("utf-8"))
    assert data["decks"][0]["notes"][0]["back"] == "컨테이너 실행 — 새로 만든다 🐳"


def test_ascii_json_escapes_every_non_ascii_character(tmp_path: Path, notes: Path) -> None:
    done = quizzer(tmp_path, "ascii", "--ascii-json", "extract", str(notes), "--json")
    assert done.returncode == 0
    assert done.stdout.isascii()
    assert json.loads(done.stdout)["decks"][0]["name"] == "도커"


def test_an_error_naming_an_unshowable_file(tmp_path: Path) -> None:
    done = quizzer(tmp_path, "ascii", "import", str(tmp_path / "없는—파일.md"))
    err = done.stderr.decode("ascii")
    assert done.returncode == 1
    assert err.startswith("Error: There is no file or folder at ") and "Traceback" not in err
