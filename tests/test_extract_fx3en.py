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


def test_a_flag_the_line_does_not_pass_is_of_its_sub_command_and_a_system_heading_says_nothing() -> None:
    text = (
        "# kubectl\n\n"
        "## See the pods\n\n"
        "Using -w, we can keep watching for changes.\n\n"
        "```sh\n"
        "kubectl get pods\n"
        "```\n"
    )
    got = [(n.line, n.kind.value, n.command, n.front, n.back) for n in draft(text).notes]
    assert got == [
        (5, "flag", "kubectl get", "-w", "keep watching for changes"),
        (8, "command", "kubectl get", "kubectl get pods", "See the pods"),
    ]
    # a heading naming the system (or only a label) over a line whose sentence was all of flags says nothing of it
    system = "# Setup\n\n## Debian 12\n\nUsing -q, we can keep it quiet.\n\n```sh\nsudo apt-get -q update\n```\n"
    assert [(n.kind.value, n.front) for n in draft(system).notes] == [("flag", "-q")]
    assert 7 in warned(system)
    # the heading's card made, the sentence on a flag no stage passes is no warning of a line left without a card
    piped = "# Logs\n\n## Count the errors\n\nUse -c to count only.\n\n```sh\ncat app.log | grep ERROR\n```\n"
    assert [(n.line, n.back) for n in draft(piped).notes] == [(8, "Count the errors")]
    assert not warned(piped)


def test_keys_after_one_prefix_with_an_action_each_are_the_split_rules() -> None:
    text = "# tmux\n\n- `Ctrl-a d`, `s`: detach the client, list the sessions\n- `Ctrl-a [`, `]`: copy and paste mode\n"
    assert [(n.front, n.back) for n in draft(text).notes] == [("Ctrl-a [, ]", "copy and paste mode")]
    assert 3 in warned(text)


def test_a_to_lead_in_with_an_instruction_after_a_comma_is_no_ex_command_meaning() -> None:
    text = (
        "# Vim\n\n"
        "To get the colours right, put this in your vimrc:\n\n"
        "```vim\n"
        "set termguicolors\n"
        "```\n\n"
        "To wrap long lines:\n\n"
        "```vim\n"
        "set wrap\n"
        "```\n"
    )
    assert [(n.front, n.back) for n in draft(text).notes] == [("set wrap", "wrap long lines")]


def test_the_authors_own_story_of_where_something_sits_is_no_concept() -> None:
    text = (
        "# Laptop\n\n"
        "The photos we copied from the old phone are kept in `/srv/photos/old/`.\n\n"
        "My scratch files live in `~/tmp/scratch/`.\n\n"
        "Shell completions are stored in `/usr/share/bash-completion/completions`.\n"
    )
    assert facts(text) == [(7, "concept", None, "Shell completions", "/usr/share/bash-completion/completions")]
