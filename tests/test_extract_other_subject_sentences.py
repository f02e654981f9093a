"""A paragraph under a command's heading whose later sentence is about another thing (``The pattern is …``): the
command's card ends before it (quizzer.extract.rules), in examples of our own."""

from __future__ import annotations

from tests.conftest import facts

GREP = (
    "# Searching\n"
    "\n"
    "### grep\n"
    "\n"
    "Print the lines of a file that match a pattern. The pattern is a regular expression\n"
    "unless -F is given.\n"
)


def test_the_card_ends_before_the_sentence_about_another_thing() -> None:
    assert facts(GREP) == [(5, "command", "grep", "grep", "Print the lines of a file that match a pattern.")]


def test_a_later_sentence_about_the_command_itself_stays() -> None:
    text = GREP.replace("The pattern is a regular expression", "The command is fast even on big files,")
    assert facts(text)[0][4] == (
        "Print the lines of a file that match a pattern. The command is fast even on big files, unless -F is given."
    )
