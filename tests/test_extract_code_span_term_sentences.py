"""A paragraph opening ``The `term` defines …`` with no noun after the code span: what the term is, a concept
(quizzer/extract/narrative.py), in examples of our own (x-f26en)."""

from __future__ import annotations

from conftest import facts

_NOTES = (
    "# Quotas\n"  # 1
    "\n"
    "## Grace period\n"  # 3
    "The `grace` sets how long a user may stay over the soft limit.\n"  # 4
)


def test_a_code_span_term_and_what_it_does_is_a_concept() -> None:
    assert (4, "concept", None, "grace", "sets how long a user may stay over the soft limit") in facts(_NOTES)


def test_a_program_or_a_bare_word_is_not_read_so() -> None:
    program = _NOTES.replace("The `grace` sets", "The `tar` sets")
    assert all(front != "tar" for _, _, _, front, _ in facts(program))
    bare = _NOTES.replace("The `grace` sets", "The grace sets")
    assert all(front != "grace" for _, _, _, front, _ in facts(bare))


def test_an_option_in_the_code_span_is_no_term() -> None:
    option = _NOTES.replace("The `grace` sets", "The `-g` sets")
    assert all(front != "-g" for _, _, _, front, _ in facts(option))
