"""``### …싶다면?`` / ``- `-a` 옵션을 추가하여 실행`` over the line passing ``-a``: the flag does the task the heading
asks for (issue 6, x-f30ko); our own examples."""

from __future__ import annotations

from conftest import draft as _draft

from quizzer.extract.asked_flags import REASON


def _notes(text: str) -> list[tuple[int, str, str | None, str, str]]:
    return [(n.line, n.kind.value, n.command, n.front, n.back) for n in _draft(text).notes]


def test_the_flag_and_the_line_do_the_task_the_heading_asks_for() -> None:
    text = (
        "# ls 메모\n\n"
        "### 숨김 파일까지 보고 싶다면?\n"
        "- `-a` 옵션을 추가하여 명령어를 실행하면 됩니다.\n"
        "```shell\n$ ls -l -a\n```\n"
    )
    assert _notes(text) == [
        (4, "flag", "ls", "-a", "숨김 파일까지 보고 싶다면"),
        (6, "command", "ls", "ls -l -a", "숨김 파일까지 보고 싶다면"),
    ]


def test_a_link_item_between_is_where_to_read_more_not_what_the_block_does() -> None:
    text = (
        "# ls 메모\n\n"
        "### 숨김 파일까지 보고 싶다면?\n"
        "- `-a` 옵션을 붙여서 실행한다.\n"
        "- [숨김 파일이란](https://example.org/dotfiles)\n"
        "```shell\n$ ls -a\n```\n"
    )
    assert [(n.front, n.back, n.reason) for n in _draft(text).notes] == [
        ("-a", "숨김 파일까지 보고 싶다면", REASON), ("ls -a", "숨김 파일까지 보고 싶다면", REASON),
    ]


def test_a_bare_url_item_over_a_block_is_where_to_read_more_too() -> None:
    # rv20: '- https://…' written bare (no brackets) was the card's back
    text = "# git 정리\n\n## 파일 목록\n\n- https://git-scm.com/docs/git-ls-files\n```\ngit ls-files\n```\n"
    assert [(n.front, n.back) for n in _draft(text).notes] == [("git ls-files", "파일 목록")]


def test_an_item_saying_more_than_to_add_the_flag_or_a_heading_asking_nothing_is_not_read_so() -> None:
    for text in (
        # the item says what the flag does itself: read by the other rules, not as adding it for the heading's task
        "# ls 메모\n\n### 숨김 파일까지 보고 싶다면?\n- `-a` 옵션을 추가하면 점으로 시작하는 파일도 나온다.\n"
        "```shell\n$ ls -a\n```\n",
        # the heading names a topic, no task
        "# ls 메모\n\n### 숨김 파일\n- `-a` 옵션을 추가하여 실행하면 됩니다.\n```shell\n$ ls -a\n```\n",
        # the line does not pass the flag
        "# ls 메모\n\n### 숨김 파일까지 보고 싶다면?\n- `-a` 옵션을 추가하여 실행하면 됩니다.\n```shell\n$ ls -l\n```\n",
    ):
        assert not [n for n in _draft(text).notes if n.reason == REASON]
