"""A number written onto a short flag (``git log -n5``) is the flag's value, as getopt reads it, where the
notes write the flag with a number's placeholder after it; it was read as two flags, ``-n -5``, and graded
wrong ("-5 is not an option of this line. Missing <number>.")."""

from __future__ import annotations

import pytest

from quizzer.grading import NUMBER_WORDS, grade


@pytest.mark.parametrize(("answer", "typed"), [
    ("git log -n <number>", "git log -n5"),
    ("-n <number>", "-n12"),
    ("tail -n <줄 수> <파일>", "tail -n20 app.log"),
    ("journalctl -n NUM", "journalctl -n50"),
])
def test_a_number_on_the_flag_is_its_value(answer: str, typed: str) -> None:
    assert grade([answer], typed).outcome == "exact"


@pytest.mark.parametrize(("answer", "typed"), [
    ("ls -l <dir>", "ls -l5"),  # -l takes no value: -l5 is -l -5
    ("docker logs -f <컨테이너>", "docker logs -f5"),
    ("git log -n <number>", "git log -5"),
])
def test_a_number_after_a_flag_of_no_number_is_not_its_value(answer: str, typed: str) -> None:
    assert grade([answer], typed).outcome != "exact"


@pytest.mark.parametrize("word", sorted(NUMBER_WORDS))
def test_each_number_word_makes_its_placeholder_a_value(word: str) -> None:
    assert grade([f"tool -x <{word}>"], "tool -x7").outcome == "exact"
    assert grade([f"tool -x <{word}>"], "tool -x 7").outcome == "exact"
