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
        "In the config file define the colours like this:\n\n"
        "```\n# Dark theme\ntheme = dark\n# Show the branch\nshow_branch = on\n```\n\n"
        "In your ~/.inputrc, add the following:\n\n"
        "```\n# Ignore case when completing\nset completion-ignore-case on\n```\n\n"
        "In the shell, run the following to reload:\n\n"
        "```\n# Reload the settings\nsource ~/.bashrc\n```\n"
    )
    notes = _notes(text)
    assert [n[0] for n in notes] == [23]
    assert 14 in {w.line for w in draft(text).warnings}


_MAN_MARKDOWN = (
    "BACKUP-PRUNE 1 \"2024\" backup \"Manuals\"\n"
    "==========================================\n\n"
    "NAME\n----\n\n"
    "backup prune - Delete old snapshots from a repository\n\n"
    "SYNOPSIS\n--------\n\n"
    "*backup prune* [--dry-run] <repo>\n\n"
    "DESCRIPTION\n-----------\n\n"
    "This command removes the snapshots no policy keeps any more.\n\n"
    "OPTIONS\n-------\n\n"
    "<repo>\n"
    "    The repository to prune, as a path or an address.\n\n"
    "--dry-run\n"
    "    Print what would be deleted and delete nothing.\n\n"
    "COPYRIGHT\n---------\n\n"
    "Apache licence - Copyright (C) 2024 the authors\n\n"
    "SEE ALSO\n--------\n\n"
    "backup-forget(1)\n"
)


def test_a_man_page_in_markdown_is_its_commands_name_usage_and_options() -> None:
    notes = _notes(_MAN_MARKDOWN)
    assert (7, "command", "backup prune", "backup prune", "Delete old snapshots from a repository") in notes
    assert (12, "syntax", "backup prune", "backup prune", "backup prune [--dry-run] <repo>") in notes
    options = {n[3]: (n[2], n[4]) for n in notes if n[1] == "option"}
    assert options == {
        "<repo>": ("backup prune", "The repository to prune, as a path or an address."),
        "--dry-run": ("backup prune", "Print what would be deleted and delete nothing."),
    }
    assert not [n for n in notes if n[3] in ("SYNOPSIS", "DESCRIPTION", "COPYRIGHT", "SEE ALSO")]
    assert not [n for n in notes if "Copyright" in n[4] or "forget" in n[4]]


_MAN_ASCIIDOC = (
    "= git-frob(1)\n\n"
    "== NAME\n\n"
    "git-frob - Tidy the working tree before a commit\n\n"
    "== SYNOPSIS\n\n"
    "[source,subs=\"quotes\"]\n"
    "----\n"
    "*git frob* [_<path>_...]\n"
    "----\n\n"
    "== OPTIONS\n\n"
    "`-q`::\n"
    "`--quiet`::\n"
    "   Say nothing unless something goes wrong.\n"
    "`--only=<glob>`::\n"
    "  Tidy only the files matching the glob;\n"
    "  the rest stay as they are.\n\n"
    "== AUTHORS\n\n"
    "Written by the frob team.\n"
)


def test_an_asciidoc_man_page_is_read_as_the_markdown_it_means() -> None:
    notes = _notes(_MAN_ASCIIDOC)
    assert (5, "command", "git frob", "git frob", "Tidy the working tree before a commit") in notes
    options = {n[3]: (n[0], n[2], n[4]) for n in notes if n[1] == "option"}
    assert options == {
        "-q, --quiet": (18, "git frob", "Say nothing unless something goes wrong."),
        "--only": (20, "git frob", "Tidy only the files matching the glob; the rest stay as they are."),
    }
    assert not [n for n in notes if "frob team" in n[4]]


def test_asciidoc_lines_become_markdown_in_place() -> None:
    from quizzer.extract.asciidoc import as_markdown, is_asciidoc

    assert is_asciidoc(_MAN_ASCIIDOC)
    assert not is_asciidoc("= not a title\nplain text\n")  # no "== section" under it
    lines = as_markdown(_MAN_ASCIIDOC).split("\n")
    assert len(lines) == len(_MAN_ASCIIDOC.split("\n"))
    assert lines[0] == "# git-frob(1)" and lines[2] == "## NAME"
    assert lines[8:12] == ["", "```", "git frob [<path>...]", "```"]
    assert lines[15:18] == ["", "", "- `-q`, `--quiet`: Say nothing unless something goes wrong."]


def test_notes_with_a_name_heading_but_no_synopsis_are_no_man_page() -> None:
    from quizzer.extract.man_pages import command_of

    assert command_of(_MAN_MARKDOWN) == "backup prune"
    assert command_of("# Name\n\nbackup - keep copies of files\n") is None
    assert command_of("## NAME\n\nMy notes - things I keep forgetting\n\n## SYNOPSIS\n\nnothing here\n") == "My notes"


def test_a_lone_placeholder_over_an_indented_line_is_no_html() -> None:
    from quizzer.extract.blocks import prepare

    assert prepare("Args\n\n<target-dir>\n    Where the files go.\n") == "Args\n\n\\<target-dir>\n    Where the files go.\n"
    assert prepare("<pre>\n  kept as HTML\n</pre>\n") == "<pre>\n  kept as HTML\n</pre>\n"
    assert prepare("<file>\nnot indented under it\n") == "<file>\nnot indented under it\n"


def test_a_man_pages_authors_section_makes_no_card_but_its_options_do() -> None:
    text = _MAN_MARKDOWN.replace("COPYRIGHT\n---------", "AUTHORS\n-------").replace(
        "Apache licence - Copyright (C) 2024 the authors", "backup-team: the people who wrote it"
    )
    notes = _notes(text)
    assert not [n for n in notes if "wrote it" in n[4]]
    assert [n[3] for n in notes if n[1] == "option"] == ["<repo>", "--dry-run"]


def test_a_folder_named_before_the_following_lines_is_no_file_they_go_into() -> None:
    text = (
        "# Dotfiles\n\n"
        "In ~/dotfiles, add the following links:\n\n"
        "```bash\nln -s ~/dotfiles/vimrc ~/.vimrc   # link the vim settings\n```\n\n"
        "In /srv/app, write these two commands to start over:\n\n"
        "```bash\ngit clean -fdx\n```\n"
    )
    assert [n[3] for n in _notes(text)] == ["ln -s ~/dotfiles/vimrc ~/.vimrc", "git clean -fdx"]
    assert not [w for w in draft(text).warnings if "go into a file" in w.message]


def test_a_pandoc_man_page_reads_its_definition_list_options() -> None:
    text = (
        "# NAME\n\nsnap-clean - remove stale snapshots\n\n"
        "# SYNOPSIS\n\n**snap-clean** [*OPTIONS*] *VOLUME*\n\n"
        "# OPTIONS\n\n"
        "**-k**, **--keep**\n:   How many of the newest to keep.\n\n"
        "# BUGS\n\nPlenty, surely.\n"
    )
    notes = _notes(text)
    assert (3, "command", "snap-clean", "snap-clean", "remove stale snapshots") in notes
    assert (11, "option", "snap-clean", "-k, --keep", "How many of the newest to keep.") in notes
    assert not [n for n in notes if n[3] in ("SYNOPSIS", "BUGS") or "Plenty" in n[4]]


def test_an_asciidoc_cross_reference_is_its_text() -> None:
    from quizzer.extract.asciidoc import as_markdown

    text = "= tool(1)\n\n== OPTIONS\n\n`--cache`::\n  Keep downloads; see <<_cache_rules>> and <<env,ENVIRONMENT>>.\n"
    assert as_markdown(text).split("\n")[5] == "- `--cache`: Keep downloads; see cache rules and ENVIRONMENT."
