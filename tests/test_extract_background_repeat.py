"""A line shown again in a later block, run in the background (``… &``): another fact, which a card's front (no
``&``) cannot tell apart from the first; a warning, never joined to the first line's card (quizzer.extract.walk), in
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


def test_the_backgrounded_line_is_warned_and_the_first_keeps_its_meaning() -> None:
    assert facts(TWICE) == [
        (6, "command", "python3", "python3 -m http.server 8000", "To serve the current folder on port 8000"),
    ]
    assert 12 in warned(TWICE)


def test_the_same_line_again_is_one_note_as_before() -> None:
    text = TWICE.replace("8000 &\n", "8000\n")
    notes = facts(text)
    assert len(notes) == 1
    assert notes[0][4].startswith("To serve the current folder on port 8000\n")
