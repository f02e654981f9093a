"""A bare ``tool sub -h`` item under a heading of prose (x-f6a): the heading says what ``tool sub`` does;
``-h`` only asks for its help."""

from __future__ import annotations

from conftest import facts


def test_a_help_item_under_a_task_heading_is_the_command_without_its_help_flag() -> None:
    text = "## Tasks\n\n### Publish a package\n\n- `npm publish --help`\n    ```\n    npm publish [<folder>]\n    ```\n"
    assert [(line, kind, front, back) for line, kind, _, front, back in facts(text)][:1] == [
        (5, "command", "npm publish", "Publish a package")
    ]


def test_a_heading_about_the_help_keeps_the_flag() -> None:
    text = "## Tasks\n\n### Show the help of publish\n\n- `npm publish --help`\n"
    assert [(front, back) for _, _, _, front, back in facts(text)] == [("npm publish --help", "Show the help of publish")]
