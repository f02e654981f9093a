"""``-x: meaning`` bullets after a code block (x-f6a): glosses of the line's own flags are flags of that
line; a list that also glosses flags the line does not use is the program's options."""

from __future__ import annotations

from conftest import facts


def test_bullets_glossing_flags_the_line_does_not_use_are_options_of_its_program() -> None:
    text = (
        "## Watch mode\n\n"
        "```sh\n$ bake --watch\n```\n\n"
        "- `--watch` - rebuilds whenever a source file changes.\n"
        "- `--watch-all` - also watches the files of the dependencies.\n"
    )
    assert [(line, kind, command, front, back) for line, kind, command, front, back in facts(text) if kind != "command"] == [
        (7, "option", "bake", "--watch", "rebuilds whenever a source file changes."),
        (8, "option", "bake", "--watch-all", "also watches the files of the dependencies."),
    ]


def test_bullets_glossing_only_the_lines_flags_stay_flags_of_that_line() -> None:
    text = (
        "## Quiet build\n\n"
        "```sh\n$ bake -q --jobs 4\n```\n\n"
        "- `-q` - prints only errors.\n"
        "- `--jobs` - how many tasks run at once.\n"
    )
    assert [(line, kind, front) for line, kind, _, front, _ in facts(text) if kind != "command"] == [
        (7, "flag", "-q"), (8, "flag", "--jobs")
    ]
