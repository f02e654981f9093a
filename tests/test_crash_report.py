"""A bug reaching the command line is one sentence and a file of details, never a traceback (crash_report)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from quizzer import cli
from quizzer.commands import where


def _broken(db: object) -> None:
    raise IndexError("list index out of range")


@pytest.fixture
def a_bug(monkeypatch: pytest.MonkeyPatch) -> None:
    """`quizzer where` meets a bug; QUIZZER_DEBUG unset, as for a person."""
    monkeypatch.delenv("QUIZZER_DEBUG")
    monkeypatch.setattr(where, "locations", _broken)


def test_a_bug_is_one_sentence_and_its_details_are_kept(a_bug: None, quizzer_home: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["where"]) == 70
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert "quizzer met a bug (IndexError) and stopped; what was already saved is kept." in err
    reports = list((quizzer_home / "cache" / "crash-reports").glob("crash-*.txt"))
    assert len(reports) == 1
    assert str(reports[0]) in err.replace("\n", "")
    details = reports[0].read_text(encoding="utf-8")
    assert "command: quizzer where" in details
    assert "Traceback" in details and "IndexError: list index out of range" in details
    assert "_broken" in details  # where it happened, for whoever fixes it


def test_when_no_report_can_be_written_the_sentence_still_comes(a_bug: None, quizzer_home: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    (quizzer_home / "cache").write_text("not a folder")
    assert cli.main(["where"]) == 70
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "quizzer met a bug (IndexError) and stopped; what was already saved is kept." in err
    assert "crash-reports" not in err


def test_in_korean(a_bug: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--lang", "ko", "where"]) == 70
    assert "quizzer에 버그(IndexError)가 있어 멈췄습니다." in capsys.readouterr().err


def test_quizzer_debug_shows_the_traceback(a_bug: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUIZZER_DEBUG", "1")
    with pytest.raises(IndexError):
        cli.main(["where"])


def test_a_real_process_meeting_a_bug(quizzer_home: Path, tmp_path: Path) -> None:
    # the whole program, as a person runs it: a module that breaks when a command is run
    script = tmp_path / "run.py"
    script.write_text(
        "from quizzer import cli\nfrom quizzer.commands import where\n"
        "where.locations = lambda db: {}['missing']\nraise SystemExit(cli.main(['where']))\n",
        encoding="utf-8",
    )
    env = {k: v for k, v in __import__("os").environ.items() if k != "QUIZZER_DEBUG"}
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 70
    assert "Traceback" not in done.stderr
    assert "quizzer met a bug (KeyError)" in done.stderr
