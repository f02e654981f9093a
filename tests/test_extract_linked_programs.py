"""A program's name written as a link in a paragraph of notes that run it (linked_programs.py), in examples of our
own: read as the name in backticks would be."""

from __future__ import annotations

from conftest import facts

_NOTES = (
    "# Smaller JPEGs\n"
    "\n"
    "I had a folder of photos to put online.\n"
    "\n"
    "[jpegoptim](https://example.org/jpegoptim) can strip the metadata from a JPEG file.\n"   # 5
    "\n"
    "[guetzli](https://example.org/guetzli) is a perceptual JPEG encoder.\n"                   # 7
    "\n"
    "[Squoosh](https://example.org/squoosh) is a web app that does much the same.\n"           # 9
    "\n"
    "Then I ran this:\n"
    "\n"
    "    jpegoptim --strip-all *.jpg\n"
    "\n"
    "And this:\n"
    "\n"
    "    guetzli --quality 90 in.jpg out.jpg\n"
)


def test_a_linked_name_of_a_program_the_notes_run_says_what_it_does_or_is() -> None:
    notes = facts(_NOTES)
    assert any(n[0] == 5 and n[3] == "jpegoptim" and n[4].startswith("can strip the metadata") for n in notes)
    assert any(n[0] == 7 and n[3] == "guetzli" and n[4].startswith("a perceptual JPEG encoder") for n in notes)


def test_a_linked_name_the_notes_never_run_stays_words() -> None:
    assert not [n for n in facts(_NOTES) if n[0] == 9]


def test_without_the_command_lines_the_links_are_only_words() -> None:
    prose_only = _NOTES.split("Then I ran this:")[0]
    assert not [n for n in facts(prose_only) if n[0] in (5, 7)]
