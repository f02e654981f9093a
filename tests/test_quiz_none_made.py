"""A quiz that can make no question says why for the mode asked: "No questions can be made from these notes
with these choices" sent a person whose deck was too small for multiple choice looking at every option
(u-campaign8)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli


@pytest.fixture
def one_note(tmp_path: Path, quizzer_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = tmp_path / "small.md"
    notes.write_text("# Small\n\n- `uptime`: how long the machine has run\n", encoding="utf-8")
    rc, _out, _err = run_cli(capsys, "import", str(notes), "--trust")
    assert rc == 0


def test_choice_on_a_deck_too_small_says_what_choices_need(capsys: pytest.CaptureFixture[str],
                                                           one_note: None) -> None:
    rc, _out, err = run_cli(capsys, "quiz", "small", "--mode", "choice")
    assert rc == 1
    assert err.strip() == (
        "Error: No multiple-choice or step-order question can be made from these notes: multiple choice needs "
        "four notes of a kind in a deck (the answer and three others), step order a procedure of 3 steps or more.")


def test_typed_on_concepts_alone_says_what_typed_answers_ask(capsys: pytest.CaptureFixture[str],
                                                             tmp_path: Path, quizzer_home: Path) -> None:
    notes = tmp_path / "words.md"
    notes.write_text("# Words\n\n- Latency: the time one request takes\n", encoding="utf-8")
    assert run_cli(capsys, "import", str(notes), "--trust")[0] == 0
    rc, _out, err = run_cli(capsys, "quiz", "words", "--mode", "typed")
    assert rc == 1 and "typed answers are asked of command, option, flag and syntax notes" in err


def test_a_section_no_heading_holds_is_said_before_the_kind(capsys: pytest.CaptureFixture[str],
                                                            one_note: None) -> None:
    rc, _out, err = run_cli(capsys, "quiz", "small", "--kind", "command", "--section", "Elsewhere")
    assert rc == 1 and err.strip() == "Error: No heading of these decks contains 'Elsewhere'."
