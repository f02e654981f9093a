"""The document's title over a block of different lines, and "Options of X" naming a program the notes
run (issue 6, x-en4).  Examples are our own."""

from __future__ import annotations

from conftest import draft, facts

_RUNS = "```\nmosquitto -v\nmosquitto -c /etc/m.conf\nmosquitto -d\nmosquitto -p 1884\n```\n"


def test_the_title_is_not_what_each_line_of_a_block_does() -> None:
    assert facts(f"# Message broker\n\n{_RUNS}") == []


def test_a_section_heading_still_describes_one_line_under_it() -> None:
    text = "# Message broker\n\n## Run in the background\n\n```\nmosquitto -d\n```\n\n" + _RUNS
    assert (6, "command", "mosquitto", "mosquitto -d", "Run in the background") in facts(text)


def test_options_of_a_program_the_notes_run_are_its_options() -> None:
    text = f"# Message broker\n\n{_RUNS}\n### Options of mosquitto\n\n- `-v`: log everything\n"
    assert facts(text) == [(12, "option", "mosquitto", "-v", "log everything")]


def test_a_task_heading_over_lines_of_different_programs_is_warned_per_line() -> None:
    text = "# Services\n\n## Retire the service\n\n```\nsc stop vault\nvaultctl unregister vault\n```\n"
    made = draft(text)
    assert not made.notes
    assert [w.line for w in made.warnings] == [6, 7]
    assert all("do together" in w.message for w in made.warnings)
