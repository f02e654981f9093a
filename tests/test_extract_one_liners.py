"""One-line scripts under a task heading are ways to do the task, not steps done in turn (decide._not_steps)."""

from __future__ import annotations

from tests.conftest import facts, warned


def test_two_loops_under_a_task_heading_are_no_procedure() -> None:
    text = (
        "# Make the file names lowercase\n"
        "```shell\n"
        "$ for f in *; do mv \"$f\" \"$(echo $f | tr A-Z a-z)\"; done\n"
        "$ find . -type f -exec rename \"y/A-Z/a-z/\" {} \\;\n"
        "$ rename \"y/A-Z/a-z/\" *\n"
        "```\n"
    )
    assert [f for f in facts(text) if f[1] == "step"] == []
    assert {3, 4, 5} <= set(warned(text))


def test_a_procedure_with_one_loop_among_its_steps_is_still_one() -> None:
    text = (
        "# Create a backup of the logs\n"
        "```shell\n"
        "$ mkdir backup\n"
        "$ for f in *.log; do gzip -c \"$f\" > backup/\"$f\".gz; done\n"
        "$ tar cf backup.tar backup\n"
        "```\n"
    )
    assert [(line, kind, position) for line, kind, _c, front, _b in facts(text)
            for position in [int(front.rsplit(" ", 1)[1])]] == [(3, "step", 1), (4, "step", 2), (5, "step", 3)]
