"""A question answered by an option at its end (issue 6, x-f29en2).

``- How do I print only the hex digits? `-p```: in notes that name their command, the question is what the
option is for, an option note whose back is the question.  Examples of our own.
"""

from __future__ import annotations

from conftest import draft as _draft, facts as _facts


_NOTES = "# od\n\nQA:\n\n- How do I show each byte as a named character? `-c`\n- Which option skips the first bytes? `-j`\n"


def test_each_question_is_what_its_option_is_for() -> None:
    assert _facts(_NOTES) == [
        (5, "option", "od", "-c", "How do I show each byte as a named character?"),
        (6, "option", "od", "-j", "Which option skips the first bytes?"),
    ]


def test_the_answer_inside_bold_with_the_end_of_the_question() -> None:
    text = "# od\n\n- How do I show each byte as **a named character? `-c`**\n"
    assert _facts(text) == [(3, "option", "od", "-c", "How do I show each byte as a named character?")]


def test_a_table_row_of_the_same_option_is_kept_with_it_as_one_note() -> None:
    text = _NOTES + "\n## Flags\n\n| Flag | Description |\n| --- | --- |\n| `-c` | Named characters. |\n"
    assert [f for f in _facts(text) if f[3] == "-c"] == [
        (5, "option", "od", "-c", "How do I show each byte as a named character?\nNamed characters."),
    ]


def test_an_answer_that_is_a_command_line_is_left_to_the_other_readers() -> None:
    text = "# od\n\n- How do I dump a file in hex? `od -x file`\n"
    assert [f for f in _facts(text) if f[1] == "option"] == []


def test_a_statement_ending_in_an_option_is_no_question() -> None:
    text = "# od\n\n- Named characters are shown with `-c`\n"
    assert [f for f in _facts(text) if f[4].endswith("?")] == []


def test_notes_naming_no_command_warn_about_the_option() -> None:
    text = "Notes\n\n- How do I show each byte as a named character? `-c`\n"
    assert _facts(text) == []
    assert [w.line for w in _draft(text).warnings] == [3]


def test_a_question_asking_why_is_warned_not_carded() -> None:
    text = "# od\n\n- Why does the offset print in octal? `-A`\n"
    assert [f for f in _facts(text) if f[3] == "-A"] == []
    assert 3 in [w.line for w in _draft(text).warnings]
