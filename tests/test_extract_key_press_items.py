"""A bullet saying which chord to press and what it does (``- use `ctrl + F2` to reach the menu bar``), read as the
sentence "Press `Ctrl+Tab` to …" is, wherever it stands (quizzer.extract.key_sentences.read_item).  Examples are our
own."""

from __future__ import annotations

from conftest import facts


def test_a_press_item_nested_under_a_label_is_the_chords_card() -> None:
    text = "# Window manager\n\n- Hint:\n    - press `alt + Tab` to cycle through the open windows\n"
    assert facts(text) == [(4, "command", None, "alt + Tab", "cycle through the open windows")]


def test_a_press_item_under_a_heading_is_no_definition_of_the_heading() -> None:
    text = "# Window manager\n\n- use `cmd + shift + 4` to capture a part of the screen\n- `cmd + q` to quit\n"
    assert facts(text) == [
        (3, "command", None, "cmd + shift + 4", "capture a part of the screen"),
        (4, "command", None, "cmd + q", "to quit"),
    ]


def test_a_numbered_step_or_a_plain_word_is_not_read_so() -> None:
    # a step of a procedure; a word typed, not a chord
    assert [n[1] for n in facts("# Setup\n\n1. press `ctrl + c` to stop the installer\n")] == ["step"]
    assert [n for n in facts("# Setup\n\n- use `make` to build the site\n") if n[3] == "make" and n[2] is None] == []


def test_if_you_press_a_chord_then_what_it_does_is_its_card_in_any_notes() -> None:
    # a sentence of prose in notes about a server, the chord written in <kbd>s
    text = (
        "# Dev server\n\nStart it in the foreground.\n\n"
        "When you press <kbd>Ctrl</kbd>+<kbd>Z</kbd> then you'll suspend it.\n\n"
        "If you press <kbd>Enter</kbd> then the prompt comes back.\n"
    )
    assert [fact for fact in facts(text) if fact[1] == "command"] == [(5, "command", None, "Ctrl+Z", "suspend it")]


def test_if_you_press_a_chord_then_advice_is_no_card_of_it() -> None:
    # after the comma, the reader is told what to do ("make sure …", "be careful: …", "don't …"), not what the chord
    # does (the cards 'Ctrl+C → make sure the log is saved first', 'Ctrl+D → be careful: the shell exits')
    text = (
        "# Dev server\n\nStart it in the foreground.\n\n"
        "If you press <kbd>Ctrl</kbd>+<kbd>C</kbd>, make sure the log is saved first.\n\n"
        "When you hit `Ctrl+D`, be careful: the shell exits.\n\n"
        "If you press `Ctrl+S`, don't panic, the terminal only froze.\n\n"
        "If you press `Ctrl+Z`, the job is suspended.\n\n"
        "If you press `Ctrl+L` then you'll clear the screen.\n"
    )
    assert [(front, back) for _, kind, _, front, back in facts(text) if kind == "command"] == [
        ("Ctrl+Z", "the job is suspended"), ("Ctrl+L", "clear the screen"),
    ]
