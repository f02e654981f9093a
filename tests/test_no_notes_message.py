"""A document that gives no card says why: what quizzer looks for, or the first line it set aside."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizzer.documents import draft, load
from quizzer.errors import QuizzerError


def _refusal(tmp_path: Path, text: str) -> str:
    path = tmp_path / "notes.md"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(QuizzerError) as raised:
        draft(load(path), "notes", str(path))
    return str(raised.value)


def test_prose_alone_says_what_quizzer_looks_for(tmp_path: Path) -> None:
    message = _refusal(tmp_path, "Only a sentence about my day.\n")
    assert "has no notes" in message and "'- **command**: purpose'" in message


def test_lines_set_aside_are_named_with_the_first_of_them(tmp_path: Path) -> None:
    message = _refusal(tmp_path, "- : nothing\n\n```sh\necho hi\n")
    assert "has no notes" in message
    assert "lines aside, the first: line 1:" in message
    assert not message.endswith("..")


def test_the_cli_shows_it_as_one_line_with_a_failing_exit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from quizzer.cli import main

    path = tmp_path / "notes.md"
    path.write_text("- : nothing\n", encoding="utf-8")
    assert main(["extract", str(path)]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "line aside (line 1:" in err
