"""The command words of a typed line read as a shell reads them: quotes around a word of the
command change nothing, quotes around two words make one (a program of that name), and a hint
names what was typed whole, never half a quoted word."""

from __future__ import annotations

import pytest

from quizzer.grading import grade

ANSWER = ["kubectl apply -f <file>"]


@pytest.mark.parametrize("typed", ["'kubectl' apply -f app.yaml", 'kubectl "apply" -f app.yaml',
                                   "\"kubectl\" 'apply' -f app.yaml"])
def test_a_quoted_command_word_is_that_word(typed: str) -> None:
    assert grade(ANSWER, typed).outcome == "exact"


@pytest.mark.parametrize("typed", ['"kubectl apply" -f app.yaml', "'kubectl apply' -f app.yaml"])
def test_two_command_words_in_one_quote_say_why_they_are_wrong(typed: str) -> None:
    verdict = grade(ANSWER, typed)
    assert verdict.outcome == "wrong"
    quoted = typed.split(" -f")[0]
    assert verdict.differences[0] == (
        f"{quoted} is one word to a shell, the name of a program: write kubectl apply without the quotes.")
    assert not any(message.startswith(quoted[0] + "kubectl:") for message in verdict.differences)


def test_a_slip_in_a_quoted_program_names_the_word_as_typed() -> None:
    verdict = grade(ANSWER, '"kubeclt" apply -f app.yaml')
    assert verdict.outcome == "almost"
    assert verdict.explanation == '"kubeclt": did you mean kubectl?'


def test_korean_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    from quizzer.i18n import set_language

    set_language("ko")
    try:
        verdict = grade(["git add <파일>"], '"git add" 메모.txt')
    finally:
        set_language("en")
    assert verdict.differences[0].startswith('"git add": 셸은 따옴표 안을 한 단어')


@pytest.mark.parametrize(("answer", "typed"), [
    ("grep 'a\\tb' notes.txt", 'grep "a\\tb" notes.txt'),  # a backslash inside double quotes stays
    ("grep 'a\\tb' notes.txt", "grep a\\\\tb notes.txt"),
    ('printf "%s\\n" x', "printf '%s\\n' x"),
    ("sed 's/\\s\\+$//' in.txt", 'sed "s/\\s\\+$//" in.txt'),
    ('say "it\'s"', "say it\\'s"),
])
def test_a_quoted_argument_before_any_flag_is_read_once(answer: str, typed: str) -> None:
    # a shell reads each of these as the notes' line; the argument was unquoted twice ('a\tb' → atb)
    assert grade([answer], typed).outcome == "exact"


def test_an_argument_a_shell_reads_otherwise_is_still_named() -> None:
    verdict = grade(["grep 'a\\tb' notes.txt"], "grep a\\tb notes.txt")  # unquoted, the shell drops the \
    assert verdict.outcome != "exact"
    assert "atb" in verdict.explanation
