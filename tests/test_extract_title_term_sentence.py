"""``# network time protocol (ntp)`` then ``The network time protocol keeps …``: the first text under the document's
one title, opening with the title's term and a verb saying what it is: a concept (quizzer/extract/narrative.py
title_term), in examples of our own (x-f26en)."""

from __future__ import annotations

from conftest import draft, facts

_NOTES = (
    "# network time protocol (ntp)\n"  # 1
    "\n"
    "The network time protocol provides a way to keep clocks of many hosts in step. It runs over UDP.\n"  # 3
)


def test_the_title_term_and_what_it_provides_is_a_concept() -> None:
    assert facts(_NOTES) == [
        (3, "concept", None, "network time protocol", "provides a way to keep clocks of many hosts in step")]
    assert "ntp" in draft(_NOTES).notes[0].answers


def test_a_sentence_about_something_else_is_not_read_so() -> None:
    other = _NOTES.replace("The network time protocol provides", "The clock provides")
    assert facts(other) == []
    later = _NOTES.replace("\nThe network", "\n## Setup\n\nThe network")  # under a section, not the title
    assert all(front != "network time protocol" for _, _, _, front, _ in facts(later))
