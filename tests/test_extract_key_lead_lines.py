"""A plain line of a code block saying what the key on the next line is for (``Then to detach use`` / ``C-a d``),
in notes about a program with keys (issue 6, x-f35en2), examples of our own: the key's card says what the line
says, not the heading over a block of other steps."""

from __future__ import annotations

from conftest import draft as _draft, facts as _facts

_NOTES = "# screen\n\n## Leave a session running\n\n```\nStart the long job first.\nWait for it to print.\n\n{lead}\n{key}\n```\n"


def test_the_line_above_the_key_says_what_it_is_for() -> None:
    text = _NOTES.format(lead="Then to detach use", key="Ctrl + a d")
    assert _facts(text) == [(9, "command", "screen", "Ctrl + a d", "detach")]
    assert _draft(text).notes[0].reason == "line above a key in a code block saying what it is for ('to X use')"


def test_to_with_a_comma_and_press() -> None:
    text = _NOTES.format(lead="To scroll back, press", key="Ctrl + a [")
    assert _facts(text) == [(9, "command", "screen", "Ctrl + a [", "scroll back")]


def test_a_line_that_is_not_a_lead_in_gives_the_key_no_meaning_from_it() -> None:
    # a step that ends in "use" without saying what for: nothing of it is the key's meaning
    text = _NOTES.format(lead="Remember which keys you use", key="Ctrl + a d")
    assert all(note.back != "which keys you" for note in _draft(text).notes)
    assert all(note.front != "Ctrl + a d" or note.back != "Remember which keys you use" for note in _draft(text).notes)


def test_a_blank_line_between_breaks_the_lead_in() -> None:
    text = "# screen\n\n## Detach\n\n```\nThen to detach use\n\nCtrl + a d\n```\n"
    assert all(note.back != "detach" for note in _draft(text).notes)


def test_a_word_that_is_no_key_after_the_lead_in_is_not_read() -> None:
    # "htop" is a program, not a key: the lead-in gives no key card
    text = "# screen\n\n## Watch\n\n```\nThen to watch load use\nhtop\n```\n"
    assert all(note.back != "watch load" for note in _draft(text).notes)
