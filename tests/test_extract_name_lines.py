"""A manual's NAME line quoted as a paragraph: the program, a dash or two, what it does (quizzer/extract/name_lines.py;
issue 6, x-f33ko1); our own examples."""

from __future__ import annotations

from conftest import draft


def _cards(text: str) -> list[tuple[int, str, str, str | None, str]]:
    return [(n.line, n.kind.value, n.front, n.command, n.back) for n in draft(text).notes]


def test_a_bold_name_two_dashes_and_words_is_what_the_program_does() -> None:
    text = "# grep 메모\n\n## 요약\n\n**grep** -- print lines that match patterns\n"
    assert _cards(text) == [(5, "command", "grep", "grep", "print lines that match patterns")]


def test_one_dash_and_a_name_in_backticks_read_the_same() -> None:
    text = "# 메모\n\n## 요약\n\n`sort` - sort lines of text files\n"
    assert _cards(text) == [(5, "command", "sort", "sort", "sort lines of text files")]


def test_a_command_line_ending_its_options_with_two_dashes_stays_a_command_line() -> None:
    # "git checkout -- README.md": a file after the dashes, no words saying what the program does
    text = "# 메모\n\n## 되돌리기\n\n`git checkout -- README.md`\n"
    assert all(n.front != "git" for n in draft(text).notes)


def test_a_name_no_table_knows_is_not_read() -> None:
    text = "# 메모\n\n## 요약\n\n**frobnicate** -- turn the widgets around\n"
    assert all(n.front != "frobnicate" for n in draft(text).notes)
