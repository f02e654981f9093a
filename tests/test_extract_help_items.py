"""A bare ``tool sub -h`` item under a heading of prose (x-f6a): the heading says what ``tool sub`` does;
``-h`` only asks for its help."""

from __future__ import annotations

from conftest import facts, warned


def test_a_help_item_under_a_task_heading_is_the_command_without_its_help_flag() -> None:
    text = "## Tasks\n\n### Publish a package\n\n- `npm publish --help`\n    ```\n    npm publish [<folder>]\n    ```\n"
    assert [(line, kind, front, back) for line, kind, _, front, back in facts(text)][:1] == [
        (5, "command", "npm publish", "Publish a package")
    ]


def test_a_heading_about_the_help_keeps_the_flag() -> None:
    text = "## Tasks\n\n### Show the help of publish\n\n- `npm publish --help`\n"
    assert [(front, back) for _, _, _, front, back in facts(text)] == [("npm publish --help", "Show the help of publish")]


def test_the_first_sentence_of_a_help_pasted_under_its_item_is_what_the_command_does() -> None:
    text = (
        "## Tools\n\nSome words first.\n\n"
        "- `pnpm prune --help`\n"
        "    ```\n"
        "    pnpm-prune\n"
        "    Removes packages that are not listed in the manifest.\n"
        "    pnpm prune [--prod]\n"
        "    ```\n"
    )
    assert facts(text) == [(8, "command", "pnpm", "pnpm prune", "Removes packages that are not listed in the manifest")]
    assert 9 in warned(text)


def test_a_block_under_a_help_item_that_does_not_start_with_its_name_is_not_read_as_its_help() -> None:
    text = (
        "## Tools\n\nSome words first.\n\n"
        "- `pnpm prune --help`\n"
        "    ```\n"
        "    Usage: pnpm prune [--prod]\n"
        "    Removes packages that are not listed in the manifest.\n"
        "    ```\n"
    )
    assert not [f for f in facts(text) if f[4].startswith("Removes")]
