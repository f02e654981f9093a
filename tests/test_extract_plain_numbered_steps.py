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


def test_a_label_heading_inside_a_numbered_list_keeps_the_procedure_going() -> None:
    # x-f30en1: "#### Example" and its block set inside the list; "3." goes on with the list under its name
    text = (
        "# Backups\n\n## Nightly backup\n\n1. Mount the backup disk\n2. Write the exclude list\n\n#### Example\n\n"
        "```text\n/proc\n/sys\n```\n\n3. Start the copy\n"
    )
    steps = [(front, position) for front, position in _steps(text)]
    assert steps == [("Nightly backup — step 1", 1), ("Nightly backup — step 2", 2), ("Nightly backup — step 3", 3)]


def test_a_heading_of_its_own_after_a_numbered_list_starts_another_section() -> None:
    text = "# Backups\n\n## Nightly backup\n\n1. Mount the backup disk\n2. Write the exclude list\n\n## Restore\n\n1. Mount it\n"
    assert [front for front, _position in _steps(text)][-1] == "Restore — step 1"


def _steps(text: str) -> list[tuple[str, int | None]]:
    return [(note.front, note.position) for note in draft(text).notes if note.kind.value == "step"]
