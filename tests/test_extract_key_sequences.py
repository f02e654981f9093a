"""Emacs-style key sequences: a chord, then keys typed after it (``C-x 4 b``), in a bare fence of key and gloss
columns, and after a gloss-first sentence (``To type é, you'd do: `C-x 8 ' e```); and Magit's keys under its heading."""

from __future__ import annotations

import pytest

from conftest import facts
from quizzer.extract.knowledge import is_key_sequence


@pytest.mark.parametrize("keys", ["C-x 4 b", "C-x 8 ' e", "C-u C-x =", "C-x 8 C-h", "C-c C-c"])
def test_a_chord_then_keys_is_a_sequence(keys: str) -> None:
    assert is_key_sequence(keys)


@pytest.mark.parametrize("text", ["C-x", "git commit -m", "C-x foo bar", "make all", "Ctrl+b a b c d e"])
def test_other_words_are_none(text: str) -> None:
    assert not is_key_sequence(text)


def test_a_fence_of_key_sequences_and_their_glosses() -> None:
    text = "## Emacs notes\n\n### Panes\n\n```\nC-x 4 f   Find a file in the other pane\nC-x 0     Close this pane\n```\n"
    assert facts(text) == [
        (6, "command", "emacs", "C-x 4 f", "Find a file in the other pane"),
        (7, "command", "emacs", "C-x 0", "Close this pane"),
    ]


def test_a_purpose_then_the_keys_that_do_it() -> None:
    text = "## Emacs notes\n\nTo insert a pound sign, you'd do: `C-x 8 L`\n\nTo start a macro: `C-x (`\n"
    assert facts(text) == [
        (3, "command", "emacs", "C-x 8 L", "To insert a pound sign"),
        (5, "command", "emacs", "C-x (", "To start a macro"),
    ]


def test_a_sentence_then_a_command_line_is_no_key() -> None:
    text = "## Emacs notes\n\nTo see the branches, you'd do: `git branch -a`\n"
    assert not [n for n in facts(text) if n[2] == "emacs"]


def test_keys_under_a_magit_heading_are_magit_s() -> None:
    text = "## Emacs notes\n\n### Magit\n\nGit inside the editor.\n\n- `C-x g`: open the status buffer\n"
    assert (7, "command", "magit", "C-x g", "open the status buffer") in facts(text)
