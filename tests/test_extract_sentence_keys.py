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


def test_a_key_in_quotes_that_will_do_something_is_a_key() -> None:
    body = "In the log view, hitting 'o' will open the commit in a browser.\n"
    assert _notes(body) == [(5, "helix", "o", "open the commit in a browser")]


def test_you_can_do_something_by_pressing_a_key_somewhere_keeps_where() -> None:
    body = "You can fold the section by pressing `za` in normal mode.\n"
    assert _notes(body) == [(5, "helix", "za", "fold the section in normal mode")]


def test_keys_joined_by_a_slash_in_the_last_clause_after_prose_each_get_the_purpose() -> None:
    body = "The list is not sorted, but matches are bold and you can move between matches with `j`/`k`.\n"
    assert _notes(body) == [(5, "helix", "j", "move between matches"), (5, "helix", "k", "move between matches")]
    # a clause holding a key that is none of the shapes still keeps the whole sentence from making cards
    assert _notes("The list is not sorted, but `j` moves down and you can quit with `q`.\n") == []
    # nor does a clause telling to press a key written bare: its purpose may be the next clause's too
    assert _notes("To list the buffers, at the prompt, press tab, or jump to one with `> buffer 2`.\n") == []


def test_what_not_to_do_a_story_or_a_lead_in_is_no_purpose_of_a_key() -> None:
    # rv20: each was carded, the key's back a negation, what happened to someone, or a lead-in
    body = (
        "Don't exit with `Ctrl-z`. Never kill a session with `Ctrl-d`. Avoid quitting with `:q!`.\n\n"
        "Yesterday I lost my work by pressing `Ctrl-w`.\n\n"
        "To be safe, press `Ctrl-s`. For Windows users, press `Ctrl-Shift-v`. For macOS, press `Cmd-v`.\n\n"
        "For more details, see `man vim`.\n"
    )
    assert _notes(body) == []
    # the shapes themselves still read
    assert _notes("To save, press `Ctrl-s`. Exit with `Ctrl-q`.\n") == [
        (5, "helix", "Ctrl-s", "To save"), (5, "helix", "Ctrl-q", "Exit"),
    ]
    # more on a topic it names is what the command shows
    assert _notes("For more information on themes, see `> help themes`.\n") == [
        (5, "helix", "> help themes", "For more information on themes"),
    ]


# x-f31en1: keys in <kbd> (or code spans) of their own, pressed together or in turn, after a colon ending what one can
# do, or after "press this sequence to …:"
def test_keys_in_turn_after_a_colon_ending_what_you_can_do() -> None:
    body = (
        "You can also split the pane side by side: <kbd>Ctrl</kbd>+<kbd>A</kbd> then <kbd>|</kbd>.\n\n"
        "Inside screen, you can rename the window: <kbd>Ctrl</kbd>+<kbd>A</kbd> and then <kbd>A</kbd>.\n\n"
        "Or press this sequence to lock the terminal: `Ctrl`+`A`, then `x`,\n"
    )
    assert _notes(body, "# screen\n\n## Windows") == [
        (5, "screen", "Ctrl+A |", "split the pane side by side"),
        (7, "screen", "Ctrl+A A", "rename the window"),
        (9, "screen", "Ctrl+A x", "lock the terminal"),
    ]


def test_a_chord_of_keys_in_spans_of_their_own_is_one_key() -> None:
    body = "Press <kbd>Ctrl</kbd>+<kbd>G</kbd> to cancel the prompt.\n"
    assert _notes(body, "# screen\n\n## Windows") == [(5, "screen", "Ctrl+G", "cancel the prompt")]


def test_a_colon_over_no_keys_or_without_saying_what_one_can_do_makes_no_key() -> None:
    assert _notes("You can also keep the settings in a file: `~/.screenrc`.\n", "# screen\n\n## Windows") == []
    assert _notes("We once lost a session this way: <kbd>Ctrl</kbd>+<kbd>A</kbd> then <kbd>k</kbd>.\n",
                  "# screen\n\n## Windows") == []
