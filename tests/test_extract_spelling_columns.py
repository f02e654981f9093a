"""A table of options with a column for each spelling, short and long (quizzer/extract/spelling_columns.py), its rows
also written with no header (pipe_rows), and the program a file's name starts with owning them when the notes name
none (knowledge.file_program), in examples of our own (x-f31en1)."""

from __future__ import annotations

from conftest import draft, facts, warned

from quizzer.extract import extract

_TABLE = (
    "# wget\n\n"
    "## Downloading\n\n"
    "| Short | Long | Description |\n"
    "| ----- | ---- | ----------- |\n"
    "| `-q` | `--quiet` | Turn off **all** output |\n"  # 7
    "| `-O FILE` | `–-output-document=FILE` | Write the download to `FILE` |\n"  # 8
    "| `-c` | `-–continue` | Resume a partly downloaded file |\n"  # 9
    "|  | `--no-clobber` | Keep files that already exist |\n"  # 10
)


def test_each_row_is_an_option_with_both_spellings() -> None:
    assert facts(_TABLE) == [
        (7, "option", "wget", "-q, --quiet", "Turn off all output"),
        (8, "option", "wget", "-O, --output-document", "Write the download to FILE"),
        (9, "option", "wget", "-c, --continue", "Resume a partly downloaded file"),
        (10, "option", "wget", "--no-clobber", "Keep files that already exist"),
    ]
    written = next(note for note in draft(_TABLE).notes if note.line == 8)
    assert "-O FILE" in written.answers or "--output-document=FILE" in written.answers


def test_a_cell_that_is_no_spelling_makes_no_card() -> None:
    text = _TABLE.replace("| `-c` | `-–continue` |", "| `-c` | resume |")
    assert [line for line, *_ in facts(text)] == [7, 8, 10]
    assert 9 in warned(text)


def test_rows_with_no_header_are_the_same_table() -> None:
    text = "# wget\n\n## Output\n\n| `-q` | `--quiet` | Turn off all output |\n| `-v` | `--verbose` | Say more |\n"
    assert facts(text) == [
        (5, "option", "wget", "-q, --quiet", "Turn off all output"),
        (6, "option", "wget", "-v, --verbose", "Say more"),
    ]
    # three cells of anything else stay a paragraph of text: no option table
    assert [fact for fact in facts("# wget\n\n| -a | b | c d |\n| -d | e | f g |\n") if fact[1] == "option"] == []


def test_the_file_name_says_whose_options_when_the_notes_name_none() -> None:
    text = "# Flags\n\n| Short | Long | Description |\n| --- | --- | --- |\n| `-q` | `--quiet` | Turn off all output |\n"
    notes = extract(text, deck="t", source="notes/03-wget-flags.md").notes
    assert [(n.kind.value, n.command, n.front) for n in notes] == [("option", "wget", "-q, --quiet")]
    # a name whose first word is no program, or notes whose code runs another program: whose options is not sure
    assert extract(text, deck="t", source="notes/my-flags.md").notes == ()
    ran = text + "\n```\n$ curl -s https://example.com\n```\n"
    assert [n for n in extract(ran, deck="t", source="wget.md").notes if n.kind.value == "option"] == []


def test_a_heading_naming_a_kind_of_thing_names_no_program() -> None:
    # "## Type of output": the noun, not the shell's type
    text = "# Flags\n\n## Type of output\n\n| Short | Long | Description |\n| --- | --- | --- |\n| `-q` | `--quiet` | Turn off all output |\n"
    assert facts(text) == []
    assert 7 in warned(text)
