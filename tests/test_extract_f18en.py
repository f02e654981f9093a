"""Shapes met in the English half of the eighteenth fresh set (x-f18en), each in examples of our own: a sentence
saying what one option of the line above does (``The `-z` option compresses …``)."""

from __future__ import annotations

from conftest import draft, warned


def _notes(text: str) -> list[tuple[int, str, str | None, str, str]]:
    return [(n.line, n.kind.value, n.command, n.front, n.back) for n in draft(text).notes]


_LINE = "# Archives\n\nUse `tar -c -z -f notes.tgz notes/` to pack a folder.\n\n"


def test_a_sentence_saying_what_an_option_of_the_line_above_does_is_its_option_note() -> None:
    text = _LINE + (
        "## explanation\n\n"
        "- The `-z` [option](https://example.org/tar#z) compresses the archive with gzip.\n"
        "- The `-f` option names the archive file.\n\n"
        "The `-c` flag creates a new archive. It overwrites an old one.\n"
    )
    assert _notes(text) == [
        (3, "command", "tar", "tar -c -z -f notes.tgz notes/", "to pack a folder"),
        (7, "option", "tar", "-z", "compresses the archive with gzip"),
        (8, "option", "tar", "-f", "names the archive file"),
        (10, "option", "tar", "-c", "creates a new archive"),
    ]


def test_the_option_belongs_to_the_nearest_line_above_that_passes_it() -> None:
    text = (
        "# Sync\n\n"
        "Run `cd ~/site && rsync -a --delete build/ host:/www/` and then `git tag -s v2`.\n\n"
        "- The `--delete` option removes files the source no longer has.\n"
        "- The `-s` option signs the tag.\n"
        "- The `--format=short` option prints one line each.\n\n"
        "Use `git log --format=short` to see them.\n"
    )
    notes = _notes(text)
    assert (5, "option", "rsync", "--delete", "removes files the source no longer has") in notes
    assert (6, "option", "git tag", "-s", "signs the tag") in notes
    # no line above passes --format: whose option it is, the notes have not said yet
    assert not [n for n in notes if n[0] == 7]
    assert 7 in warned(text)


def test_the_program_the_sentence_names_owns_the_option() -> None:
    text = _LINE + "In rsync, the `-n` option performs a trial run.\n"
    assert (5, "option", "rsync", "-n", "performs a trial run") in _notes(text)


def test_one_option_written_twice_is_one_note_two_options_are_none() -> None:
    text = (
        "# Sync\n\n"
        "Use `rsync -a -v --exclude=\"/.cache/\" --exclude=\"/tmp/\" ~/ /backup/` nightly.\n\n"
        "- The `--exclude=\"/.cache/\"` and `--exclude=\"/tmp/\"` options leave both folders out.\n"
        "- The `-a` and `-v` options keep the file times and list each file.\n"
    )
    notes = _notes(text)
    assert [(n[0], n[3], n[4]) for n in notes if n[1] == "option"] == [(5, "--exclude", "leave both folders out")]


def test_a_sentence_saying_what_an_option_is_or_needs_is_no_meaning() -> None:
    text = _LINE + (
        "The `-z` option is deprecated in newer builds.\n\n"
        "The `-f` option can be given twice.\n\n"
        "The `-c` option, which you always need, comes first.\n\n"
        "- The `-z` option works on Linux only.\n"
        "- The `-f` flag was added in 1.2.\n"
        "- The `-c` option needs write access to the folder.\n"
    )
    assert [n for n in _notes(text) if n[1] == "option"] == []


def test_a_comment_naming_the_group_of_alias_lines_is_no_meaning_of_the_first() -> None:
    text = (
        "# Shell setup\n\n"
        "```\n"
        "# git aliases\n"
        "alias gs=\"git status\"\n"
        "alias gp=\"git push\"\n\n"
        "# list aliases\n"
        "alias\n"
        "```\n"
    )
    notes = _notes(text)
    assert [n for n in notes if "aliases" in n[4] and n[3].startswith("alias gs")] == []
    assert 5 in warned(text)
    # a comment saying what to do (a verb first) is what its line does
    assert (9, "command", "alias", "alias", "list aliases") in notes


def test_a_task_heading_over_one_alias_says_what_the_aliased_line_does() -> None:
    text = (
        "# Dotfiles\n\n"
        "### Show the biggest files first\n\n"
        "```\n"
        "alias big='du -sh * | sort -rh'\n"
        "```\n\n"
        "### Shortcuts I like\n\n"
        "```\n"
        "alias k='kubectl'\n"
        "```\n"
    )
    notes = _notes(text)
    assert notes == [(6, "command", "du", "alias big='du -sh * | sort -rh'", "Show the biggest files first")]
    assert 12 in warned(text)  # a heading that names, not says what to do: the alias stays the author's set-up


def test_eval_of_a_programs_output_is_filed_under_the_program() -> None:
    text = "# Agent\n\n```sh\n# start the key agent\neval \"$(ssh-agent -s)\"\n```\n"
    assert _notes(text) == [(5, "command", "ssh-agent", "eval \"$(ssh-agent -s)\"", "start the key agent")]


def test_a_word_after_in_that_names_no_program_is_no_owner() -> None:
    text = "# Backups\n\nMost of it runs at night.\n\nIn short, the `--dry-run` flag shows what would happen.\n"
    assert [n for n in _notes(text) if n[1] == "option"] == []
    assert 5 in warned(text)  # whose option it is, the notes do not say


def test_the_look_back_for_the_line_passing_the_option_stays_in_the_section() -> None:
    text = (
        "# Week notes\n\n"
        "## Copies\n\n"
        "Mirror it with `rsync -av src/ dst/`.\n\n"
        "## Logging in\n\n"
        "The `-v` option prints each step of the handshake.\n\n"
        "## Listing\n\n"
        "Use `ls -l -h` to see sizes.\n\n"
        "### explanation\n\n"
        "- The `-h` option prints sizes as 4.0K or 12M.\n"
    )
    notes = _notes(text)
    assert [n for n in notes if n[3] == "-v"] == []  # rsync's line is another section's
    assert (17, "option", "ls", "-h", "prints sizes as 4.0K or 12M") in notes  # an explanation of the one above


def test_a_step_heading_with_no_object_of_its_own_says_nothing_of_the_alias() -> None:
    text = (
        "# Shell\n\n"
        "### Save it for later\n\n"
        "```\nalias gst='git status -sb'\n```\n\n"
        "### Reload them\n\n"
        "```\nalias dfh='df -h'\n```\n"
    )
    assert _notes(text) == []


def test_a_plural_comment_over_one_line_alone_is_what_that_line_shows() -> None:
    text = "# Box\n\n```\n# open ports\nss -tlnp\n\n# running containers\ndocker ps\n```\n"
    assert [(n[0], n[3], n[4]) for n in _notes(text)] == [
        (5, "ss -tlnp", "open ports"), (8, "docker ps", "running containers"),
    ]


def test_a_sentence_about_what_the_option_is_given_or_leading_on_is_no_meaning() -> None:
    text = (
        "# Runs\n\n"
        "Serve it with `gunicorn -w 4 --bind 0.0.0.0:80 app:app`.\n\n"
        "The `-w` option takes the number of workers.\n\n"
        "The `--bind` option accepts these forms:\n\n"
        "- a host and a port\n- a unix socket\n\n"
        "Check it with `curl -I localhost`.\n\n"
        "The `-I` option wants a URL, as shown below.\n"
    )
    assert [n for n in _notes(text) if n[1] == "option"] == []


def test_letter_comments_under_a_line_of_run_together_flags_gloss_each_letter() -> None:
    text = (
        "# Archives\n\n## Unpack an archive\n\n"
        "```\ntar -xzf site.tgz\n# x: extract\n# z: through gzip\n# v: name each file\n```\n"
    )
    assert [n for n in _notes(text) if n[1] == "option"] == [
        (7, "option", "tar", "-x", "extract"),
        (8, "option", "tar", "-z", "through gzip"),
        (9, "option", "tar", "-v", "name each file"),  # glossed though not used: still an option of tar
    ]


def test_letter_comments_need_a_run_of_letters_right_above_them() -> None:
    # a single flag, a line between, or a first letter the line does not pass: no letter glosses
    for block in (
        "tar -x site.tgz\n# x: extract\n",
        "tar -xz site.tgz\nls\n# x: extract\n",
        "tar -xz site.tgz\n# q: quiet\n",
    ):
        text = f"# Archives\n\n```\n{block}```\n"
        assert [n for n in _notes(text) if n[1] == "option"] == []


def test_a_sentence_that_only_says_to_run_a_line_takes_the_task_of_the_heading_above() -> None:
    text = (
        "# Files\n\n"
        "## cleaning a build folder\n\n"
        "Run `rm -rf build/*`.\n\n"
        "## Examples\n\n"
        "Use `ls -la`.\n\n"
        "## Why I like it\n\n"
        "Run `htop`.\n\n"
        "## listing hidden files\n\n"
        "Use `ls -a` or `ls -A` as you like.\n"
    )
    # a heading that names no task ("Examples", "Why I like it") and a sentence with more in it make no card
    assert [n for n in _notes(text) if n[1] == "command"] == [
        (5, "command", "rm", "rm -rf build/*", "cleaning a build folder"),
    ]


def test_an_mkdocs_admonition_is_a_box_beside_the_text_not_a_code_block() -> None:
    text = (
        "# Files\n\n"
        "## cleaning a build folder\n\n"
        "!!! note \"Placeholders\"\n"
        "    \n"
        "    - {==build==} stands for the folder to empty.\n\n"
        "Use `rm -rf build/*`.\n\n"
        "??? tip\n\n"
        "    git clean -fdx\n"
    )
    notes = _notes(text)
    # the box between the heading and the line is an aside; the box under the line is no meaning of it
    assert (9, "command", "rm", "rm -rf build/*", "cleaning a build folder") in notes
    # the box's indented lines are its text (a quote), never lines of a code block under the heading
    assert [n for n in notes if n[2] == "git clean"] == []


def test_an_option_sentence_in_a_box_or_quote_is_read_as_well() -> None:
    text = (
        "# Sync\n\n"
        "Copy it with `rsync -a src/ dst/`.\n\n"
        "!!! info \"One more option\"\n\n"
        "    In rsync, the `-n` option performs a trial run and changes nothing.\n"
    )
    assert (7, "option", "rsync", "-n", "performs a trial run and changes nothing") in _notes(text)


def test_a_run_line_that_is_one_step_of_several_takes_no_heading() -> None:
    text = (
        "# Tools\n\n"
        "## Building the docs\n\n"
        "Run `sphinx-build -b html docs out`.\n\n"
        "Run `python -m http.server -d out`.\n\n"
        "## Using Podman on a Mac\n\n"
        "Run `podman machine init`.\n"
    )
    # a procedure (another line under the same heading), or a heading naming a topic ("Using …"): no card
    assert [n for n in _notes(text) if n[1] == "command"] == []


def test_letter_comments_that_read_as_a_legend_of_the_output_are_no_flags() -> None:
    text = "# Files\n\n```\nls -lF ~\n# l: a link to another file\n# d: a folder\n```\n"
    assert [n for n in _notes(text) if n[1] == "option"] == []


def test_letter_comments_naming_kinds_of_entry_for_letters_the_line_does_not_pass_are_a_legend() -> None:
    # no article: "p" is no letter of "-lt", and "named pipe" names a kind of entry the listing shows
    legend = (
        "# Files\n\nThe first letter tells the kind of entry:\n\n"
        "```\nls -lt /run\n# l: symlink\n# p: named pipe\n# s: sockets\n```\n"
    )
    assert [n for n in _notes(legend) if n[1] == "option"] == []
    # a letter the line passes may be glossed with a kind of file; one it does not pass with what it does
    flags = "# Archives\n\n```\ntar -xf old.tar\n# x: extract\n# f: archive file\n# v: each name as well\n```\n"
    assert [n[3:] for n in _notes(flags) if n[1] == "option"] == [
        ("-x", "extract"), ("-f", "archive file"), ("-v", "each name as well"),
    ]


def test_a_box_glued_to_its_kind_between_a_heading_and_a_block_is_a_remark() -> None:
    text = (
        "# Housekeeping\n\n"
        "## Empty the cache folder\n\n"
        "!!! danger\n"
        "    Nothing asks before it deletes.\n\n"
        "```bash\nrm -rf ~/.cache/app/*\n```\n"
    )
    assert _notes(text) == [(9, "command", "rm", "rm -rf ~/.cache/app/*", "Empty the cache folder")]
