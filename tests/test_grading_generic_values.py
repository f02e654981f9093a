"""Where a value goes, one capital letter (``head -n N file``) is a placeholder, as ``<n>`` is, and a quoted
generic value in the notes' example (``-m "message"``, ``-m "커밋 메시지"``) takes any value typed, quoted or
not, saying what it stands for.  Both were read as text to type ("3 should be N", "-m fix typo should be -m
message").  A concrete example (``-n 5``, ``grep 'error'``) still wants what it says."""

from __future__ import annotations

import pytest

from quizzer.grading import grade
from quizzer.spellings import GENERIC_VALUES


@pytest.mark.parametrize("letter", ["N", "M", "X"])
def test_one_capital_letter_stands_for_a_value(letter: str) -> None:
    verdict = grade([f"head -n {letter} file"], "head -n 3 file")
    assert verdict.outcome == "exact"
    assert f"3 stands for {letter}." in verdict.explanation
    assert grade([f"cut -d , -f {letter} data.csv"], "cut -d , -f 2 data.csv").outcome == "exact"


def test_a_number_on_the_flag_fills_a_capital_n() -> None:
    assert grade(["head -n N file"], "head -n5 file").outcome == "exact"


@pytest.mark.parametrize("value", sorted(GENERIC_VALUES))
def test_each_generic_value_in_quotes_takes_any_value(value: str) -> None:
    for quote in ('"', "'"):
        answer = f"tool -x {quote}{value}{quote} arg"
        for typed in ('tool -x "fix the typo" arg', "tool -x fix arg", "tool -x 'it works' arg"):
            verdict = grade([answer], typed)
            assert verdict.outcome == "exact", (answer, typed)
            assert "stands for" in verdict.explanation


@pytest.mark.parametrize("answer", ['git commit -m "커밋 메시지"', 'git commit -m "<message>"', "git commit -m 'Message'"])
def test_a_quoted_placeholder_takes_any_message(answer: str) -> None:
    verdict = grade([answer], 'git commit -m "fix typo"')
    assert verdict.outcome == "exact"
    assert "fix typo stands for" in verdict.explanation


@pytest.mark.parametrize(("answer", "typed"), [
    ("head -n 5 file", "head -n 3 file"),
    ("grep 'error' app.log", "grep 'warning' app.log"),
    ('git commit -m "fix typo"', 'git commit -m "add docs"'),
    ('echo "hello world"', 'echo "goodbye"'),
    ("head -n n file", "head -n 3 file"),  # a small letter is the letter itself
])
def test_a_concrete_example_still_wants_its_value(answer: str, typed: str) -> None:
    assert grade([answer], typed).outcome != "exact"
