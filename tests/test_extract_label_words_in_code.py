"""A word that labels what follows ("Options", "Examples", "Note") written in backticks as an item's term is a name as
the notes write it (a help topic, a command), not a label (rules._term, decide's label doubt; x-f30en1)."""

from __future__ import annotations

from conftest import facts


def test_a_label_word_in_code_is_the_items_term() -> None:
    text = "# rover help\n\n## Topics\n\n* `options`: Lists every setting you can change\n* `examples`: Shows a worked session\n"
    assert [(front, back) for _line, _kind, _command, front, back in facts(text)] == [
        ("options", "Lists every setting you can change"),
        ("examples", "Shows a worked session"),
    ]


def test_a_label_word_written_plain_still_labels() -> None:
    assert facts("# rover help\n\n## Topics\n\n* Options: the settings listed below\n") == []
