"""A table of programs and what replaces each (quizzer.extract.replacement_tables), in examples of our own."""

from __future__ import annotations

import pytest

from conftest import facts, warned
from quizzer.extract.knowledge import REPLACEMENT_HEADER_WORDS

_TABLE = (
    "# old tools\n\n"
    "| old tools | {header} | 예 |\n"
    "|---|---|---|\n"
    "| [nslookup](https://example.org/nslookup) | dig | dig +short a.com |\n"
    "| rcp | scp | - |\n"
)


def test_each_row_is_the_old_program_and_what_replaces_it() -> None:
    assert facts(_TABLE.format(header="대체 명령어")) == [
        (5, "command", "nslookup", "nslookup", "dig (대체 명령어)"),
        (6, "command", "rcp", "rcp", "scp (대체 명령어)"),
    ]


@pytest.mark.parametrize("word", sorted(REPLACEMENT_HEADER_WORDS))
def test_a_replacement_header_word(word: str) -> None:
    assert [(front, back.split(" (")[0]) for *_, front, back in facts(_TABLE.format(header=word.title()))] == [
        ("nslookup", "dig"), ("rcp", "scp")]


def test_a_row_replaced_by_nothing_or_by_itself_is_warned_not_carded() -> None:
    text = _TABLE.format(header="Replacement") + "| ftp | - | - |\n| hostname | hostname | hostnamectl |\n"
    assert [front for *_, front, _ in facts(text)] == ["nslookup", "rcp"]
    assert warned(text) == [7, 8]


def test_a_column_that_does_not_say_it_replaces_is_read_otherwise() -> None:
    assert all("(" not in back for *_, back in facts(_TABLE.format(header="Similar")))
