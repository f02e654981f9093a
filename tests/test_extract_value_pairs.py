"""A label over a legend of marks (``flags: + = added , - = removed``) is one card per mark, the label as context;
a label over an option (``Worker count: "--jobs=N" for …``) is no term it defines (gate.py, x-doubt) (issue 6, x-f8). Examples are
our own."""

from __future__ import annotations

from conftest import draft, warned

_LEGEND = """# rsync

- itemize codes: f = file , d = directory , c = checksum differs , . = unchanged
- permission bits: read=4, write=2, execute=1
"""


def test_every_mark_of_a_legend_is_a_card_with_its_label_as_context() -> None:
    notes = [(n.line, n.kind.value, n.front, n.back, n.context) for n in draft(_LEGEND).notes if n.line == 3]
    assert notes == [
        (3, "concept", "f", "file", "itemize codes"),
        (3, "concept", "d", "directory", "itemize codes"),
        (3, "concept", "c", "checksum differs", "itemize codes"),
        (3, "concept", ".", "unchanged", "itemize codes"),
    ]


def test_names_set_to_numbers_are_values_not_a_legend() -> None:
    assert [n.front for n in draft(_LEGEND).notes if n.line == 4] in ([], ["permission bits"])


def test_a_legend_needs_every_part_to_be_a_pair() -> None:
    text = "# x\n\n- codes: a = all , and the rest as before\n"
    assert [n.front for n in draft(text).notes if n.front == "a"] == []


def test_a_label_over_an_option_defines_nothing() -> None:
    text = '# Build notes\n\n- Worker count: "--jobs=N" for the number of recipes run at once.\n'
    assert draft(text).notes == ()
    assert warned(text) == [3]
