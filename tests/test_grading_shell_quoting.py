"""Quotes a shell reads apart are not one answer: ``echo '$HOME'`` prints ``$HOME``, ``echo "$HOME"`` the home
folder; ``ls "*.txt"`` lists a file named ``*.txt``, ``ls *.txt`` every text file.  Both were exact.  Typed so,
the answer is almost, saying why; quoting a shell reads alike (``'abc'``, ``"abc"``, ``abc``) is no difference."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizzer.command_line import shell_reading
from quizzer.grading import grade


@pytest.mark.parametrize(("answer", "typed"), [
    ('echo "$HOME"', "echo '$HOME'"),
    ("echo '$HOME'", 'echo "$HOME"'),
    ("echo '$HOME'", "echo $HOME"),
    ('echo "`date`"', "echo '`date`'"),
    ('ls "*.txt"', "ls *.txt"),
    ("ls *.txt", "ls '*.txt'"),
    ("find . -name '*.py'", "find . -name *.py"),
    ("grep -e '$x' f", 'grep -e "$x" f'),
    ("cd ~/work", "cd '~/work'"),
])
def test_quoting_a_shell_reads_apart_is_almost_and_said(answer: str, typed: str) -> None:
    verdict = grade([answer], typed)
    assert verdict.outcome == "almost", verdict
    assert "A shell reads" in verdict.explanation


@pytest.mark.parametrize(("answer", "typed"), [
    ("echo 'abc'", "echo abc"),
    ("echo 'abc'", 'echo "abc"'),
    ('echo "$HOME"', "echo $HOME"),  # both expand it
    ("grep 'a\\tb' f", 'grep "a\\tb" f'),  # a backslash before t stays in double quotes too
    ('echo "a\\$b"', "echo 'a$b'"),  # the escaped $ is kept as written, its backslash gone
    ('echo "a\\`b"', "echo 'a`b'"),
    ("find . -name '*.py'", 'find . -name "*.py"'),
    ("git commit -m 'fix it'", 'git commit -m "fix it"'),
])
def test_quoting_a_shell_reads_alike_is_exact(answer: str, typed: str) -> None:
    assert grade([answer], typed).outcome == "exact"


_PLAIN = st.text(st.sampled_from("abcXYZ019._-/=:,@%+"), min_size=1, max_size=12)


@given(_PLAIN)
def test_a_plain_word_reads_alike_in_any_quotes(word: str) -> None:
    assert shell_reading(word) == shell_reading(f"'{word}'") == shell_reading(f'"{word}"') == (word, ())


@given(_PLAIN, st.sampled_from("$`*?"))
def test_single_quotes_keep_every_special_character(word: str, special: str) -> None:
    text, expanded = shell_reading(f"'{special}{word}'")
    assert text == special + word and expanded == ()
