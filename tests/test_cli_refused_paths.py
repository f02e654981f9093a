"""A path the system refuses before a command can check it is one sentence, never a traceback (review 12)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizzer.cli import main

_TOO_LONG = "n" * 300  # one name longer than any file system takes (ENAMETOOLONG)


@pytest.mark.parametrize("argv", [
    ["import", f"{_TOO_LONG}/notes.md"],
    ["--db", f"{_TOO_LONG}/quizzer.db", "stats"],
    ["stats", "--svg", f"{_TOO_LONG}/week.svg"],
])
def test_a_name_too_long_is_said_in_one_sentence(argv: list[str], quizzer_home: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: ") and "the name is too long" in err and "Traceback" not in err


def test_an_os_error_naming_no_file_is_still_a_bug(monkeypatch: pytest.MonkeyPatch, quizzer_home: Path) -> None:
    import quizzer.commands.stats as stats

    def broken(_args: object) -> int:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(stats, "cmd_stats", broken)
    with pytest.raises(OSError):
        main(["stats"])
