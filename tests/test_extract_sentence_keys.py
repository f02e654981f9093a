"""Sentences of an editor's help in running prose, each saying what a key or a prompt command is for
(quizzer.extract.sentence_keys, x-f30en1)."""

from __future__ import annotations

from conftest import facts


def _notes(body: str, title: str = "# helix help\n\n## Basics") -> list[tuple[int, str | None, str, str]]:
    return [(line, command, front, back) for line, kind, command, front, back in facts(f"{title}\n\n{body}") if kind == "command"]


def test_each_sentence_of_a_paragraph_gives_its_key() -> None:
    body = "To close the buffer, press `Ctrl-x`. Jump to a line by pressing\n`Ctrl-g`. Scroll with the mouse wheel.\n"
    assert _notes(body) == [(5, "helix", "Ctrl-x", "To close the buffer"), (5, "helix", "Ctrl-g", "Jump to a line")]


def test_a_command_typed_at_the_prompt_is_the_editors_command() -> None:
    body = "For the list of themes, run `> theme list`.\nFor example, to reload the file you would run `> reload`.\n"
    assert _notes(body) == [
        (5, "helix", "> theme list", "For the list of themes"),
        (6, "helix", "> reload", "to reload the file"),
    ]


def test_clauses_joined_by_and_are_read_each_and_alternatives_each_get_the_purpose() -> None:
    body = "Press `Ctrl-t` to open a tab, and type `> tabmove 2` or `> tabmove 0` to reorder the tabs.\n"
    assert _notes(body) == [
        (5, "helix", "Ctrl-t", "open a tab"),
        (5, "helix", "> tabmove 2", "reorder the tabs"),
        (5, "helix", "> tabmove 0", "reorder the tabs"),
    ]


def test_a_bare_chord_or_named_key_after_press_is_a_key() -> None:
    body = "To hide the status line, press Alt-s. You can press enter to accept the completion.\n"
    assert _notes(body) == [(5, "helix", "Alt-s", "To hide the status line"), (5, "helix", "enter", "accept the completion")]


def test_a_remark_after_the_key_is_left_off() -> None:
    assert _notes("Yank the line. Paste with `Ctrl-v` (the usual paste).\n") == [(5, "helix", "Ctrl-v", "Paste")]


def test_a_purpose_pointing_with_a_pronoun_or_behind_a_condition_makes_no_card() -> None:
    body = "If the theme looks dull, you can change it with `> set theme ...`.\n"
    assert _notes(body) == []


def test_a_clause_that_does_not_end_with_its_key_makes_no_card_of_the_sentence() -> None:
    body = "To pick words, press `Ctrl-a` and drag, or press `Ctrl-d` to add the next match.\n"
    assert _notes(body) == []


def test_not_read_in_notes_about_no_editor() -> None:
    assert _notes("To quit, press `Ctrl-q`. Save by pressing `Ctrl-s`.\n", title="# Release checklist") == []


def test_a_paragraph_over_a_code_block_is_left_to_the_block() -> None:
    body = "To wrap the word, press `ysw`\n\n    (word)\n\nThen drop the text with `dst`.\n"
    assert _notes(body) == [(9, "helix", "dst", "drop the text")]
