"""Whole-document passes of preparing a document, done line by line or at line breaks, read as the
plain ones did: patterns looked for at line starts (written to start at a line break, the document
searched with one put before it) find a line at the very start as at any other; NFC a line at a
time is NFC of the whole."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quizzer.extract.blocks import _nfc_lines, prepare
from quizzer.extract.explicit import hand_cards
from quizzer.extract.knowledge import dominant_program
from quizzer.text import nfc


def test_a_heading_without_its_space_first_or_later() -> None:
    assert prepare("##Setting\n```\n##NotThis\n```\n##다음 절\n") == "## Setting\n```\n##NotThis\n```\n## 다음 절\n"
    assert prepare("text\n##Later\n") == "text\n## Later\n"


def test_a_definition_mark_first_or_later() -> None:
    assert prepare("Term\n:\n    its meaning\n") == "Term\n\nits meaning\n"
    assert prepare(":\n    x\n") == "\nx\n"
    assert prepare("a: b\n:x\n") == "a: b\n:x\n"


def test_the_dominant_program_counts_the_first_line() -> None:
    assert dominant_program("git add\ngit commit\n- git push x\n") == "git"
    assert dominant_program("\ngit add\ngit commit\n") is None
    assert dominant_program("git a\n") is None


def test_a_question_mark_line_first_last_or_alone() -> None:
    (card,), _ = hand_cards("What is HEAD?\n?\nThe current commit\n")
    assert (card.front, card.back) == ("What is HEAD?", "The current commit")
    cards, (warning,) = hand_cards("?\nx\n")
    assert not cards and warning.line == 1
    (card,), _ = hand_cards("q\n  ??  \na")
    assert card.both and card.back == "a"


@given(st.text(alphabet=st.sampled_from(["가", "\u1100", "\u1161", "\u11a8", "e", "\u0301", "\u0323", "A", "\n", "\r", " "]), max_size=16))
def test_nfc_a_line_at_a_time_is_nfc_of_the_whole(text: str) -> None:
    assert _nfc_lines(text) == nfc(text)


@given(st.text(alphabet=st.sampled_from(["가", "\u1100", "\u1161", "\u11a8", "e", "\u0301", "A", "\n", "\n", " "]), max_size=40),
       st.integers(0, 6))
def test_nfc_a_stretch_of_lines_at_a_time_is_nfc_of_the_whole(text: str, stretch: int) -> None:
    import quizzer.extract.blocks as blocks

    kept = blocks._NFC_STRETCH
    blocks._NFC_STRETCH = stretch  # stretches of a few characters, so that a short text has several
    try:
        assert _nfc_lines(text) == nfc(text)
    finally:
        blocks._NFC_STRETCH = kept
