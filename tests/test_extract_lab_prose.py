"""Lab notes led by prose: the values a placeholder of the line above may take ("Where `ACTION` is one of:"),
an item saying what a word of the line above is, and an option's gloss whose later sentence tells the default
(quizzer/extract/placeholder_values.py, cribs.definition_item, option_values.without_remark), in examples of our
own (x-f12)."""

from __future__ import annotations

from conftest import draft as _draft


def _notes(text: str) -> list[tuple[int, str, str | None, str, str]]:
    return [(n.line, n.kind.value, n.command, n.front, n.back) for n in _draft(text).notes]


def test_the_values_of_a_placeholder_are_sub_commands() -> None:
    text = (
        "## Reports\n\n"
        "The general form is:\n\n"
        "```bash\n"
        "nmap-report ACTION scan.xml\n"
        "```\n\n"
        "Where `ACTION` is one of:\n\n"
        "* `list-hosts` - Print every host that answered\n"
        "* `list-ports` - Print the open ports of each host\n\n"
        "These are enough for most scans.\n"
    )
    assert _notes(text)[1:] == [
        (11, "command", "nmap-report", "nmap-report list-hosts", "Print every host that answered"),
        (12, "command", "nmap-report", "nmap-report list-ports", "Print the open ports of each host"),
    ]


def test_a_word_not_in_the_line_above_starts_no_list_of_values() -> None:
    text = (
        "```bash\n"
        "nmap-report ACTION scan.xml\n"
        "```\n\n"
        "Where `MODE` is one of:\n\n"
        "* `fast` - Skip the slow checks\n"
    )
    assert not [n for n in _draft(text).notes if n.front == "nmap-report fast"]


def test_an_item_saying_what_a_word_of_the_line_above_is() -> None:
    text = (
        "### Scan a host\n\n"
        "```bash\n"
        "nmap -p 22 scanme\n"
        "```\n\n"
        "The arguments are:\n\n"
        "* `scanme` is the host name you want to scan for open ports.\n"
        "* `banana` is a yellow fruit that grows in bunches.\n"
    )
    notes = _notes(text)
    assert (9, "flag", "nmap", "scanme", "is the host name you want to scan for open ports.") in notes
    assert (10, "concept", None, "banana", "is a yellow fruit that grows in bunches.") in notes


def test_a_later_sentence_about_the_default_is_not_the_options_meaning() -> None:
    text = (
        "# curl\n\n"
        "## Options\n\n"
        "* `--compressed` - Asks for a compressed response and unpacks it. By default curl asks for none.\n"
        "* `--silent` - By default curl shows a progress meter; this hides it.\n"
    )
    draft = _draft(text)
    assert [(n.front, n.back) for n in draft.notes] == [
        ("--compressed", "Asks for a compressed response and unpacks it."),
        ("--silent", "By default curl shows a progress meter; this hides it."),
    ]
    assert [w.line for w in draft.warnings] == [5]


def test_lines_each_under_its_own_comment_keep_their_comment_alone_under_a_task_heading() -> None:
    text = (
        "#### Add packages\n\n"
        "```bash\n"
        "# from the registry\n"
        "$ pip install requests\n"
        "# from a folder\n"
        "$ pip install ./mypkg\n"
        "# wheel\n"
        "$ pip install ./mypkg-1.0-py3-none-any.whl\n"
        "```\n"
    )
    assert [(n.front, n.back) for n in _draft(text).notes] == [
        ("pip install requests", "from the registry"),
        ("pip install ./mypkg", "from a folder"),
        ("pip install ./mypkg-1.0-py3-none-any.whl", "wheel"),
    ]
    two = text.replace("# wheel\n$ pip install ./mypkg-1.0-py3-none-any.whl\n", "")
    assert [n.back for n in _draft(two).notes] == ["Add packages (from the registry)", "Add packages (from a folder)"]


def test_switches_of_a_dos_style_help_block() -> None:
    rows = "\n".join([
        "/usr/bin/zip -h",
        "```",
        "-a     keep all files",
        "-b#### block size, in kilobytes",
        "-P+    pack tightly",
        "-P-    do not pack",
        "-c     make a new archive",
        "-dname",
        "       The name of the archive. Example:",
        "               -dbackup.zip",
        "-e     encrypt",
        "-f     freshen the files",
        "-?     this screen",
        "?      this screen",
        "```",
    ]).split("\n", 1)[1]
    draft = _draft(f"# zip\n\n## Switches\n\n{rows}\n")
    assert [(n.front, n.back) for n in draft.notes] == [
        ("-a", "keep all files"), ("-b", "block size, in kilobytes"), ("-P+", "pack tightly"), ("-P-", "do not pack"),
        ("-c", "make a new archive"), ("-dname", "The name of the archive. Example: -dbackup.zip"),
        ("-e", "encrypt"), ("-f", "freshen the files"), ("-?", "this screen"),
    ]
    assert [w.line for w in draft.warnings] == [17]  # "?      this screen": one line of another shape


def test_command_lines_of_an_unknown_program_glossed_in_parentheses_in_a_column() -> None:
    text = (
        "The viewer can be started with one of these command lines:\n\n"
        "  - pview file.pdf  (All platforms: open the window)\n"
        "  - pviewc file.pdf  (Linux: print the pages as text)\n"
        "  - pviewer files  (reads them in turn)\n"
    )
    assert _notes(text) == [
        (3, "command", "pview", "pview file.pdf", "All platforms: open the window"),
        (4, "command", "pviewc", "pviewc file.pdf", "Linux: print the pages as text"),
        (5, "command", "pviewer", "pviewer files", "reads them in turn"),
    ]
    alone = "Start it so:\n\n- pview file.pdf (open the window)\n"
    assert _notes(alone) == []  # one item, no column: a program quizzer does not know needs more than that


def test_option_lines_in_a_block_as_blogs_print_them() -> None:
    text = (
        "# The `ogg123` command\n\n"
        "## Syntax:\n\n"
        "```\n$ ogg123 [flags] file\n```\n\n"
        "## Options:\n\n"
        "```\n"
        "-q, –quiet : Print nothing but errors.\n"
        "-k, –skip=# : Start # seconds into the file.\n"
        "–device=NAME : Play on that device.\n"
        "```\n"
    )
    assert [(n.command, n.front, n.back) for n in _draft(text).notes][1:] == [
        ("ogg123", "-q, --quiet", "Print nothing but errors."),
        ("ogg123", "-k, --skip", "Start # seconds into the file."),
        ("ogg123", "--device", "Play on that device."),
    ]


def test_a_sentence_naming_two_flags_over_a_line_using_both() -> None:
    text = (
        "## Watching DNS\n"
        "The `-n` option keeps addresses as numbers and with the `-c` option we stop after that many packets.\n\n"
        "```\n"
        "tcpdump -n -c 20 port 53\n"
        "```\n"
    )
    assert [(n.kind.value, n.front, n.back) for n in _draft(text).notes] == [
        ("flag", "-n", "keeps addresses as numbers"),
        ("flag", "-c", "we stop after that many packets."),
    ]
