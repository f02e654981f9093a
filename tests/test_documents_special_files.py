"""Paths quizzer cannot use, each refused in one sentence that says what to do: a named pipe or a
device given as notes is never read (reading a pipe with no writer waits for ever), and a database
folder that cannot be made names --db and QUIZZER_HOME."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from quizzer.documents import gather

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")


@pytest.fixture
def pipe(tmp_path: Path) -> Path:
    path = tmp_path / "notes.md"
    os.mkfifo(path)
    return path


def test_a_named_pipe_is_skipped_with_its_reason(pipe: Path) -> None:
    found, skipped = gather([pipe])
    assert found == []
    assert [s.reason for s in skipped] == [f"{pipe} is not a regular file (a pipe or a device); quizzer reads notes from files."]


@pytest.mark.parametrize("command", ["extract", "import"])
def test_the_commands_refuse_a_named_pipe_without_waiting(pipe: Path, tmp_path: Path, command: str) -> None:
    env = {**os.environ, "QUIZZER_HOME": str(tmp_path / "home"), "LANG": "C.UTF-8", "LANGUAGE": "", "LC_ALL": ""}
    done = subprocess.run([sys.executable, "-m", "quizzer", command, str(pipe)], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 1
    assert "is not a regular file" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_database_folder_that_cannot_be_made_says_how_to_choose_another(tmp_path: Path) -> None:
    from quizzer.db.engine import open_database
    from quizzer.errors import QuizzerError

    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(QuizzerError) as raised:
        open_database(blocker / "sub" / "quizzer.db")
    assert "--db FILE" in str(raised.value) and "QUIZZER_HOME" in str(raised.value)
