"""A reStructuredText man page (Sphinx's: underlined titles, a bold synopsis, rST option lists, directives) kept under
a markdown name is read as the markdown it means (quizzer.extract.rst, x-f23en), with a page of our own."""

from __future__ import annotations

from quizzer.extract import rst
from tests.conftest import facts

PAGE = (
    ":orphan:\n"                                                     # 1
    "\n"
    "frobnicate manual page\n"                                       # 3
    "======================\n"
    "\n"
    "Synopsis\n"                                                     # 6
    "--------\n"
    "\n"
    "**frobnicate** [*options*] <*input*>\n"                         # 9
    "\n"
    "Description\n"                                                  # 11
    "-----------\n"
    "\n"
    ":program:`frobnicate` is a tool that turns widgets into gadgets.\n"  # 14
    "\n"
    ".. note::\n"                                                    # 16
    "\n"
    "   ``frobnicate`` reads the whole input first.\n"              # 18
    "\n"
    "Options\n"                                                      # 20
    "-------\n"
    "\n"
    "-o <dir>         Directory to write the gadgets to.  It is made\n"  # 23
    "                 when missing.\n"
    "-q, --quiet      Print nothing but errors.\n"                   # 25
    "\n"
    "See also\n"
    "--------\n"
    "\n"
    ":manpage:`widget(1)`\n"
)


def test_an_rst_man_page_gives_its_command_syntax_and_options() -> None:
    assert [(line, kind, command, front) for line, kind, command, front, _ in facts(PAGE)] == [
        (9, "syntax", "frobnicate", "frobnicate"),
        (14, "command", "frobnicate", "frobnicate"),
        (23, "option", "frobnicate", "-o"),
        (25, "option", "frobnicate", "-q, --quiet"),
    ]
    backs = {front: back for _, _, _, front, back in facts(PAGE)}
    assert backs["-o"] == "Directory to write the gadgets to. It is made when missing."


def test_the_page_keeps_every_line_where_it_was() -> None:
    markdown = rst.as_markdown(PAGE)
    assert markdown.count("\n") == PAGE.count("\n")
    assert markdown.split("\n")[19] == "## OPTIONS" and markdown.split("\n")[17] == ""  # the note's body is blank


def test_markdown_with_setext_headings_is_not_rst() -> None:
    text = "Title\n=====\n\nSome `code`.\n\nPart\n----\n\n# A heading\n\n- `-q`: quiet\n"
    assert not rst.is_rst(text)
    assert not rst.is_rst("Title\n=====\n\nText.\n\nPart\n----\n\nMore text.\n")  # no directive, no role
