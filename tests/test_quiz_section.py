"""``quizzer quiz --section TEXT`` where no heading holds TEXT says that, not "no questions can be
made from these notes with these choices" (which sends a person looking at --mode and -n)."""

from __future__ import annotations

import pytest
from conftest import run_cli


def test_a_section_no_heading_holds_is_named(capsys: pytest.CaptureFixture[str], quizzer_home: object) -> None:
    rc, _out, err = run_cli(capsys, "quiz", "--section", "nothing like this")
    assert rc == 1
    assert err.strip() == "Error: No heading of these decks contains 'nothing like this'."


def test_a_section_that_exists_is_not_refused_for_its_name(capsys: pytest.CaptureFixture[str],
                                                           quizzer_home: object) -> None:
    rc, _out, err = run_cli(capsys, "quiz", "--section", "컨테이너")  # headings of the built-in deck
    assert rc == 1 and "heading" not in err and "interactive terminal" in err  # it got as far as the screen
