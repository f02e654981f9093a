"""A fence of 'Usage: tool -x (gloss)' lines, one option a line glossed in brackets (quizzer.extract.usage_glosses,
x-f23en), with examples of our own."""

from __future__ import annotations

from tests.conftest import draft, facts

BLOCK = (
    "# frob\n\n"
    "## Usage\n\n"
    "```\n"
    "Usage: frob\n"                                                          # 6
    "Usage: frob <dir>\n"
    "Usage: frob -a (all-files - List hidden files too)\n"                  # 8
    "Usage: frob -w 40  (Wrap at 40 columns [default is 80])\n"            # 9
    "Usage: frob -m glob (Only list names matching this glob (eg frob -m '*.md' lists notes))\n"  # 10
    "```\n"
)


def test_each_glossed_usage_line_is_an_option_of_the_program() -> None:
    assert [(line, kind, command, front, back) for line, kind, command, front, back in facts(BLOCK)] == [
        (8, "option", "frob", "-a, --all-files", "List hidden files too"),
        (9, "option", "frob", "-w", "Wrap at 40 columns [default is 80]"),
        (10, "option", "frob", "-m", "Only list names matching this glob"),
    ]
    answers = {n.line: n.answers for n in draft(BLOCK).notes}
    assert "-a" in answers[8] and "-w 40" in answers[9]


def test_usage_lines_of_two_programs_or_without_glosses_are_left_alone() -> None:
    mixed = BLOCK.replace("Usage: frob -w", "Usage: grob -w")
    assert [line for line, kind, *_ in facts(mixed) if kind == "option"] == []
    bare = "# frob\n\n```\nUsage: frob <dir>\nUsage: frob -a <dir>\nUsage: frob -w 40 <dir>\n```\n"
    assert [kind for _, kind, *_ in facts(bare) if kind == "option"] == []
