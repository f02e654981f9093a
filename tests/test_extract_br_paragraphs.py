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


def test_a_term_alone_its_definition_and_a_lead_in_line() -> None:
    text = (
        "## words\n\n"
        "`region`:<br>\n"
        "A region is a group of data centres in one area<br>\n"
        "pick one close to your users:<br>\n"
    )
    assert facts(text) == [(3, "concept", None, "region", "A region is a group of data centres in one area")]
    assert 5 in warned(text)


def test_a_word_in_backticks_that_its_description_defines_is_a_term() -> None:
    assert facts("`bucket`: A bucket is a container for stored objects\n") == [
        (1, "concept", None, "bucket", "A bucket is a container for stored objects")
    ]
    # a program the notes know stays a command
    assert [kind for _, kind, _, _, _ in facts("`rsync`: rsync is a fast copying tool\n")] == ["command"]
