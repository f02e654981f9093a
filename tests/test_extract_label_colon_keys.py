"""``* label:   `<key>` gloss`` bullets of an editor plugin's README: the key is the subject, the label names the
action; a title that is the plugin's name ('# vim-easy-align') files its keys under the plugin (x-f23en), with
examples of our own."""

from __future__ import annotations

from tests.conftest import facts, warned


_KEYS = (
    "## Quick Start\n"
    "  * open:        `<C-o>` open the finder on the current folder\n"
    "    * down:      `<C-j>` move the selection down\n"
    "  * close all:   `<A-q>` close every finder window\n"
)


def test_label_colon_key_bullets_in_notes_about_vim_are_vims_keys() -> None:
    text = "# Vim finder tips\n\nThese keys work in vim with the finder loaded.\n\n" + _KEYS
    assert [(command, front, back) for _, _, command, front, back in facts(text)] == [
        ("vim", "<C-o>", "open the finder on the current folder"),
        ("vim", "<C-j>", "move the selection down"),
        ("vim", "<A-q>", "close every finder window"),
    ]


def test_a_title_naming_a_plugin_of_vim_files_the_keys_under_it() -> None:
    text = "# vim-finder\n\nA finder for vim.\n\n" + _KEYS
    assert {command for line, _, command, _, _ in facts(text) if line > 5} == {"vim-finder"}
    renamed = text.replace("# vim-finder", "# finder.vim")
    assert {command for line, _, command, _, _ in facts(renamed) if line > 5} == {"finder.vim"}


def test_a_title_that_is_a_dotfile_or_a_sentence_names_no_plugin() -> None:
    for title in ("# .vimrc", "# vim-cheatsheet", "# My vim setup"):
        text = f"{title}\n\nA finder for vim.\n\n" + _KEYS
        assert {command for line, _, command, _, _ in facts(text) if line > 5} <= {"vim"}
    assert {command for line, _, command, _, _ in facts("# My vim setup\n\nA finder.\n\n" + _KEYS) if line > 5} == {"vim"}


def test_without_a_program_whose_keys_they_are_the_lines_are_warned() -> None:
    text = "# finder\n\nA finder.\n\n" + _KEYS
    assert [line for line, *_ in facts(text) if line > 3] == []
    assert set(warned(text)) >= {6, 7, 8}


def test_a_label_over_words_in_backticks_that_are_no_key_stays_a_term() -> None:
    text = "# Vim finder tips\n\nThese keys work in vim.\n\n- config file:   `finder.toml` holds the settings\n"
    assert [front for _, _, _, front, _ in facts(text)] != ["finder.toml"]
