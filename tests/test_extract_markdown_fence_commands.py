"""A fence marked markdown whose every line runs the notes' program holds command lines
(quizzer/extract/root_fences.runs_program), in examples of our own (x-f26en)."""

from __future__ import annotations

from conftest import facts

_NOTES = (
    "# tar(1)\n"  # 1
    "\n"
    "List what an archive holds:\n"  # 3
    "```markdown\n"
    "tar -tf backup.tar\n"  # 5
    "```\n"
)


def test_a_markdown_fence_of_the_notes_program_is_a_command_line() -> None:
    assert facts(_NOTES) == [(5, "command", "tar", "tar -tf backup.tar", "List what an archive holds")]


def test_a_markdown_fence_of_anything_else_stays_markdown() -> None:
    other = _NOTES.replace("tar -tf backup.tar\n", "tar -tf backup.tar\n- a list item\n")
    assert facts(other) == []
    another = _NOTES.replace("tar -tf backup.tar\n", "gzip -d backup.tar.gz\n")
    assert facts(another) == []
