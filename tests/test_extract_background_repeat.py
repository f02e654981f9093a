"""A line shown again in a later block, run in the background (``… &``): another fact, its own card whose front
keeps the ``&`` (the first line's front has none), never joined to the first line's card (quizzer.extract.walk), in
examples of our own."""

from __future__ import annotations

from tests.conftest import facts, warned

TWICE = (
    "# Serve a folder\n"
    "\n"
    "To serve the current folder on port 8000:\n"
    "\n"
    "```bash\n"
    "python3 -m http.server 8000\n"
    "```\n"
    "\n"
    "It keeps the terminal busy; to keep working in it, run it in the background:\n"
    "\n"
    "```bash\n"
    "python3 -m http.server 8000 &\n"
    "```\n"
)


def test_the_backgrounded_line_is_its_own_card_and_the_first_keeps_its_meaning() -> None:
    assert facts(TWICE) == [
        (6, "command", "python3", "python3 -m http.server 8000", "To serve the current folder on port 8000"),
        (12, "command", "python3", "python3 -m http.server 8000 &",
         "It keeps the terminal busy; to keep working in it, run it in the background"),
    ]


def test_the_backgrounded_line_first_then_the_plain_one_is_warned() -> None:
    # the first card's front has no "&" though its line had one: the plain line is not told apart from it
    first, second = TWICE.split("It keeps")
    text = first.replace("8000\n", "8000 &\n") + "It keeps" + second.replace("8000 &\n", "8000\n")
    assert [n[0] for n in facts(text)] == [6]
    assert 12 in warned(text)


def test_the_same_line_again_is_one_note_as_before() -> None:
    text = TWICE.replace("8000 &\n", "8000\n")
    notes = facts(text)
    assert len(notes) == 1
    assert notes[0][4].startswith("To serve the current folder on port 8000\n")
