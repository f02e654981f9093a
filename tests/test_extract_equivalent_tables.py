"""A table of equivalent command lines, one program a column (issue 6, x-f29en2).

``apt | dnf`` over ``| `apt install vim` | `dnf install vim` |``: the second column's line is what each row
teaches, its back the first column's line (the reverse card asks the other way).  Examples of our own.
"""

from __future__ import annotations

from conftest import facts as _facts


_TABLE = (
    "---\ntitle: apt and dnf\n---\n\n"
    "apt | dnf\n--- | ---\n"
    "`apt install vim` | `dnf install vim`\n"
    "`apt remove vim` |\t`dnf remove vim` \n"
    "`apt list --installed` | `dnf list installed`\n"
    "`/usr/lib/apt/apt-helper` | `dnf repoquery`\n"
)


def test_each_row_is_the_second_programs_line_meaning_the_first() -> None:
    assert _facts(_TABLE) == [
        (7, "command", "dnf install", "dnf install vim", "apt install vim"),
        (8, "command", "dnf remove", "dnf remove vim", "apt remove vim"),
        (9, "command", "dnf list", "dnf list installed", "apt list --installed"),
        (10, "command", "dnf repoquery", "dnf repoquery", "/usr/lib/apt/apt-helper"),
    ]


def test_the_same_table_with_outer_pipes() -> None:
    text = "| apt | dnf |\n| --- | --- |\n| `apt install vim` | `dnf install vim` |\n"
    assert _facts(text) == [(3, "command", "dnf install", "dnf install vim", "apt install vim")]


def test_a_header_that_names_no_program_of_its_column_is_another_table() -> None:
    text = "| Command | Description |\n| --- | --- |\n| `apt install vim` | `dnf install vim` |\n"
    assert [f for f in _facts(text) if f[3] == "dnf install vim"] == []


def test_a_second_column_line_of_another_program_is_no_equivalence() -> None:
    text = "apt | dnf\n--- | ---\n`apt install vim` | `dnf install vim`\n`apt update` | `yum update`\n"
    assert [f for f in _facts(text) if f[4] in ("apt install vim", "apt update")] == []


def test_a_cell_with_words_beside_its_code_is_no_equivalence() -> None:
    text = "apt | dnf\n--- | ---\n`apt install vim` | `dnf install vim` (same)\n"
    assert [f for f in _facts(text) if f[4] == "apt install vim"] == []
