"""A command line on an item, and the item nested under it glossing one of its flags ("- `-f` 옵션: …") (issue 6,
x-f27ko).  Examples are our own."""

from __future__ import annotations

from conftest import draft


def _notes(text: str) -> list[tuple[int, str, str | None, str, str]]:
    return [(n.line, n.kind.value, n.command, n.front, n.back) for n in draft(text).notes]


def test_the_nested_item_glosses_the_flag_not_the_line() -> None:
    text = "## 로그\n\n- `journalctl -f <UNIT>`\n  - `-f` 옵션: 끝나지 않고 새 로그를 계속 출력 📌\n"
    assert _notes(text) == [(4, "flag", "journalctl", "-f", "끝나지 않고 새 로그를 계속 출력")]


def test_under_a_wish_heading_the_line_keeps_the_heading_and_the_flag_its_gloss() -> None:
    text = "## 로그\n\n#### 2. 새 로그도 보고 싶다\n- `journalctl -f <UNIT>`\n  - `-f`: 계속해서 따라감\n"
    assert _notes(text) == [
        (4, "command", "journalctl", "journalctl -f", "새 로그도 보고 싶다"),
        (5, "flag", "journalctl", "-f", "계속해서 따라감"),
    ]


def test_a_flag_the_line_does_not_pass_is_no_gloss_of_it() -> None:
    text = "## 로그\n\n- `journalctl -f <UNIT>`\n  - `-r` 옵션: 최근 것부터\n"
    assert all(front != "-r" for _, _, _, front, _ in _notes(text))
