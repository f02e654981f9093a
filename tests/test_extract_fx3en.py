"""Readings of the fifteenth set's English half narrowed after review (fx3-en), each in examples of our own:
what a backslash stands for in a string is no client command, a call chain in notes about an SQL client is the
app's code, a condition in parentheses stays in what a line does, a sentence about what running a line spares
you is no caution, and a comment that names a manual task is what the line below does."""

from __future__ import annotations

from conftest import draft, facts, warned


def test_a_backslash_escape_in_a_string_is_no_command_of_the_client() -> None:
    text = (
        "# MariaDB cheat sheet\n\n"
        "- print the rows one field a line: `\\G`\n"
        "- a carriage return within a string: `\\r`\n"
        "- the tab character: `\\t`\n"
        "- what it prints for a missing letter: `\\b`\n"
    )
    notes = [(n.line, n.front, n.back) for n in draft(text).notes if n.command == "mariadb"]
    assert notes == [(3, "\\G", "print the rows one field a line")]
    # psql has no "\b" either; its "\d…" family is known by the first letter
    pg = "# psql\n\n- describe the indexes: `\\di`\n- go back a letter: `\\b`\n"
    assert [(n.front, n.back) for n in draft(pg).notes if n.command == "psql"] == [("\\di", "describe the indexes")]


def test_a_call_chain_in_notes_about_an_sql_client_is_no_line_typed_at_its_prompt() -> None:
    text = "# Postgres from Python\n\nFetch one row:\n\n```\nrows.fetchone()\n```\n"
    assert [n for n in draft(text).notes if n.command == "psql"] == []
    # in notes about MongoDB a lone call chain is typed at its shell, as before
    mongo = "# MongoDB\n\nCount the orders:\n\n```\ndb.orders.countDocuments()\n```\n"
    assert [(n.front, n.back) for n in draft(mongo).notes] == [("db.orders.countDocuments()", "Count the orders")]


def test_a_condition_in_parentheses_ending_a_comment_stays_in_what_the_line_does() -> None:
    text = (
        "# Housekeeping\n\n"
        "```sh\n"
        "# Stop the service (only if it is enabled)\n"
        "systemctl disable --now cups\n"
        "# Drop the volume (unless it is still mounted)\n"
        "docker volume rm cache\n"
        "```\n"
    )
    assert [back for *_, back in facts(text)] == [
        "Stop the service (only if it is enabled)",
        "Drop the volume (unless it is still mounted)",
    ]


def test_a_sentence_on_what_running_the_line_spares_you_is_no_caution() -> None:
    text = (
        "# Shell\n\n"
        "## History\n\n"
        "Never retype a long command again.\n\n"
        "```sh\n"
        "fc -s\n"
        "```\n\n"
        "## Builds\n\n"
        "Do not wait for the build to end.\n\n"
        "```sh\n"
        "make all &\n"
        "```\n"
    )
    assert [back for *_, back in facts(text)] == ["Never retype a long command again.", "Do not wait for the build to end."]
    # a caution against running the line still leaves the heading
    caution = "# Disks\n\n## Wipe a disk\n\nNever run this on a mounted disk.\n\n```sh\nwipefs -a /dev/sdz\n```\n"
    assert [back for *_, back in facts(caution)] == ["Wipe a disk"]


def test_a_comment_naming_a_manual_task_is_what_the_line_below_does() -> None:
    text = (
        "# Release\n\n"
        "```sh\n"
        "# Manually start the nightly job\n"
        "kubectl create job nightly-now --from=cronjob/nightly\n"
        "# 수동으로 캐시 비우기\n"
        "redis-cli FLUSHALL\n"
        "```\n"
    )
    assert [back for *_, back in facts(text)] == ["Manually start the nightly job", "수동으로 캐시 비우기"]
    # an edit made by hand in a file between two lines is still no description of the line below
    edit = "# Data\n\n```sh\ncut -f1 data.tsv > ids.txt\n# By hand, delete the blank lines in ids.txt\nsort -u ids.txt\n```\n"
    assert not [n for n in draft(edit).notes if n.back.startswith("By hand")]
    assert 5 in warned(edit)
