"""Plain-text notes of numbered step titles, each over a bare command line or a sentence, the first step saying to
get something ("1. Get a free API key"): a procedure (quizzer/extract/rules.py _ACTION), in examples of our own
(x-f26en)."""

from __future__ import annotations

from conftest import draft

_NOTES = (
    "1. Get an API key\n"  # 1
    "\n"
    "Sign up on the site and copy the key.\n"  # 3
    "\n"
    "2. Install the client\n"  # 5
    "\n"
    "pip install weathercli\n"  # 7
    "\n"
    "3. Show the forecast\n"  # 9
    "\n"
    "weathercli today\n"  # 11
)


def test_each_numbered_title_is_a_step_in_its_place() -> None:
    steps = [(note.line, note.position, note.back) for note in draft(_NOTES).notes if note.kind.value == "step"]
    assert steps == [(1, 1, "Get an API key"), (5, 2, "Install the client"), (9, 3, "Show the forecast")]


def test_a_list_of_things_got_is_no_procedure() -> None:
    # "Getting" names a topic, not an action: the list is warned about, not made steps
    text = _NOTES.replace("1. Get an API key", "1. Getting an API key is free")
    assert not [note for note in draft(text).notes if note.kind.value == "step"]
