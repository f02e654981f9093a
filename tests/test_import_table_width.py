"""The table ``quizzer import`` prints at 80 columns keeps each deck's name on one
line while it can (a name folded in the middle, ``03-tmux-codeblock-comment`` over
``s-ko``, reads as two decks)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli

NOTES = "# tmux\n\n- **tmux ls**: list sessions\n"


@pytest.mark.parametrize("name", ["03-tmux-codeblock-comments-ko", "24-sqlite3-backtick-lines-en", "git"])
def test_a_deck_name_is_not_folded_when_the_table_can_hold_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    notes = tmp_path / f"{name}.md"
    notes.write_text(NOTES, encoding="utf-8")
    rc, out, err = run_cli(capsys, "import", str(notes))
    assert rc == 0, err
    assert any(name in line for line in out.splitlines()), out
    assert all(len(line) <= 80 for line in out.splitlines())
