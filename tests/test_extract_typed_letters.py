"""A table of options whose cells are single letters, in notes about an editor ("| y | 바꾸고 다음으로 |" under
"바꿀 때 묻는 옵션"): letters typed inside the editor, answers to one of its questions, never values of a
command-line option of the editor: a warning, no card (x-f22ko), in examples of our own."""

from __future__ import annotations

from conftest import draft

_TABLE = "# vim 메모\n\n**{caption}**\n\n| 옵션 | 의미 |\n|---|---|\n| {first} | 바꾸고 다음으로 넘어감 |\n| {second} | 그만두고 돌아감 |\n"


def test_single_letters_in_an_options_table_of_an_editor_are_warned() -> None:
    made = draft(_TABLE.format(caption="바꿀 때 묻는 옵션", first="y", second="q"))
    assert list(made.notes) == []
    assert [warning.line for warning in made.warnings] == [7, 8]


def test_words_in_an_options_table_of_an_editor_stay_option_values() -> None:
    made = draft(_TABLE.format(caption="설정 값", first="always", second="never"))
    assert [(note.kind.value, note.front) for note in made.notes] == [("option", "always"), ("option", "never")]
