"""Ctrl-C in a real terminal while ``quizzer import`` works (u-polish).  The terminal writes '^C' where
the cursor is, and the sentence saying what was not imported went on from there:
'^C3 documents were not imported (the Ctrl-C came at …)'.  It starts a line of its own, as after the
review screens (which read Ctrl-C as a key, so no '^C' is written).  The import is stopped while it
waits for another program's write lock: a point the test can wait for, not a moment it guesses."""

from __future__ import annotations

import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import Tmux, quizzer_command

from quizzer.i18n import _, ngettext, set_language

NOTES = {
    "alpha.md": "# Alpha\n\n- **ls**: list files\n- **cp**: copy files\n",
    "beta.md": "# Beta\n\n- **docker ps**: list containers\n- **docker run**: run a container\n",
    "gamma.md": "# Gamma\n\n- **git add**: stage changes\n- **git log**: show history\n",
}


@contextmanager
def write_lock(path: Path) -> Iterator[None]:
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.close()


@pytest.mark.parametrize("language", ["en", "ko"])
def test_what_a_ctrl_c_left_out_starts_a_line_of_its_own(tmux: Tmux, quizzer_home: Path, tmp_path: Path,
                                                          language: str) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    for name, text in NOTES.items():
        (folder / name).write_text(text, encoding="utf-8")
    env = {"QUIZZER_HOME": str(quizzer_home), "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"}
    subprocess.run([*quizzer_command(), "decks"], env=env, capture_output=True, check=True)  # the database made
    set_language(language)
    try:
        waiting = _("Another program is writing to the database {path}; waiting for it (up to {time}).").split("{path}")[0]
        left = ngettext(
            "{count} document was not imported (the Ctrl-C came at {document}); the same command imports it.",
            "{count} documents were not imported (the Ctrl-C came at {document}); the same command imports them.",
            3).format(count=3, document="").split("(")[0].strip()
        interrupted = _("Interrupted.")
    finally:
        set_language("en")
    with write_lock(quizzer_home / "quizzer.db"):
        tmux.start([*quizzer_command(), "--lang", language, "import", str(folder)], columns=100, rows=30)
        tmux.wait_screen(waiting.strip())
        tmux.keys("C-c")
        printed = tmux.printed(interrupted)
    assert tmux.exit_status() == 130
    lines = printed.splitlines()
    assert any(line.startswith(left) for line in lines), printed
    assert all(line.strip() == "^C" for line in lines if "^C" in line), printed  # the '^C' alone on its line
    assert "Traceback" not in printed
