"""The text export (stock Basic note types) names an option's command on its front: quizzer asks "What
does this option of tar mean?", a Basic card in Anki only showed "-x", which could be any program's."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_dump import cli

NOTES = """# tar 정리

## Options of tar

- `-x`: extract files from an archive
- `-v`: list the files as they go

## Commands

- `tar -czf out.tgz dir`: pack a folder into a gzip archive
"""


def _fronts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    notes, db, out = tmp_path / "tar.md", str(tmp_path / "q.db"), tmp_path / "tar.txt"
    notes.write_text(NOTES, encoding="utf-8")
    assert cli(capsys, "--db", db, "import", str(notes), "--trust")[0] == 0
    assert cli(capsys, "--db", db, "export", "tar", "--format", "txt", "-o", str(out))[0] == 0
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return {row[4]: row[3] for row in rows}


def test_an_options_front_names_its_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fronts = _fronts(tmp_path, capsys)
    assert fronts["extract files from an archive"] == "tar -x"
    assert fronts["list the files as they go"] == "tar -v"
    assert fronts["pack a folder into a gzip archive"] == "tar -czf out.tgz dir"  # a command: as it was
