"""A label before a command line, ``Useful way: `cmd```, says nothing the line does (issue 6, x-f29en2).

A ``description: command`` line whose left side is only a label ("Useful examples", "Useful way", "Example")
makes no card (a back that is a bare label teaches nothing) and is warned about with its line.  Examples of
our own.
"""

from __future__ import annotations

import pytest

from conftest import draft as _draft, facts as _facts


@pytest.mark.parametrize("label", ["Useful way", "Useful Way", "Useful examples", "Handy tricks"])
def test_a_label_over_a_command_line_makes_no_card(label: str) -> None:
    text = f"> {label}:  `printf 'a' | od -c`\n> \n"
    assert _facts(text) == []
    assert [w.line for w in _draft(text).warnings] == [1]


def test_words_saying_what_the_line_does_still_make_a_card() -> None:
    text = "> Show each byte:  `printf 'a' | od -c`\n> \n"
    assert [f[4] for f in _facts(text)] == ["Show each byte"]
