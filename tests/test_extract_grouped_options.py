"""A code block of commands flush left, each with its options indented under it (dot leaders or spaces),
a code span alone as a bullet, and a sentence about "the following lines" (issue 6, x-en4).  Examples
are our own."""

from __future__ import annotations

from conftest import draft, facts

_PKG = """# pkgtool

```
pkgtool search     find packages by name
  -q ......... print names only
  --json ..... print the results as JSON
               (one object a line)

pkgtool install
  -y <n> ..... answer yes n times
  --format <f> . how to report what was done
                 plain : one line a package
                 tree  : the packages and what
                         pulled them in
  -q ......... print nothing
```
"""


def test_each_option_belongs_to_the_command_above_it() -> None:
    assert facts(_PKG) == [
        (4, "command", "pkgtool search", "pkgtool search", "find packages by name"),
        (5, "option", "pkgtool search", "-q", "print names only"),
        (6, "option", "pkgtool search", "--json", "print the results as JSON (one object a line)"),
        (10, "option", "pkgtool install", "-y", "answer yes n times"),
        (11, "option", "pkgtool install", "--format", "how to report what was done"),
        (12, "option", "pkgtool install", "--format plain", "one line a package"),
        (13, "option", "pkgtool install", "--format tree", "the packages and what pulled them in"),
        (15, "option", "pkgtool install", "-q", "print nothing"),
    ]


def test_the_option_with_its_value_is_a_typed_answer() -> None:
    notes = {(n.command, n.front): n for n in draft(_PKG).notes}
    assert "-y <n>" in notes[("pkgtool install", "-y")].answers


def test_options_padded_with_spaces_under_two_commands_are_read_too() -> None:
    text = "# netx\n\n```\nnetx scan\n  -p PORTS    ports to try\n  -t          use TCP only\nnetx trace\n  -n          print numbers, not names\n```\n"
    assert facts(text) == [
        (5, "option", "netx scan", "-p", "ports to try"),
        (6, "option", "netx scan", "-t", "use TCP only"),
        (8, "option", "netx trace", "-n", "print numbers, not names"),
    ]


def test_commands_of_different_programs_are_not_this_style() -> None:
    text = "# x\n\n```\nmake build\n  -j 4      run four jobs\ncargo build\n  -r        build for release\n```\n"
    assert not [n for n in draft(text).notes if n.reason.endswith("commands and their options")]


def test_a_line_of_anything_else_makes_it_not_this_style() -> None:
    text = "# x\n\n```\npkgtool search\n  -q ...... print names only\nsee the manual for more\n```\n"
    assert not [n for n in draft(text).notes if n.reason.endswith("commands and their options")]


def test_a_code_span_alone_in_a_bullet_is_not_what_the_block_below_does() -> None:
    text = (
        "# Profiles\n\n## Call chains\n\nTwo paths lead to the hot function:\n\n- `main -> parse() -> lex()`\n\n"
        "```sh\nprof report --tree\n```\n"
    )
    assert not [n for n in draft(text).notes if n.back.startswith("main ->")]


def test_a_sentence_about_the_following_lines_is_not_what_one_of_them_does() -> None:
    text = (
        "# Archives\n\nThe `-z` flag filters through gzip. So the following two commands are the same.\n\n"
        "```sh\n# a)\ntar -czf out.tgz dir\n# b)\ntar -cf - dir | gzip > out.tgz\n```\n"
    )
    made = draft(text)
    assert not [n for n in made.notes if "following two commands" in n.back]
    assert {7, 9} <= {w.line for w in made.warnings}
