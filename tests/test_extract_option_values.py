"""The option itself with a value, nested under the option's item (option_values.py), in examples of our own."""

from __future__ import annotations

from conftest import facts as _facts


def test_the_option_with_a_value_nested_under_it_is_a_note_of_its_own() -> None:
    text = (
        "# git\n"
        "\n"
        "- `git log --format` 옵션\n"
        "    - `--color`: 색을 입힌다\n"          # 4
        "        - `--color=always`: 늘 색을 입힌다\n"   # 5
        "        - `--color=never`\n"
    )
    notes = _facts(text)
    colors = [n for n in notes if n[3].startswith("--color")]
    assert (4, "option", "git log", "--color", "색을 입힌다") in colors
    assert (5, "option", "git log", "--color=always", "늘 색을 입힌다") in colors
    assert len(colors) == 2
