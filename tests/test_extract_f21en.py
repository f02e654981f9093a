"""Shapes met in the English half of the twenty-first fresh set (x-f21en), each in examples of our own: a problem's
title read as a command line, a quote past a rule taken for a remark on the block above it, a file's contents
named by "in the config file …"."""

from __future__ import annotations

from conftest import draft


def _notes(text: str) -> list[tuple[int, str, str | None, str, str]]:
    return [(n.line, n.kind.value, n.command, n.front, n.back) for n in draft(text).notes]


def test_a_program_said_not_to_work_is_a_problem_not_a_command_line() -> None:
    text = (
        "# Fixes for sshd\n\n"
        "> sshd not starting: 'Missing privilege separation directory' in the log\n\n"
        "- rsync fails: the remote side has no rsync installed\n"
        "- sshd -t: test the configuration file and exit\n"
        "- ssh -N: do not execute a remote command\n"
    )
    notes = _notes(text)
    assert [n[0] for n in notes] == [6, 7]
    assert (7, "command", "ssh", "ssh -N", "do not execute a remote command") in notes
    assert {w.line for w in draft(text).warnings} >= {3, 5}


def test_a_quote_past_a_rule_is_no_remark_on_the_block_above() -> None:
    text = (
        "# Troubleshooting\n\n"
        "Clear the cache with:\n\n```bash\nrm -rf ~/.cache/mytool\n```\n\n"
        "---\n\n"
        "> Colours look wrong after an upgrade\n\n"
        "- Set the terminal type to one with 256 colours.\n\n"
        "<hr />\n\n"
        "Remove the lock file:\n\n```bash\nrm -f ~/.mytool.lock\n```\n\n"
        "<hr />\n\n"
        "> The daemon refuses to start\n"
    )
    notes = _notes(text)
    assert (6, "command", "rm", "rm -rf ~/.cache/mytool", "Clear the cache with") in notes
    assert (20, "command", "rm", "rm -f ~/.mytool.lock", "Remove the lock file") in notes
    assert not [n for n in notes if "daemon" in n[4] or "Colours" in n[4]]


def test_a_quote_right_under_its_block_still_says_what_it_does() -> None:
    text = "# Backups\n\n```bash\nrsync -a src/ /mnt/backup/\n```\n\n> copies the folder, keeping owners and times\n"
    assert _notes(text) == [(4, "command", "rsync", "rsync -a src/ /mnt/backup/", "copies the folder, keeping owners and times")]


def test_in_the_config_file_set_the_following_makes_the_block_that_files_contents() -> None:
    text = (
        "# Shell prompt\n\n"
        "In the config file set the colours like this:\n\n"
        "```\n# Dark theme\ntheme = dark\n# Show the branch\nshow_branch = on\n```\n\n"
        "In your ~/.inputrc, add the following:\n\n"
        "```\n# Ignore case when completing\nset completion-ignore-case on\n```\n\n"
        "In the shell, run the following to reload:\n\n"
        "```\n# Reload the settings\nsource ~/.bashrc\n```\n"
    )
    notes = _notes(text)
    assert [n[0] for n in notes] == [23]
    assert 14 in {w.line for w in draft(text).warnings}
