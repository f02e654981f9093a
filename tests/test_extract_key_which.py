"""A sentence in notes about keys that says a key is something, then what the key does in a "which" clause
(quizzer.extract.key_sentences.read_which): ``One I use a lot is `alt-b` which moves back a word.``  Examples are
our own."""

from __future__ import annotations

from conftest import facts

_KEYS = "# Terminal keyboard shortcuts\n\nSome keys I keep using.\n\n"


def test_a_key_named_by_is_then_which_is_a_card_of_what_it_does() -> None:
    body = ("The one I reach for most is `alt-b` which moves the cursor back\none word.\n\n"
            "Another is `ctrl-w`, which will delete the word before the cursor. It saves a lot of typing, e.g. `foo`.\n")
    assert facts(_KEYS + body) == [
        (5, "command", None, "alt-b", "moves the cursor back one word"),
        (8, "command", None, "ctrl-w", "delete the word before the cursor"),
    ]


def test_the_card_is_at_the_line_of_the_key() -> None:
    body = "I tried many of them over the years.\nA favourite is `ctrl-u` which clears the line.\n"
    assert facts(_KEYS + body) == [(6, "command", None, "ctrl-u", "clears the line")]


def test_which_clauses_that_do_not_say_what_the_key_does_make_no_card() -> None:
    for body in (
        "The prefix is `ctrl-b` which means every binding starts with it.\n",
        "The prefix is `ctrl-b` which you can change in the config.\n",
        "The prefix is `ctrl-b` which is hard to reach.\n",
    ):
        assert facts(_KEYS + body) == [], body


def test_not_read_outside_notes_about_keys() -> None:
    body = "A handy one is `ctrl-l` which clears the screen.\n"
    assert facts("# Daily notes\n\nSome things.\n\n" + body) == []


def test_a_code_span_that_is_no_key_makes_no_card() -> None:
    body = "The file I edit most is `~/.inputrc` which holds the bindings.\n"
    assert facts(_KEYS + body) == []
