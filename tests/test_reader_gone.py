"""A reader that stops reading (``quizzer decks | head -1``): every command ends the same way, quietly,
with the status a Unix tool killed by SIGPIPE has (rich's tables exited 1, quizzer's own lines 0)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from quizzer.output import READER_GONE
from tests.test_cli import subprocess_env

NOTES = "# 연습\n\n- `tool -a`: 모두 보기\n- `tool -b`: 짧게 보기\n"


def _into_closed_pipe(home: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """``quizzer ARGS`` writing into a pipe nobody reads any more (its reader closed before it started)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run([sys.executable, "-m", "quizzer", *args], stdout=write_end, stderr=subprocess.PIPE,
                              env=subprocess_env(home), timeout=120, check=False)
    finally:
        os.close(write_end)


@pytest.mark.parametrize("args", [
    ("decks",),  # a rich table
    ("decks", "--json"),  # quizzer's own bytes
    ("cards", "practice"),
    ("stats",),
    ("where",),
    ("extract", "{notes}"),
    ("--help",),  # argparse's text
    ("--version",),
])
def test_a_reader_gone_ends_every_command_quietly_as_sigpipe(tmp_path: Path, args: tuple[str, ...]) -> None:
    notes = tmp_path / "practice.md"
    notes.write_text(NOTES, encoding="utf-8")
    home = tmp_path / "home"
    made = subprocess.run([sys.executable, "-m", "quizzer", "import", str(notes)], env=subprocess_env(home),
                          capture_output=True, timeout=120, check=False)
    assert made.returncode == 0, made.stderr.decode()
    done = _into_closed_pipe(home, *(arg.format(notes=notes) for arg in args))
    assert done.stderr.decode() == ""
    assert done.returncode == READER_GONE == 141
