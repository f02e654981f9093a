"""Items glossed after a dot leader in a block under a label naming a bracketed part of the usage line
(quizzer/extract/leader_items.py), in examples of our own (x-f26en)."""

from __future__ import annotations

import pytest
from conftest import draft, facts

from quizzer.extract.knowledge import PROSE_FENCE_INFOS

_NOTES = (
    "# pkq(1)\n"  # 1
    "\n"
    "```\n"
    "pkq [flags] [query]\n"  # 4
    "```\n"
    "\n"
    "```markdown\n"
    "[flags]\n"  # 8
    "  -r ...... Refresh the index first\n"  # 9
    "  -a/-A ... Show all versions\n"  # 10
    "```\n"
    "\n"
    "```markdown\n"
    "[query]\n"  # 14
    "  name/desc TEXT .... Match the name or description\n"  # 15
    "\n"
    "  not ............... Negate the next term\n"  # 17
    "```\n"
)


def test_flag_items_are_options_of_the_usage_lines_program() -> None:
    found = facts(_NOTES)
    assert (9, "option", "pkq", "-r", "Refresh the index first") in found
    assert (10, "option", "pkq", "-a, -A", "Show all versions") in found


def test_items_of_another_part_are_options_written_as_the_block_writes_them() -> None:
    found = facts(_NOTES)
    assert (15, "option", "pkq", "name/desc TEXT", "Match the name or description") in found
    assert (17, "option", "pkq", "not", "Negate the next term") in found
    notes = {note.line: note for note in draft(_NOTES).notes}
    assert {"name", "desc"} <= set(notes[15].answers)


def test_a_label_the_usage_line_does_not_have_is_not_this_style() -> None:
    other = _NOTES.replace("```markdown\n[query]\n", "```markdown\n[examples]\n")
    assert not [fact for fact in facts(other) if fact[0] in (15, 17)]


def test_a_line_without_a_leader_is_not_this_style() -> None:
    other = _NOTES.replace("  not ............... Negate the next term\n", "  see the manual\n")
    assert not [fact for fact in facts(other) if fact[0] in (15, 17)]


@pytest.mark.parametrize("info", sorted(PROSE_FENCE_INFOS))
def test_the_items_read_in_a_block_of_plain_or_markdown_text(info: str) -> None:
    text = _NOTES.replace("```markdown\n", f"```{info}\n")
    assert (9, "option", "pkq", "-r", "Refresh the index first") in facts(text)
    assert (9, "option", "pkq", "-r", "Refresh the index first") not in facts(_NOTES.replace("```markdown\n", "```json\n"))
