"""An option's "+" form in a table of options (issue 6, x-en4).  Examples are our own."""

from __future__ import annotations

from conftest import facts

_TABLE = """# convert

| Option | Description |
| --- | --- |
| `-flip` | Mirror the image upside down. |
| `+profile` | Remove the named profile. |
"""


def test_a_plus_option_in_an_options_table_is_an_option_of_the_command() -> None:
    assert facts(_TABLE) == [
        (5, "option", "convert", "-flip", "Mirror the image upside down."),
        (6, "option", "convert", "+profile", "Remove the named profile."),
    ]


def test_a_plus_word_outside_an_options_table_is_no_option() -> None:
    text = "# calc\n\n| Key | Does |\n| --- | --- |\n| `+total` | adds the column |\n"
    assert not [n for n in facts(text) if n[1] == "option"]
