"""Shapes met in the English half of the twenty-second fresh set (x-f22en), each in examples of our own: a
self-documented Makefile kept under a markdown name."""

from __future__ import annotations

from conftest import draft


def _notes(text: str) -> list[tuple[int, str, str | None, str, str]]:
    return [(n.line, n.kind.value, n.command, n.front, n.back) for n in draft(text).notes]


_MAKEFILE = (
    ".PHONY: lint bench help\n"
    "SRC := src\n\n"
    "define SHOW_HELP\n"
    "import sys\n"
    "print(sys.argv)\n"
    "endef\n\n"
    "help:\n"
    "\t@python -c \"$$SHOW_HELP\"\n\n"
    "lint: fmt ## check the *style* of every module\n"
    "\tflake8 $(SRC)\n\n"
    "bench:  ## time the parser on the sample files\n"
    "\tpython bench.py\n"
    "\tpython report.py\n\n"
    "fmt:\n"
    "\tblack $(SRC)\n"
)


def test_a_self_documented_makefile_gives_each_documented_target() -> None:
    assert _notes(_MAKEFILE) == [
        (12, "command", "make", "make lint", "check the *style* of every module"),
        (15, "command", "make", "make bench", "time the parser on the sample files"),
    ]


def test_a_makefile_kept_whole_is_one_code_block() -> None:
    from quizzer.extract.blocks import prepare
    from quizzer.extract.makefiles import is_makefile

    assert is_makefile(_MAKEFILE)
    assert prepare(_MAKEFILE) == "\n".join("    " + line if line else line for line in _MAKEFILE.split("\n"))


def test_a_note_showing_headings_and_tabs_is_no_makefile() -> None:
    from quizzer.extract.makefiles import is_makefile

    note = "# Build\n\n## lint\n\nRun it:\n\n\tflake8 src\n\nclean: ## remove artifacts\n"
    assert not is_makefile(note)
    # documented targets but no recipe under any: a list someone wrote, not a Makefile
    assert not is_makefile("lint: ## check style\nbench: ## time it\n# where it runs\n\tin the shell\n")
    # one documented target is too few to tell
    assert not is_makefile("lint: ## check style\n\tflake8 src\n")


_GITCONFIG = (
    "[alias]\n\n"
    "    st = status\n\n"
    "    # ----------------------------------\n\n"
    "    # Amend the last commit, keeping its message.\n\n"
    "    fix = commit --amend --no-edit\n\n"
    "    # ----------------------------------\n\n"
    "    # Push the branch and open a pull request.\n"
    "    #\n"
    "    # https://example.com/how-we-review\n"
    "    # Note: needs the hub program on the PATH.\n\n"
    "    pr = \"!f() { \\\n"
    "        fix = not an alias; \\\n"
    "        git push -u origin HEAD; \\\n"
    "    }; f\"\n\n"
    "    # Shortcuts\n\n"
    "    ci = commit\n\n"
    "[pull]\n\n"
    "    # Rebase local work on top of what was fetched.\n"
    "    rebase = true\n"
)


def test_a_bare_gitconfig_is_read_as_its_aliases_and_commented_settings() -> None:
    assert _notes(_GITCONFIG) == [
        (7, "command", "git fix", "git fix", "Amend the last commit, keeping its message"),
        (13, "command", "git pr", "git pr", "Push the branch and open a pull request"),
        (29, "concept", None, "pull.rebase", "Rebase local work on top of what was fetched"),
    ]


def test_a_config_file_in_ini_form_is_one_code_block() -> None:
    from quizzer.extract.bare_scripts import as_code

    assert as_code(_GITCONFIG) == "\n".join("    " + line if line else line for line in _GITCONFIG.split("\n"))
    assert as_code("[alias]\n\nThese are my aliases:\n    co = checkout\n    br = branch\n") is None  # prose
    assert as_code("[link]: https://example.com\n") is None
    assert as_code("[core]\n    editor = vim\n") is None  # one setting is too few to tell


def test_a_comment_over_a_blank_line_needs_to_be_a_sentence_of_its_own() -> None:
    text = "# aliases\n\n```ini\n[alias]\n  # Handy shortcuts\n\n  co = checkout\n  # Undo the last commit.\n\n  undo = reset HEAD~\n```\n"
    assert [(n[0], n[3], n[4]) for n in _notes(text)] == [(8, "git undo", "Undo the last commit")]


_ROFF = (
    '.\\" the page of frob\n'
    '.TH "FROB" "1" "2024-01-01" "" "frob"\n'
    ".SH NAME\n"
    "\\fBfrob\\fR \\- tidy a working tree\n"
    ".SH SYNOPSIS\n"
    ".B frob COMMAND [OPTIONS]\n"
    ".SH USAGE\n"
    ".nf\n"
    "frob sweep          # remove editor backups\n"
    ".sp\n"
    "frob sweep \\-n      # say what would go\n"
    ".fi\n"
    ".SH COMMANDS\n"
    ".TP\n"
    "\\fBfrob-sweep\\fR(1)\n"
    "Remove the files nobody tracks.\n"
    ".SH OPTIONS\n"
    ".TP\n"
    ".B \\-q, \\-\\-quiet\n"
    "Say nothing unless something\n"
    "goes wrong.\n"
    ".TS\n"
    "tab(|);\n"
    "l l.\n"
    "a|b\n"
    ".TE\n"
    ".SH AUTHOR\n"
    "Someone \\fB<someone@example.com>\\fR\n"
)


def test_a_roff_man_page_is_read_as_the_markdown_it_means() -> None:
    notes = _notes(_ROFF)
    assert (4, "command", "frob", "frob", "tidy a working tree") in notes
    assert (16, "command", "frob sweep", "frob sweep", "Remove the files nobody tracks.") in notes
    assert (20, "option", "frob", "-q, --quiet", "Say nothing unless something goes wrong.") in notes
    assert (9, "command", "frob", "frob sweep", "remove editor backups") in notes
    assert not [n for n in notes if "example.com" in n[4] or n[0] > 21]


def test_roff_lines_become_markdown_in_place() -> None:
    from quizzer.extract.roff import as_markdown, is_roff

    assert is_roff(_ROFF)
    assert not is_roff("# Notes on roff\n\nA page starts with .TH and has .SH sections.\n")
    assert not is_roff(".TH alone\nno section\n")
    lines = as_markdown(_ROFF).split("\n")
    assert len(lines) == len(_ROFF.split("\n"))
    assert lines[2:6] == ["## NAME", "frob - tidy a working tree", "## SYNOPSIS", "frob COMMAND [OPTIONS]"]
    assert lines[7:12] == ["```", "frob sweep          # remove editor backups", "", "frob sweep -n      # say what would go", "```"]
    assert lines[19:21] == ["- -q, --quiet: Say nothing unless something", "  goes wrong."]
    assert not any(lines[21:26])


_DOCOPT = (
    '"""usage: pip download [options] <requirement>\n'
    "\n"
    "    -h, --help\n"
    "    -q, --quiet           say nothing while copying\n"
    "\n"
    "Transfer options\n"
    "    -j, --jobs <n>\n"
    "                          how many files to copy at once\n"
    "    --checksum            compare files by their checksum\n"
    "                          (slower, but sure)\n"
    '"""\n'
    "from docopt import docopt\n"
    "\n"
    "print(docopt(__doc__))\n"
)


def test_a_program_with_its_help_as_docstring_gives_its_usage_and_options() -> None:
    assert _notes(_DOCOPT) == [
        (1, "syntax", "pip download", "pip download", "pip download [options] <requirement>"),
        (4, "option", "pip download", "-q, --quiet", "say nothing while copying"),
        (8, "option", "pip download", "-j, --jobs", "how many files to copy at once"),
        (9, "option", "pip download", "--checksum", "compare files by their checksum (slower, but sure)"),
    ]


def test_a_usage_docstring_becomes_markdown_in_place() -> None:
    from quizzer.extract.usage_docstrings import as_markdown, is_usage_docstring

    assert is_usage_docstring(_DOCOPT)
    assert not is_usage_docstring('"""Tidy a tree.\n\nusage: tool sync\n"""\nimport os\n')  # no options
    assert not is_usage_docstring("# Notes\n\nusage: tool sync\n    -q, --quiet   say less\n    -v   say more\n")
    lines = as_markdown(_DOCOPT).split("\n")
    assert len(lines) == len(_DOCOPT.split("\n"))
    assert lines[0] == "usage: pip download [options] <requirement>"
    assert lines[6:10] == ["", "- -j, --jobs <n>: how many files to copy at once", "- --checksum: compare files by their checksum", "  (slower, but sure)"]
    assert not any(lines[10:])


_REFERENCE_PAGE = (
    "import Shared from './_shared.mdx';\n\n"
    "# vault secret rotate\n\n"
    "Rotates the secret of a vault app\n\n"
    "## Usage\n\n"
    "```sh\n"
    "acme vault secret rotate [options]\n"
    "```\n\n"
    "## Options\n\n"
    "```md definition-list\n"
    "`-n, --name <name>`\n"
    ": The name of the app whose secret to rotate.\n\n"
    "`--keep [keep]`\n"
    ": How many old secrets to keep.\n"
    "```\n\n"
    "<Shared />\n\n"
    "## Response\n\n"
    "The command returns nothing on success.\n"
)


def test_a_command_reference_page_is_about_the_command_its_usage_types() -> None:
    from quizzer.extract.man_pages import command_of

    assert command_of(_REFERENCE_PAGE) == "acme vault secret rotate"
    # the usage line must type the title's words after a program
    assert command_of(_REFERENCE_PAGE.replace("acme vault secret rotate [options]", "acme rotate [options]")) is None
    command = "acme vault secret rotate"
    assert _notes(_REFERENCE_PAGE) == [
        (5, "command", command, command, "Rotates the secret of a vault app"),
        (10, "syntax", command, command, "acme vault secret rotate [options]"),
        (16, "option", command, "-n, --name", "The name of the app whose secret to rotate."),
        (19, "option", command, "--keep", "How many old secrets to keep."),
    ]


def test_a_fence_labelled_md_definition_list_is_the_markdown_it_holds() -> None:
    from quizzer.extract.blocks import prepare

    text = "# x\n\n```md definition-list\n`-a`\n: all of them\n```\n\n```md\n`-b`\n: shown as markdown source\n```\n"
    lines = prepare(text).split("\n")
    assert lines[2:6] == ["", "`-a`", ": all of them", ""]
    assert lines[7] == "```md"  # a plain md fence stays a fence: its markdown is shown, not meant


def test_an_alternating_font_request_joins_its_arguments() -> None:
    page = (
        '.TH FROB 1\n.SH NAME\nfrob \\- tidy a working tree\n.SH SYNOPSIS\n.B frob [OPTIONS]\n.SH OPTIONS\n'
        '.TP\n.BR \\-v , " \\-\\-verbose"\nSay each file as it goes.\n'
    )
    assert (9, "option", "frob", "-v, --verbose", "Say each file as it goes.") in _notes(page)


def test_a_fenced_self_documented_makefile_gives_each_documented_target() -> None:
    text = "# Building\n\nThe targets:\n\n```makefile\n" + _MAKEFILE + "```\n"
    assert [n for n in _notes(text) if n[1] == "command"] == [
        (17, "command", "make", "make lint", "check the *style* of every module"),
        (20, "command", "make", "make bench", "time the parser on the sample files"),
    ]
