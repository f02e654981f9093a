"""A list whose lead-in says its items are text typed in ("Example search entries:"): in notes about an editor or a
multiplexer its short items are inputs, not keys pressed (rules._inputs_listed, knowledge.INPUT_NOUNS_EN; x-f30en1)."""

from __future__ import annotations

import pytest

from conftest import facts

from quizzer.extract.knowledge import INPUT_NOUNS_EN


def _kinds(text: str) -> list[tuple[str, str | None, str]]:
    return [(kind, command, front) for _line, kind, command, front, _back in facts(text)]


@pytest.mark.parametrize("noun", sorted(INPUT_NOUNS_EN))
def test_items_under_a_lead_in_naming_inputs_are_no_keys(noun: str) -> None:
    text = f"# tmux-fuzzback\n\n## Search\n\nSample search {noun}:\n\n- `qrs` - finds the text qrs\n- `xyz` - finds the text xyz\n"
    assert _kinds(text) == [("concept", None, "qrs"), ("concept", None, "xyz")]


def test_items_under_a_lead_in_naming_keys_are_keys() -> None:
    text = "# tmux-fuzzback\n\n## Search\n\nThe bindings:\n\n- `qrs` - finds the text qrs\n- `xyz` - finds the text xyz\n"
    assert _kinds(text) == [("command", "tmux-fuzzback", "qrs"), ("command", "tmux-fuzzback", "xyz")]
