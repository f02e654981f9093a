"""A table with a column of short forms and one of what each stands for, other columns beside
(quizzer.extract.short_form_tables), in examples of our own."""

from __future__ import annotations

import pytest

from conftest import facts, warned
from quizzer.extract.knowledge import LONG_FORM_HEADER_WORDS, SHORT_FORM_HEADER_WORDS

_TABLE = (
    "# Text encodings\n\n"
    "| Used by | {short} | {long} | Bytes |\n"
    "|---------|---------|--------|-------|\n"
    "| the web | UTF-8   | \"Unicode Transformation Format, 8-bit\" | 1-4 |\n"
    "| old mail | ASCII  | American Standard Code for Information Interchange | 1 |\n"
)


def test_each_row_is_the_short_form_and_what_it_stands_for() -> None:
    assert facts(_TABLE.format(short="Abbreviation", long="Full name")) == [
        (5, "concept", None, "UTF-8", "Unicode Transformation Format, 8-bit"),
        (6, "concept", None, "ASCII", "American Standard Code for Information Interchange"),
    ]


@pytest.mark.parametrize("word", sorted(SHORT_FORM_HEADER_WORDS))
def test_a_short_form_header_word(word: str) -> None:
    assert [fact[3] for fact in facts(_TABLE.format(short=word.title(), long="Stands for"))] == ["UTF-8", "ASCII"]


@pytest.mark.parametrize("word", sorted(LONG_FORM_HEADER_WORDS))
def test_a_long_form_header_word(word: str) -> None:
    assert [fact[4][:7] for fact in facts(_TABLE.format(short="Acronym", long=word.title()))] == ["Unicode", "America"]


def test_a_sentence_in_the_short_form_column_is_warned_not_carded() -> None:
    text = _TABLE.format(short="Abbreviation", long="Full name").replace("| ASCII  |", "| see the list below |")
    assert facts(text) == []
    assert 3 in warned(text)
