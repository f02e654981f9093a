"""A heading's term and the first sentence under it wrapped onto a second line (quizzer.extract.heading_terms):
the card holds the whole sentence, never the first line cut off; in examples of our own."""

from __future__ import annotations

from conftest import facts


def test_the_first_sentence_goes_on_across_the_wrap() -> None:
    text = "## qpdf\n\nqpdf is a handy tool for splitting and merging files or\nrepairing broken ones. It was written in C++.\n"
    assert facts(text) == [
        (3, "concept", None, "qpdf", "qpdf is a handy tool for splitting and merging files or repairing broken ones"),
    ]


def test_a_first_line_that_ends_its_sentence_is_the_whole_back() -> None:
    text = "## qpdf\n\nqpdf is a handy tool for splitting files.\nrepairing is another use of it.\n"
    assert [back for *_, back in facts(text)] == ["qpdf is a handy tool for splitting files"]
