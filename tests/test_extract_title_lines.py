"""A task title over notes that hold one command line (title_lines.py), in examples of our own: the title says
what the line does."""

from __future__ import annotations

from conftest import draft, facts

from quizzer.extract.title_lines import REASON


def _notes(title: str, code: str = "$ date +%s\n\n1733220000\n") -> str:
    return (
        f"# {title}\n"
        "\n"
        "A colleague showed me this one the other day.\n"
        "\n"
        "```sh\n"
        f"{code}"
        "```\n"
    )


def test_the_task_title_says_what_the_one_line_does() -> None:
    notes = facts(_notes("Print The Current Unix Time"))
    assert (1, "command", "date", "date +%s", "Print The Current Unix Time") in notes
    assert not [n for n in notes if n[3] == "date +%s" and "colleague" in n[4]]


def test_a_topic_title_says_nothing_of_the_line() -> None:
    assert not [n for n in facts(_notes("Unix Time")) if n[0] == 1]


def test_with_two_command_lines_the_title_is_the_notes_not_one_lines() -> None:
    two = "$ date +%s\n$ date -u\n"
    assert not [n for n in facts(_notes("Print The Current Unix Time", two)) if n[0] == 1]


def test_a_korean_title_naming_a_problem_is_what_the_one_line_fixes() -> None:
    for head, line in (("# 터미널 한글 깨짐 문제\n", 1), ("---\ntitle: 터미널 한글 깨짐 문제\n---\n", 1),
                       ("Title: 터미널 한글 깨짐 문제\nDate: 2020-01-01\n", 1)):
        text = head + "\n설정 하나면 된다.\n\n```bash\n$ export LANG=ko_KR.UTF-8\n```\n"
        assert [(n.line, n.front, n.back, n.reason) for n in draft(text).notes] == [
            (line, "export LANG=ko_KR.UTF-8", "터미널 한글 깨짐 문제", REASON)
        ]


def test_a_korean_title_naming_no_problem_or_notes_of_two_lines_are_not_read_so() -> None:
    for text in (
        "# 터미널 한글 설정\n\n```bash\n$ export LANG=ko_KR.UTF-8\n```\n",
        "# 터미널 한글 깨짐 문제\n\n```bash\n$ export LANG=ko_KR.UTF-8\n$ locale\n```\n",
    ):
        assert not [n for n in draft(text).notes if n.reason == REASON]


def test_a_line_continued_with_backslashes_is_the_one_line_the_title_says() -> None:
    code = "rsync -av --delete \\\n  --exclude .git \\\n  src/ backup/\n"
    assert (1, "command", "rsync", "rsync -av --delete --exclude .git src/ backup/", "Copy A Folder To A Backup") in facts(
        _notes("Copy A Folder To A Backup", code))


def test_text_above_saying_what_the_program_can_be_used_to_do_describes_the_line_instead_of_the_title() -> None:
    text = (
        "# Copy Only Changed Files\n\nThe `rsync` tool can be used to copy only the files that changed since the last run.\n\n"
        "```sh\nrsync -av --delete src/ backup/\n```\n"
    )
    assert facts(text) == [(6, "command", "rsync", "rsync -av --delete src/ backup/",
                            "The rsync tool can be used to copy only the files that changed since the last run.")]
