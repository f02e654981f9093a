"""A sentence naming a program (or its commands), a flag it has and a clause of what the flag does
(narrative.flag_which), in examples of our own."""

from __future__ import annotations

from conftest import facts, warned


def _notes(sentence: str) -> str:
    return f"# Quiet installs\n\nWhat I keep forgetting.\n\n{sentence}\n"   # the sentence on line 5


def test_the_programs_commands_offer_a_flag_which_does_something() -> None:
    notes = facts(_notes("Most npm commands accept a `--silent` flag which hides the progress output."))
    assert (5, "option", "npm", "--silent", "hides the progress output") in notes


def test_a_program_that_has_an_option_that_does_something() -> None:
    notes = facts(_notes("Also, ls has an `-R` option that lists the folders below as well."))
    assert (5, "option", "ls", "-R", "lists the folders below as well") in notes


def test_a_word_that_is_no_program_makes_no_note() -> None:
    assert not [n for n in facts(_notes("The installer has a `--yes` flag which answers every question.")) if n[0] == 5]


def test_one_of_many_commands_of_a_program_is_not_guessed() -> None:
    text = _notes("Docker has a `--rm` option which removes the container when it exits.")
    assert not [n for n in facts(text) if n[3] == "--rm"]
    assert 5 in warned(text)
