"""A paragraph right under a heading naming a command, right over a code block whose line names a value the
paragraph names too, says what that line does, not what the command is (quizzer/extract/rules.py,
_glosses_line_below), in examples of our own (x-f35en3)."""

from __future__ import annotations

from conftest import facts

_GLOSSES = (
    "# ping\n"  # 1
    "\n"
    "send three probes to 10.0.0.5\n"  # 3
    "\n"
    "    ping -c 3 10.0.0.5\n"  # 5
    "\n"
    "\n"
    "wait two seconds between probes to 10.0.0.5\n"  # 8
    "\n"
    "    ping -i 2 10.0.0.5\n"  # 10
)


def test_a_gloss_naming_a_value_of_the_line_below_is_that_lines() -> None:
    assert [(line, front, back) for line, _, _, front, back in facts(_GLOSSES)] == [
        (5, "ping -c 3 10.0.0.5", "send three probes to 10.0.0.5"),
        (10, "ping -i 2 10.0.0.5", "wait two seconds between probes to 10.0.0.5"),
    ]


def test_a_paragraph_naming_no_value_of_the_line_still_says_what_the_command_is() -> None:
    text = "# ping\n\nSends probes to a host and reports the replies.\n\n    ping -c 3 10.0.0.5\n"
    assert [(line, front, back) for line, _, _, front, back in facts(text)] == [
        (3, "ping", "Sends probes to a host and reports the replies."),
    ]


def test_a_value_named_over_a_line_of_another_program_is_not_taken() -> None:
    text = "# ping\n\nSends probes to 10.0.0.5 and reports the replies.\n\n```\ntraceroute 10.0.0.5\n```\n"
    assert [(line, front) for line, _, _, front, _ in facts(text)][:1] == [(3, "ping")]
