"""Lines typed at a prompt that names its program or the server it is connected to (repl.py, x-f6b), in
examples of our own: ``mysql> …`` alone in a block, ``127.0.0.1:6379> …`` over what it printed."""

from __future__ import annotations

from conftest import draft as _draft


def _notes(text: str) -> list[tuple[int, str, str | None, str, str, str | None]]:
    return [(n.line, n.kind.value, n.command, n.front, n.back, n.context) for n in _draft(text).notes]


def test_a_host_port_prompt_is_the_shell_the_notes_are_about() -> None:
    text = (
        "# Redis notes\n"
        "\n"
        "Count the keys:\n"
        "\n"
        "```\n"
        "10.0.0.5:6379> DBSIZE\n"    # 6
        "(integer) 42\n"
        "```\n"
        "\n"
        "Pick another database (the first one is 0):\n"
        "\n"
        "```\n"
        "cache-1:6380> SELECT 2\n"   # 13
        "```\n"
    )
    assert _notes(text) == [
        (6, "command", "redis-cli", "DBSIZE", "Count the keys", None),
        (13, "command", "redis-cli", "SELECT 2", "Pick another database", "the first one is 0"),
    ]


def test_a_block_of_one_line_at_a_named_prompt() -> None:
    text = "# notes\n\nList the tables:\n\n```\nsqlite> .tables\n```\n"
    assert _notes(text) == [(6, "command", "sqlite3", ".tables", "List the tables", None)]


def test_a_host_port_prompt_with_no_shell_named_is_warned() -> None:
    text = "# notes\n\nCount the keys:\n\n```\nbox:7000> DBSIZE\n```\n"
    assert _notes(text) == []
    assert [w.line for w in _draft(text).warnings] == [5]


def test_a_bare_prompt_alone_is_still_a_shell_line() -> None:
    # "> out.txt" empties a file: a bare ">" is no prompt of a named program
    text = "# notes\n\nEmpty the file:\n\n```\n> out.txt\n```\n"
    assert all(n.command != "redis-cli" for n in _draft(text).notes)
    assert 5 not in [w.line for w in _draft(text).warnings]


def test_a_qualifier_in_parentheses_stays_in_the_answer() -> None:
    text = "# mysql\n\nList the tables (of the current database):\n\n```\nmysql> SHOW TABLES;\n```\n"
    assert _notes(text) == [
        (6, "command", "mysql", "SHOW TABLES;", "List the tables (of the current database)", None),
    ]
