"""Shapes met in the English half of the fifteenth fresh set (x-f15en), each in examples of our own: a
database client's backslash commands after what they do, a definition that ends by giving a command line,
keys pressed after one prefix, two terms defined in one sentence, "First time:" over a block, and a statement
in parentheses ending a comment."""

from __future__ import annotations

from conftest import draft, facts, warned


def _notes(text: str) -> list[tuple[int, str, str | None, str, str, tuple[str, ...]]]:
    return [(n.line, n.kind.value, n.command, n.front, n.back, n.answers) for n in draft(text).notes]


def test_what_to_do_then_the_backslash_command_of_the_client_the_notes_are_about() -> None:
    text = (
        "# PostgreSQL\n\n"
        "- show every role: `\\dg`\n"
        "- expanded output on or off `\\x`\n"
        "- the functions: `\\df` or `\\df+`\n"
        "- Server version: (major and minor) `\\version`)\n"
        "- open a database: `\\connect shop`\n"
    )
    assert _notes(text) == [
        (3, "command", "psql", "\\dg", "show every role", ("\\dg",)),
        (4, "command", "psql", "\\x", "expanded output on or off", ("\\x",)),
        (5, "command", "psql", "\\df", "the functions", ("\\df", "\\df+")),
        (6, "command", "psql", "\\version", "Server version", ("\\version",)),
        (7, "command", "psql", "\\connect shop", "open a database", ("\\connect shop",)),
    ]


def test_a_backslash_command_in_notes_that_name_no_client_is_no_card_of_its_own_reading() -> None:
    text = "# Misc\n\n- show every role: `\\dg`\n- the functions: `\\df` and more `ls`\n"
    assert [n for n in draft(text).notes if n.command == "psql"] == []
    # a code span that is not a backslash command is not read so, even in notes about the client
    assert [n.front for n in draft("# psql\n\n- count rows: `SELECT count(*)`\n").notes if n.command == "psql"] == []


def test_a_definition_that_ends_by_giving_a_command_line_is_a_warning_not_a_concept() -> None:
    text = (
        "# Servers\n\n"
        "Connecting to staging:\n"
        "The simplest way in is the `ssh` command:\n"
        "`ssh -p 2222 admin@box`. It asks for a password\n"
        "unless a key is set up.\n"
    )
    assert [n for n in draft(text).notes if n.front == "Connecting to staging"] == []
    assert 3 in warned(text)
    # a definition that names a program in passing stays a definition
    plain = "# Terms\n\nA mirror: a copy of a repository kept in sync, as with rsync.\n"
    assert facts(plain) == [(3, "concept", None, "A mirror", "a copy of a repository kept in sync, as with rsync.")]


def test_keys_pressed_after_one_prefix_are_one_note_of_the_row() -> None:
    text = (
        "# Vim\n\n"
        "| Key | Action |\n"
        "| --- | --- |\n"
        "| `Ctrl-W h, j, k, l` | Move to the window at the left, below, above, right |\n"
        "| `gt, gT` | Go to the next/previous tab |\n"
    )
    notes = _notes(text)
    assert notes[0] == (
        5, "command", "vim", "Ctrl-W h, j, k, l", "Move to the window at the left, below, above, right",
        ("Ctrl-W h, j, k, l",),
    )
    # keys with no prefix before them are keys each with its own part, as before
    assert [n[3:5] for n in notes[1:]] == [("gt", "Go to the next tab"), ("gT", "Go to the previous tab")]
    # "Ctrl + h, l": one chord and a key, no prefix pressed before each
    chord = "# Tmux\n\n| Key | Action |\n| --- | --- |\n| `Ctrl + h, l` | Go to the pane left, right |\n"
    assert not [n for n in draft(chord).notes if n.reason == "keys pressed after one prefix, then what they do"]


def test_two_terms_defined_in_one_sentence_make_no_card_joining_them() -> None:
    text = "# Vim\n\nPlugins live in `pack/{dir}/start`.\n\n`dir` is any name, `start` is for autoloading.\n"
    assert [n for n in draft(text).notes if n.line == 5] == []
    assert 5 in warned(text)


def test_first_and_next_before_one_word_are_part_of_the_label_over_a_block() -> None:
    text = "# Build\n\nFirst time:\n\n```sh\nmake setup\n```\n\nFirst, compile it:\n\n```sh\nmake all\n```\n"
    assert facts(text) == [
        (6, "command", "make", "make setup", "First time"),
        (12, "command", "make", "make all", "compile it"),
    ]


def test_a_statement_in_parentheses_ending_a_comment_is_not_what_the_line_does() -> None:
    text = (
        "# Tools\n\n"
        "```sh\n"
        "# Keep the downloads in a local folder (this folder is ignored by git)\n"
        "pip download -d wheels requests\n"
        "# List the packages (installed ones only)\n"
        "pip list\n"
        "```\n"
    )
    assert facts(text) == [
        (5, "command", "pip download", "pip download -d wheels requests", "Keep the downloads in a local folder"),
        (7, "command", "pip list", "pip list", "List the packages (installed ones only)"),
    ]


def test_a_comment_saying_to_do_something_by_hand_is_not_what_the_next_line_does() -> None:
    text = (
        "# Backups\n\n"
        "## Copy the dumps away\n\n"
        "```sh\n"
        "ls dumps > list.txt\n"
        "# Manually remove the old ones from list.txt\n"
        "xargs -a list.txt cp -t /mnt/away\n"
        "```\n"
    )
    assert not [n for n in draft(text).notes if n.back.startswith("Manually")]
    assert 7 in warned(text)


def test_a_caution_between_a_heading_and_its_block_leaves_the_heading_as_what_the_line_does() -> None:
    text = (
        "# Git\n\n"
        "#### Count the commits of each author\n\n"
        "Do not use this to rank people.\n\n"
        "```sh\n"
        "git shortlog -sn\n"
        "```\n\n"
        "Don't forget to fetch first:\n\n"
        "```sh\n"
        "git fetch --all\n"
        "```\n"
    )
    assert facts(text) == [
        (8, "command", "git shortlog", "git shortlog -sn", "Count the commits of each author"),
        (14, "command", "git fetch", "git fetch --all", "Don't forget to fetch first"),
    ]


def test_find_exec_ended_with_a_plus_is_a_command_line() -> None:
    text = "# Files\n\n#### Size of every log\n\n    find /var/log -name '*.log' -exec du -h {} +\n"
    assert facts(text) == [
        (5, "command", "find", "find /var/log -name '*.log' -exec du -h {} +", "Size of every log"),
    ]
    # keys pressed together are still no command line
    assert [n for n in draft("# Tips\n\n```\nctrl + r\n```\n").notes if n.kind.value == "command" and n.command] == []


def test_using_a_flag_we_can_clauses_are_flag_notes_each() -> None:
    text = (
        "# curl usage\n\n"
        "## fetch a page\n\n"
        "By default, curl prints the body, using `-o`, we can write it to a file.\n"
        "Using -s, we can hide the progress and using `-L` we can follow redirects\n"
        "```\n"
        "$ curl -s -L -o page.html <url>\n"
        "```\n\n"
        "## show the headers\n\n"
        "Using `-I`, we can ask for the headers only.\n\n"
        "```\n"
        "$ curl -v <url>\n"
        "```\n"
    )
    got = [(n.line, n.kind.value, n.command, n.front, n.back) for n in draft(text).notes]
    assert got == [
        (5, "flag", "curl", "-o", "write it to a file"),
        (5, "flag", "curl", "-s", "hide the progress"),
        (5, "flag", "curl", "-L", "follow redirects"),
        (8, "command", "curl", "curl -s -L -o page.html", "fetch a page"),
        (13, "flag", "curl", "-I", "ask for the headers only"),
        (16, "command", "curl", "curl -v", "show the headers"),
    ]
    assert 5 in warned(text)  # "By default, curl prints the body": a statement of its own


def test_one_ex_command_in_a_vim_fence_under_what_it_does_in_notes_about_vim() -> None:
    text = (
        "# Neovim\n\n"
        "To turn the spell checker on:\n\n"
        "```vim\n"
        "set spell\n"
        "```\n\n"
        "Add these to your init file:\n\n"
        "```vim\n"
        "set number\n"
        "set hidden\n"
        "```\n"
    )
    assert _notes(text) == [(6, "command", "neovim", "set spell", "turn the spell checker on", ("set spell", ":set spell"))]
    # in notes about something else a vim fence is still no command
    assert draft("# Git\n\nTo turn the spell checker on:\n\n```vim\nset spell\n```\n").notes == ()


def test_a_line_that_names_its_input_first_is_the_command_reading_it() -> None:
    text = "# Text\n\n#### Count the distinct words\n\n```sh\n< words.txt sort -u | wc -l\n```\n"
    assert facts(text) == [(6, "command", "sort", "< words.txt sort -u | wc -l", "Count the distinct words")]
    # a comparison in prose is no command
    assert all(n.kind.value != "command" for n in draft("# Speed\n\n- < 10 ms: fast enough\n").notes)


def test_a_sentence_saying_to_use_a_backslash_command_to_do_something() -> None:
    text = (
        "# Postgres\n\n"
        "You can also use the `\\x` command from inside psql to switch to expanded rows and then\n"
        "run the query again.\n\n"
        "We can use the `\\s` command to show the history.\n"
    )
    assert _notes(text) == [
        (3, "command", "psql", "\\x", "switch to expanded rows", ("\\x",)),
        (6, "command", "psql", "\\s", "show the history", ("\\s",)),
    ]


def test_a_clause_under_a_block_saying_what_a_flag_of_its_line_means() -> None:
    text = (
        "# rsync usage\n\n"
        "## copy a tree\n\n"
        "```\n"
        "$ rsync -a -n <src> <dest>\n"
        "```\n\n"
        "will copy everything from `src` to `dest`, `-n`\n"
        "means that rsync only shows what it would do.\n"
    )
    got = [(n.kind.value, n.command, n.front, n.back) for n in draft(text).notes]
    assert got == [
        ("command", "rsync", "rsync -a -n", "copy a tree"),
        ("flag", "rsync", "-n", "rsync only shows what it would do"),
    ]
    # a flag the line does not pass is no flag of the line
    other = text.replace("`-n`\nmeans", "`-q`\nmeans")
    assert not [n for n in draft(other).notes if n.front == "-q"]


def test_a_sentence_saying_where_something_is_kept_is_the_thing_and_its_path() -> None:
    text = (
        "# Editor\n\n"
        "## Plugins\n\n"
        "Optional plugins are kept in `~/.editor/pack/opt/{name}`.\n\n"
        "The log lives in `/var/log/editor.log`\n\n"
        "It is stored in `~/.editor/cache/x`.\n"
    )
    assert facts(text) == [
        (5, "concept", None, "Optional plugins", "~/.editor/pack/opt/{name}"),
        (7, "concept", None, "The log", "/var/log/editor.log"),
    ]
    # a pronoun or "everything" names no term
    assert not [n for n in facts("# Editor\n\nEverything is installed in `/opt/editor/bin`.\n") if n[3] == "Everything"]


def test_a_term_then_its_definition_quoted_right_under_it() -> None:
    text = (
        "# Notes\n\n"
        "[LIFO](https://example.com/lifo) is:\n\n"
        "> A stack in which the last item in is the first out. It is used for undo.\n\n"
        "The syntax is:\n\n"
        "```sh\n"
        "tac file.txt\n"
        "```\n"
    )
    got = facts(text)
    assert got[0] == (5, "concept", None, "LIFO", "A stack in which the last item in is the first out")
    # "X is:" over a code block still leads into the block, no quote defines it
    assert [n[1] for n in got[1:]] != ["concept"]
    # without a quote right under it nothing defines the term
    assert all(n[3] != "A mutex" for n in facts("# Notes\n\nA mutex is:\n\nsomething to read about.\n"))


def test_two_terms_defined_in_two_sentences_of_one_line_make_no_card_joining_them() -> None:
    # "`HEAD` means …. `main` would mean …": the second sentence defines another term; one card made
    # 'HEAD → means the commit you are on. main would mean the branch.'
    for line in ("`HEAD` means the commit you are on. `main` would mean the branch.",
                 "`dir` is any name; `start` is for autoloading."):
        text = f"# Git\n\nSome words.\n\n{line}\n"
        assert [n for n in draft(text).notes if n.line == 5 and "\n" not in n.back and n.front in ("HEAD", "dir")
                and ("main" in n.back or "start" in n.back)] == [], line
    # one term defined in two sentences is still one card
    text = "# Git\n\nSome words.\n\n`HEAD` means the commit you are on. It moves with every commit.\n"
    assert [n.front for n in draft(text).notes if n.line == 5] == ["HEAD"]
