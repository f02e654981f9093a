"""Text under a code block that quotes a part of its lines says what the block does only when its lines run one
command; under lines of several (an ``if`` … ``alias`` … ``fi`` block, a line and a pipe into it) it says what
none does alone (quizzer/extract/code.py), in examples of our own (x-f26en)."""

from __future__ import annotations

from conftest import draft, facts

_SCRIPT = (
    "## Shortcuts\n"  # 1
    "\n"
    "```sh\n"
    "if [ -n \"$(command -v tidyx)\" ]; then\n"  # 4
    "  alias tx='tidyx --all'\n"  # 5
    "fi\n"  # 6
    "```\n"
    "\n"
    "When `tidyx` is missing, nothing is set.\n"  # 9
)


def test_text_under_lines_of_several_commands_makes_no_card() -> None:
    result = draft(_SCRIPT)
    assert result.notes == ()
    assert 9 in [warning.line for warning in result.warnings]


def test_text_under_a_line_of_one_command_still_says_what_it_does() -> None:
    text = "## Trim\n\n```sh\nsed -i 's/ *$//' notes.txt\n```\n\nStrips the trailing spaces of `notes.txt` in place.\n"
    assert [(line, front) for line, _, _, front, _ in facts(text)] == [(4, "sed -i 's/ *$//' notes.txt")]
