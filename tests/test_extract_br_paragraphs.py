"""A paragraph of lines broken by ``<br>`` or soft breaks: a term, lines about it and a command line (x-f6a)."""

from __future__ import annotations

from conftest import facts, warned


def test_a_term_its_lines_and_a_command_line_in_one_paragraph_are_warned() -> None:
    text = (
        "## words\n\n"
        "`warmup` the cache of a new node<br>\n"
        "needed before the node takes traffic.<br>\n"
        "`edgectl warmup NODE-ID`\n"
    )
    assert facts(text) == []
    assert 3 in warned(text)


def test_a_term_and_its_description_over_two_lines_without_a_command_line_is_still_read() -> None:
    text = "## words\n\n`drain`: stop sending new requests to a node<br>\nand wait for the open ones to finish\n"
    assert [(line, front) for line, _, _, front, _ in facts(text)] == [(3, "drain")]
