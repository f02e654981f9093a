"""A command written again with other spellings of its flags (``docker ps -a`` → ``docker ps --all``, ``ls -la`` →
``ls -al``) is the same fact: the re-import keeps its note, cards and history.  The key holds the line as written,
so the old note was retired with its history and a new one added, unanswered (u-campaign7).  Another line (a flag
fewer, a value for a placeholder) is still another note: test_import_values_changed's cases, this document's too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_import import card_states, give_history, live_fronts

from quizzer.cli import main

NOTES = """\
# Docker

- `docker ps -a`: list every container, stopped ones too
- `ls -la`: list every file in long form
- `git add <file>`: stage a file
"""


def _import(capsys: pytest.CaptureFixture[str], db: Path, notes: Path) -> dict[str, object]:
    assert main(["--db", str(db), "import", str(notes), "--trust", "--json"]) == 0
    return dict(json.loads(capsys.readouterr().out)["imports"][0])


def test_a_respelled_command_keeps_its_note_and_history(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, notes = tmp_path / "q.db", tmp_path / "docker.md"
    notes.write_text(NOTES, encoding="utf-8")
    _import(capsys, db, notes)
    states = give_history(db, "docker")
    notes.write_text(NOTES.replace("docker ps -a", "docker ps --all").replace("ls -la", "ls -al"), encoding="utf-8")
    result = _import(capsys, db, notes)
    assert (result["added"], result["updated"], result["retired"]) == (0, 2, 0)
    assert live_fronts(db, "docker") == ["docker ps --all", "ls -al", "git add"]
    assert card_states(db) == states  # the same cards, with their reviews
    notes.write_text(NOTES, encoding="utf-8")  # and back
    result = _import(capsys, db, notes)
    assert (result["added"], result["updated"], result["retired"]) == (0, 2, 0)
    assert card_states(db) == states
