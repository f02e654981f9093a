"""A program's help listing its sub-commands under ``… commands:`` labels (issue 6, x-f32en2), our own examples."""

from __future__ import annotations

from quizzer.extract import DeckDraft, extract
from quizzer.extract.command_listings import REASON


def _draft(text: str) -> DeckDraft:
    return extract(text, deck="t", source="t.md")


def _commands(text: str) -> list[tuple[int, str | None, str, str]]:
    return [(n.line, n.command, n.front, n.back) for n in _draft(text).notes if n.reason == REASON]


_HELP = (
    "Usage: brewer [-q] <command> [args]\n"
    "\n"
    "Brewer keeps your recipes. Read the manual before\n"
    "using the rarer commands.\n"
    "\n"
    "Main commands:\n"
    "    mash           Heats the grain in water\n"
    "    boil           Boils the wort with hops\n"
    "\n"
    "Other commands:\n"
    "    2.0migrate     Moves recipes written for version 1\n"
    "    dry-hop        Adds hops after the boil\n"
)


def test_each_row_under_a_commands_label_is_a_sub_command_of_the_usage_lines_program() -> None:
    text = "# Brewing\n\n```\n" + _HELP + "```\n"
    assert _commands(text) == [
        (10, "brewer mash", "brewer mash", "Heats the grain in water"),
        (11, "brewer boil", "brewer boil", "Boils the wort with hops"),
        (14, "brewer 2.0migrate", "brewer 2.0migrate", "Moves recipes written for version 1"),
        (15, "brewer dry-hop", "brewer dry-hop", "Adds hops after the boil"),
    ]
    syntax = [(n.line, n.front, n.back) for n in _draft(text).notes if n.kind.value == "syntax"]
    assert syntax == [(4, "brewer", "brewer [-q] <command> [args]")]


def test_a_help_in_an_html_pre_keeps_its_command_placeholder() -> None:
    text = "# Brewing\n\n<details>\n<summary>brewer</summary>\n\n<pre>\n" + _HELP + "</pre>\n\n</details>\n"
    assert [(front, back) for _, _, front, back in _commands(text)] == [
        ("brewer mash", "Heats the grain in water"),
        ("brewer boil", "Boils the wort with hops"),
        ("brewer 2.0migrate", "Moves recipes written for version 1"),
        ("brewer dry-hop", "Adds hops after the boil"),
    ]
    assert any(n.kind.value == "syntax" and n.back == "brewer [-q] <command> [args]" for n in _draft(text).notes)


def test_a_description_wrapped_to_its_column_goes_on_the_same_card() -> None:
    text = (
        "# Tool\n\n```\nUsage: kiln COMMAND [ARGS]\n\nCommands:\n"
        "  fire      Raises the kiln to the temperature of\n"
        "            the glaze\n"
        "  cool      Lets it cool slowly\n```\n"
    )
    assert _commands(text) == [
        (7, "kiln fire", "kiln fire", "Raises the kiln to the temperature of the glaze"),
        (9, "kiln cool", "kiln cool", "Lets it cool slowly"),
    ]


def test_a_row_of_another_shape_and_the_rows_of_other_groups_are_warned_not_read() -> None:
    text = (
        "# Tool\n\n```\nUsage: kiln [options] <command>\n\nCommands:\n"
        "  fire, f   Raises the kiln\n"
        "  cool      Lets it cool slowly\n\nOptions:\n"
        "  -v        Says more\n```\n"
    )
    draft = _draft(text)
    assert [(n.line, n.front) for n in draft.notes if n.reason == REASON] == [(8, "kiln cool")]
    warned = {w.line for w in draft.warnings}
    assert {7, 11} <= warned
    assert not any(n.line in (7, 11) for n in draft.notes)


def test_a_usage_line_with_no_place_for_a_sub_command_is_not_this_style() -> None:
    text = "# Tool\n\n```\nUsage: kiln [options] FILE\n\nCommands:\n  fire      Raises the kiln\n  cool      Lets it cool\n```\n"
    assert _commands(text) == []


def test_rows_under_no_commands_label_are_not_read() -> None:
    text = "# Tool\n\n```\nUsage: kiln <command>\n\nTopics:\n  fire      Raises the kiln\n  cool      Lets it cool\n```\n"
    assert _commands(text) == []
