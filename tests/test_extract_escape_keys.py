"""A pasted help list of a session's escape keys (``> ~?`` / ``Supported escape sequences:`` / `` ~.  - …``) under a
title naming them (quizzer.extract.key_lines, quizzer.extract.title_keys.session_keys), in examples of our own."""

from __future__ import annotations

import pytest

from quizzer.extract.knowledge import ESCAPE_KEY_WORDS, SESSION_KEY_PROGRAMS
from quizzer.extract.title_keys import session_keys
from tests.conftest import facts, warned

HELP_LIST = (
    "# Mosh escape keys\n"
    "\n"
    "Press the escape key and `?` to list them:\n"
    "\n"
    "```\n"
    "> ~?\n"
    "Known escapes:\n"
    " ~.   - close the session\n"
    " ~Z   - pause the client\n"
    " ~L   - redraw the screen (after garbage)\n"
    "(Escapes work only at the start of a line.)\n"
    "```\n"
)


def test_each_key_of_a_pasted_help_list_is_the_session_programs() -> None:
    assert facts(HELP_LIST) == [
        (8, "command", "mosh", "~.", "close the session"),
        (9, "command", "mosh", "~Z", "pause the client"),
        (10, "command", "mosh", "~L", "redraw the screen (after garbage)"),
    ]


def test_the_lists_head_is_no_key_and_its_closing_note_is_warned() -> None:
    assert warned(HELP_LIST) == [11]


def test_a_list_without_its_typed_line_or_heading_reads_the_same() -> None:
    text = HELP_LIST.replace("> ~?\n", "").replace("Known escapes:\n", "")
    assert [fact[3] for fact in facts(text)] == ["~.", "~Z", "~L"]


def test_a_heading_line_alone_opens_no_list_of_keys() -> None:
    text = "# ssh escape sequences\n\n```\nKnown escapes:\nnothing here\n```\n"
    assert facts(text) == []


@pytest.mark.parametrize(
    ("title", "program"),
    [
        ("SSH Escape Sequences", "ssh"),
        ("Using ssh escape keys", "ssh"),
        ("OpenSSH's escape sequences", "ssh"),
        ("telnet escapes", "telnet"),
    ],
)
def test_a_title_naming_a_sessions_escape_keys(title: str, program: str) -> None:
    assert session_keys(title) == program


@pytest.mark.parametrize(
    "title",
    ["SSH keys", "Killing a frozen SSH session", "Escape sequences in bash", "sshd escape sequences", None],
)
def test_a_title_that_names_no_sessions_escape_keys(title: str | None) -> None:
    assert session_keys(title) is None


@pytest.mark.parametrize("spelling", sorted(SESSION_KEY_PROGRAMS))
def test_every_session_program_is_read_with_every_word_for_its_escapes(spelling: str) -> None:
    for words in ESCAPE_KEY_WORDS:
        assert session_keys(f"{spelling} {words}") == SESSION_KEY_PROGRAMS[spelling]


def test_keys_under_a_title_naming_ssh_keys_are_no_ones() -> None:
    text = "# SSH keys\n\n```\n~. - close\n~B - send a break\n~R - ask for a rekey\n```\n"
    assert facts(text) == []


def test_a_key_not_opening_with_the_escape_is_not_the_session_programs() -> None:
    text = "# Mosh escape keys\n\n- `Ctrl-^ .`: quit the session\n\n## Shell\n\n- `Ctrl-L`: clear the screen\n"
    found = facts(text)
    assert (3, "command", "mosh", "Ctrl-^ .", "quit the session") in found
    assert (7, "command", None, "Ctrl-L", "clear the screen") in found
