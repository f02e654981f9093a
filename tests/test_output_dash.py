"""``-o -`` reads as "standard output" to anyone used to Unix tools; quizzer writes files, and
once wrote one named ``-`` in the current folder and said "Wrote -".  It is refused in one
sentence that says how to name such a file if that is what was meant."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli


@pytest.mark.parametrize("argv", [["export", "--format", "txt"], ["export"], ["export", "--format", "json"], ["backup"]])
def test_a_dash_for_the_output_is_refused(argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         quizzer_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    rc, out, err = run_cli(capsys, *argv, "-o", "-")
    assert rc == 1 and out == ""
    assert err.strip().splitlines() == [
        "Error: quizzer writes to a file, not to standard output: give a file name after -o (./- for a file named '-')."]
    assert not (tmp_path / "-").exists()
    rc, out, err = run_cli(capsys, *argv, "-o", "./-")
    assert rc == 0, err
    assert (tmp_path / "-").exists()
