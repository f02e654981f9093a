"""Shapes met in the English half of the nineteenth fresh set (x-f19en), each in examples of our own: a heading
over a database client's backslash command alone."""

from __future__ import annotations

from conftest import draft


def _notes(text: str) -> list[tuple[int, str, str | None, str, str]]:
    return [(n.line, n.kind.value, n.command, n.front, n.back) for n in draft(text).notes]


def test_a_heading_over_the_client_s_backslash_command_alone_says_what_it_does() -> None:
    text = (
        "# mysql notes\n"
        "## show the server's status\n"
        "`\\s`\n\n"
        "## to use another database\n"
        "`\\u shop`\n\n"
        "## warning list\n"
        "`\\W`\n\n"
        "## Gotcha\n"
        "`\\c`\n"
    )
    assert _notes(text) == [
        (2, "command", "mysql", "\\s", "show the server's status"),
        (5, "command", "mysql", "\\u shop", "to use another database"),
        (8, "command", "mysql", "\\W", "warning list"),
    ]


def test_a_backslash_under_a_heading_of_notes_about_no_client_is_not_its_command() -> None:
    text = "# C strings\n## new line\n`\\n`\n\n## tab\n`\\t`\n"
    assert not [n for n in draft(text).notes if n.command in ("psql", "mysql")]
    text = "# psql\n## Escapes in strings\n`\\n`\n"  # a letter psql has no command of, under a heading on strings
    assert not [n for n in draft(text).notes if n.front == "\\n"]


def test_a_wish_then_what_to_do_under_a_command_s_heading_is_no_meaning_of_it() -> None:
    text = (
        "## Shell notes\n### alias\n"
        "If you want `t` to open your last session, add this line to `.bashrc`\n\n"
        "```\nalias t='tmux attach'\n```\n\n"
        "### grep\nIf you want to search text, use grep with -r for folders.\n\n"
        "### ls\nLists the files of a folder.\n"
    )
    notes = _notes(text)
    assert [(n[0], n[3]) for n in notes if n[3] in ("alias", "grep", "ls")] == [(10, "grep"), (13, "ls")]
    assert 3 in [w.line for w in draft(text).warnings]
