"""A table whose first column names a use case in bold and whose second gives the command for it (``| Use Case |
Command Example |``), and a pipeline whose first stage is a word for any command (``command | grep "x"``,
knowledge.ANY_COMMAND_WORDS, one test per entry): the program after the pipe is the one shown.  Examples are our
own."""

from __future__ import annotations

import pytest

from conftest import facts
from quizzer.extract.knowledge import ANY_COMMAND_WORDS, USE_HEADER_WORDS
from quizzer.shell import parse_invocation

_USES = """# sort

| Use Case | Command Example |
| :--- | :--- |
| **Numeric Order** | `sort -n sizes.txt` |
| **Drop Duplicates** | `sort -u names.txt` |
| **Sort Any Output** | `command \\| sort -r` |
"""


def test_the_use_case_column_is_the_meaning_of_the_command_beside_it() -> None:
    assert facts(_USES) == [
        (5, "command", "sort", "sort -n sizes.txt", "Numeric Order"),
        (6, "command", "sort", "sort -u names.txt", "Drop Duplicates"),
        (7, "command", "sort", "command | sort -r", "Sort Any Output"),
    ]


def test_use_cases_read_the_same_in_the_plural_and_after_the_command() -> None:
    text = "# du\n\n| Command | Use cases |\n| --- | --- |\n| `du -sh .` | **Size of this folder** |\n"
    assert facts(text) == [(5, "command", "du", "du -sh .", "Size of this folder")]
    plural = "# du\n\n| Use cases | Command |\n| --- | --- |\n| **Size of this folder** | `du -sh .` |\n"
    assert facts(plural) == [(5, "command", "du", "du -sh .", "Size of this folder")]


@pytest.mark.parametrize("word", sorted(ANY_COMMAND_WORDS))
def test_a_word_for_any_command_before_a_pipe_shows_the_program_after_it(word: str) -> None:
    for line in (f"{word} | wc -l", f"$ {word} | wc -l", f"{word}|wc -l"):
        invocation = parse_invocation(line)
        assert invocation is not None and (invocation.command, invocation.flags) == ("wc", ("-l",)), line


def test_the_shell_s_command_with_its_arguments_stays_its_own_line() -> None:
    assert parse_invocation("command -v git").command == "command"  # type: ignore[union-attr]
    invocation = parse_invocation("command ls | sort")
    assert invocation is not None and (invocation.command, invocation.piped) == ("command", ("sort",))


@pytest.mark.parametrize("word", sorted(USE_HEADER_WORDS))
def test_a_use_header_word_names_what_the_command_beside_it_is_for(word: str) -> None:
    text = f"# 메모\n\n| {word} | Command |\n| --- | --- |\n| **Show hidden files** | `ls -a ~/src` |\n"
    assert facts(text) == [(5, "command", "ls", "ls -a ~/src", "Show hidden files")]


def test_a_description_column_beside_the_use_case_is_the_meaning() -> None:
    text = ("# ls\n\n| Use case | Command | Description |\n| --- | --- | --- |\n"
            "| **Hidden files** | `ls -a ~/src` | Lists every entry, dot files too. |\n")
    assert facts(text) == [(5, "command", "ls", "ls -a ~/src", "Lists every entry, dot files too.")]
