"""Sample input written into the line a note teaches: ``diff <(sort a.txt) <(sort b.txt)`` (process substitution)
and ``echo -e 'x\\ny' | sort -r`` in notes about sort (echo's text piped into the notes' program).  The line is
the program's that reads the input, written whole (x-f27en)."""

from __future__ import annotations

from conftest import facts

from quizzer.shell import concrete, tokenize


def test_a_process_substitution_is_a_word_of_its_own_typed_as_written() -> None:
    line = "diff <(sort a.txt) <(sort b.txt)"
    assert tokenize(line) == ("diff", "<(sort a.txt)", "<(sort b.txt)")
    assert concrete(line) == line
    assert concrete("cat <file>") == "cat"  # a placeholder in angle brackets still leaves


def test_a_commented_line_reading_two_substitutions_keeps_them_on_its_card() -> None:
    text = "# diff\n\n```sh\n# compare two lists in any order\ndiff <(sort a.txt) <(sort b.txt)\n```\n"
    assert [(command, front) for _line, kind, command, front, _back in facts(text) if kind == "command"] == [
        ("diff", "diff <(sort a.txt) <(sort b.txt)"),
    ]


def test_text_echoed_into_the_notes_program_is_that_programs_example() -> None:
    text = "# sort(1)\n\n```sh\n# reverse the order\necho -e 'b\\na' | sort -r\n```\n"
    assert [(command, front) for _line, kind, command, front, _back in facts(text) if kind == "command"] == [
        ("sort", "echo -e 'b\\na' | sort -r"),
    ]


def test_text_echoed_into_another_program_stays_echos_line() -> None:
    text = "# sort(1)\n\n```sh\n# count the words\necho -e 'b a' | wc -w\n```\n"
    assert [command for _line, kind, command, _front, _back in facts(text) if kind == "command"] == ["echo"]
