"""A `command` - gloss bullet that runs on over more lines, and a gloss that ends by naming another
command (issue 6, x-en4).  Examples are our own."""

from __future__ import annotations

from conftest import draft, facts

_RUNS_ON = """# Snapshots

* `zfs snapshot tank@now` - Take a snapshot of the pool.
  It costs nothing until blocks change.
* `zfs list -t snapshot` - List the snapshots
"""


def test_a_glossed_item_that_runs_on_is_one_command_and_its_gloss() -> None:
    notes = facts(_RUNS_ON)
    assert notes[0][:4] == (3, "command", "zfs", "zfs snapshot tank@now")
    assert notes[0][4].startswith("Take a snapshot of the pool.")
    assert "zfs snapshot tank@now - " not in notes[0][3]  # the gloss is never read as part of the command line
    assert notes[1] == (5, "command", "zfs", "zfs list -t snapshot", "List the snapshots")


def test_a_gloss_ending_with_another_command_of_the_program_keeps_what_comes_before() -> None:
    text = "# Stash\n\n* `git stash list` - Show the stashes, apply one with `git stash apply stash@{1}`\n"
    made = draft(text)
    assert [(n.line, n.command, n.front, n.back) for n in made.notes] == [
        (3, "git stash list", "git stash list", "Show the stashes, apply one"),
    ]
    assert [w.line for w in made.warnings] == [3]
    assert "git stash apply" in made.warnings[0].message


def test_a_gloss_naming_its_own_command_again_is_kept_whole() -> None:
    text = "# Logs\n\n* `journalctl -f` - Follow the log, like journalctl -f -n 20 does\n"
    assert [n.back for n in draft(text).notes] == ["Follow the log, like journalctl -f -n 20 does"]


def test_an_english_word_that_is_also_a_program_is_not_another_command() -> None:
    text = "# Search\n\n* `grep -rl TODO src` - list files under src, file names only\n"
    assert [n.back for n in draft(text).notes] == ["list files under src, file names only"]


def test_a_definition_list_item_of_a_command_line_is_a_command() -> None:
    text = "# Disk usage\n\ndu -sh /var/log\n: total size of the logs\n"
    assert facts(text) == [(3, "command", "du", "du -sh /var/log", "total size of the logs")]


def test_a_definition_list_item_under_a_program_heading_is_not_the_programs_description() -> None:
    text = "# df\n\ndf -i /\n: inodes used and free on the root file system\n"
    assert facts(text) == [(3, "command", "df", "df -i /", "inodes used and free on the root file system")]


def test_a_definition_list_term_in_words_stays_a_concept() -> None:
    text = "# Terms\n\nhard link\n: another name for the same inode\n"
    assert facts(text) == [(3, "concept", None, "hard link", "another name for the same inode")]


def test_asterisks_spaced_apart_in_a_code_span_are_text_not_emphasis() -> None:
    text = "# Schedules\n\n@hourly\n: run at minute zero, same as `0 * * * *`\n"
    assert facts(text) == [(3, "concept", None, "@hourly", "run at minute zero, same as 0 * * * *")]


def test_a_term_holding_an_address_is_warned_not_dropped() -> None:
    text = "# Jobs\n\n`*/5 * * * * wget -q https://example.org/beat` - send a heartbeat\n"
    made = draft(text)
    assert not made.notes
    assert [w.line for w in made.warnings] == [3]
