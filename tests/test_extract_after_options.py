"""An item after a block naming an option of the block's line (quizzer/extract/after_options.py), in examples
of our own."""

from __future__ import annotations

from conftest import facts, warned

_NOTES = """# apt

Look for packages by their words:
```
apt search [--names-only] <words>
```
- _Lists the packages whose name or summary holds every word._
- _`--names-only` option - looks at the names alone, never at the summaries._
"""


def test_an_item_naming_an_option_of_the_line_says_what_it_does() -> None:
    assert facts(_NOTES) == [
        (5, "command", "apt search", "apt search", "Look for packages by their words"),
        (8, "option", "apt search", "--names-only", "looks at the names alone, never at the summaries."),
    ]
    # the remark stays a warning
    assert 7 in warned(_NOTES)


def test_an_option_the_line_does_not_have_is_no_option_of_it() -> None:
    notes = _NOTES.replace("[--names-only] ", "")
    assert [line for line, kind, *_ in facts(notes) if kind == "option"] == []
