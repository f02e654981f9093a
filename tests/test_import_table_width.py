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


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize("columns", [40, 60])
def test_in_a_narrow_terminal_decks_and_imports_list_each_name_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, language: str, columns: int
) -> None:
    """At 40 columns ``quizzer decks`` gave its deck column 3 cells ("doc/ker/-co/nta/…", a Korean
    name one syllable a line) and the import table 4: a name that can fit is shown whole, with
    its counts under it, when the table cannot hold it."""
    from quizzer.text import width

    monkeypatch.setenv("COLUMNS", str(columns))
    name = "리눅스-명령어-정리"
    notes = tmp_path / f"{name}.md"
    notes.write_text(NOTES, encoding="utf-8")
    rc, out, err = run_cli(capsys, "--lang", language, "import", str(notes))
    assert rc == 0, err
    for listing in (out, run_cli(capsys, "--lang", language, "decks")[1]):
        lines = listing.splitlines()
        assert all(width(line) <= columns for line in lines), listing
        assert any(name in line for line in lines), listing  # whole on one line, not folded
    decks = run_cli(capsys, "--lang", language, "decks")[1]
    assert any("docker-containers.ko" in line for line in decks.splitlines()), decks
