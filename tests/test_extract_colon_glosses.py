"""A code block of command lines, each glossed after a spaced colon (``$ git tag -l  : Lists the tags``), read one
card a line (quizzer.extract.colon_glosses), in examples of our own."""

from __future__ import annotations

from tests.conftest import facts

PROMPTED = (
    "# Tags\n"
    "\n"
    "## Usage\n"
    "```\n"
    "$ git tag -l        : Lists the tags of the repository\n"
    "$ git tag -d        : Deletes a tag\n"
    "$ git tag -a        : Makes an annotated tag\n"
    "```\n"
)


def test_each_line_is_its_command_and_the_words_after_the_colon() -> None:
    assert facts(PROMPTED) == [
        (5, "command", "git tag", "git tag -l", "Lists the tags of the repository"),
        (6, "command", "git tag", "git tag -d", "Deletes a tag"),
        (7, "command", "git tag", "git tag -a", "Makes an annotated tag"),
    ]


def test_lines_without_a_prompt_read_the_same() -> None:
    assert [fact[3:] for fact in facts(PROMPTED.replace("$ ", ""))] == [fact[3:] for fact in facts(PROMPTED)]


def test_a_colon_inside_the_line_is_no_gloss() -> None:
    text = "# Copy\n\n```\nscp notes.txt host:/tmp/ : Copies the notes\nscp -r docs host:/srv/ : Copies the folder\n```\n"
    assert [fact[3:] for fact in facts(text)] == [
        ("scp notes.txt host:/tmp/", "Copies the notes"),
        ("scp -r docs host:/srv/", "Copies the folder"),
    ]


def test_a_block_with_another_line_is_not_this_style() -> None:
    text = PROMPTED.replace("$ git tag -a        : Makes an annotated tag\n", "Tags are refs.\n")
    assert [fact for fact in facts(text) if fact[4] in {"Lists the tags of the repository", "Deletes a tag"}] == []


def test_prompted_lines_that_gloss_themselves_are_no_sentences_of_text() -> None:
    # three glossed lines of six words or more, each with small words ("the", "of"): still lines typed at a prompt
    text = (
        "# Bisect\n\n```\n"
        "$ git bisect start   : Start the search for the bad commit\n"
        "$ git bisect good    : Mark the revision as one of the good\n"
        "$ git bisect bad     : Mark the revision as one of the bad\n"
        "```\n"
    )
    assert [fact[3] for fact in facts(text)] == ["git bisect start", "git bisect good", "git bisect bad"]


def test_a_makefile_rule_is_no_glossed_line() -> None:
    text = "# Build\n\n```\ntest : lint unit\ninstall : build docs\n```\n"
    assert [fact for fact in facts(text) if fact[4] in ("lint unit", "build docs")] == []
