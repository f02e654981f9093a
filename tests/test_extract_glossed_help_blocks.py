"""A ``--help`` style block opened by a ``#`` comment over its usage line (``# Number the lines of files.`` /
``nl [OPTION] FILE`` / ``    -b STYLE    which lines to number``): the comment says what the program does, the usage
line is its syntax, each row an option (x-f27en)."""

from __future__ import annotations

from conftest import facts


def test_the_comment_over_the_usage_line_says_what_the_program_does() -> None:
    text = (
        "# nl(1)\n\n```\n# Number the lines of files, then print them.\n\nnl [OPTION] FILE\n"
        "    -b STYLE     which lines to number\n    -s STRING    what to put after each number\n```\n"
    )
    assert sorted(facts(text)) == [
        (4, "command", "nl", "nl", "Number the lines of files, then print them."),
        (6, "syntax", "nl", "nl", "nl [OPTION] FILE"),
        (7, "option", "nl", "-b", "which lines to number"),
        (8, "option", "nl", "-s", "what to put after each number"),
    ]


def test_a_comment_over_lines_that_are_no_usage_line_and_rows_is_left_to_the_other_readings() -> None:
    text = "# nl(1)\n\n```\n# Number the lines.\nnl -b a notes.txt\n    -b STYLE     which lines to number\n```\n"
    assert not any(kind == "option" for _line, kind, *_ in facts(text))
