""""Use `x` for A, and `y` for B." over the lines that run them (run_to.read_uses), in examples of our own: a
command note for each program, its purpose what the sentence says it is for."""

from __future__ import annotations

from conftest import facts


def _notes(sentence: str) -> str:
    return (
        "# Tidy Python code\n"
        "\n"
        f"{sentence}\n"      # 3
        "\n"
        "```\n"
        "$ black src/\n"
        "\n"
        "$ ruff check src/\n"
        "```\n"
    )


def test_each_program_gets_what_it_is_used_for() -> None:
    notes = facts(_notes("Use `black` for formatting, and `ruff` for linting."))
    assert (3, "command", "black", "black", "formatting") in notes
    assert (3, "command", "ruff", "ruff", "linting") in notes


def test_linked_names_read_as_the_names_in_backticks() -> None:
    notes = facts(_notes("Use [black](https://example.org/black) for formatting and [ruff](https://example.org/ruff) for linting."))
    assert (3, "command", "black", "black", "formatting") in notes
    assert (3, "command", "ruff", "ruff", "linting") in notes


def test_the_sentence_does_not_also_gloss_the_lines_below() -> None:
    notes = facts(_notes("Use `black` for formatting, and `ruff` for linting."))
    assert not [n for n in notes if n[0] != 3]


def test_a_program_the_notes_do_not_run_or_no_purpose_makes_no_note() -> None:
    assert not [n for n in facts(_notes("Use `isort` for imports.")) if n[0] == 3]
    assert not [n for n in facts(_notes("Use `black` for example.")) if n[0] == 3]
