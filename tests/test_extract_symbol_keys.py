"""A table of things to type and the keys that type them, a column per keyboard (quizzer/extract/symbol_keys.py),
in examples of our own (x-f5c)."""

from __future__ import annotations

from conftest import draft, facts

_LAYOUTS = (
    "## Typing signs\n"  # 1
    "\n"
    "| Sign | US keys | DE Shortcut |\n"  # 3
    "|---|---|---|\n"
    "| @ | Shift + 2 | AltGr + Q |\n"  # 5
    "| ~ | Shift + ` | - |\n"  # 6
    "| € | | AltGr + E |\n"  # 7
    "| ä | type it twice | Maj + A |\n"  # 8: a cell that is no key
)


def test_each_row_is_the_thing_and_the_keys_of_every_column_named_by_it() -> None:
    assert facts(_LAYOUTS) == [
        (5, "concept", None, "@", "Shift + 2 (US keys); AltGr + Q (DE Shortcut)"),
        (6, "concept", None, "~", "Shift + ` (US keys)"),
        (7, "concept", None, "€", "AltGr + E (DE Shortcut)"),
    ]
    assert [w.line for w in draft(_LAYOUTS).warnings] == [8]
    assert draft(_LAYOUTS).notes[0].reason == "table of things and the keys that type them"


def test_one_column_of_keys_is_not_named_on_the_card() -> None:
    text = "| Character | Shortcut |\n|---|---|\n| ß | AltGr + S |\n| ü | Maj + U |\n"
    assert facts(text) == [(3, "concept", None, "ß", "AltGr + S"), (4, "concept", None, "ü", "Maj + U")]


def test_a_table_with_another_column_is_not_this_one() -> None:
    text = "| Sign | Keys | Notes |\n|---|---|---|\n| @ | Shift + 2 | at sign |\n"
    assert not [n for n in draft(text).notes if n.reason == "table of things and the keys that type them"]
