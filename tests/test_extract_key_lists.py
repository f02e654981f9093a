"""Shortcut keys listed under a heading that says so (issue 6 pattern 8, x-ko2), examples of our own."""

from __future__ import annotations

from conftest import draft as _draft, facts as _facts


def test_keys_under_a_shortcut_heading_are_keys_of_no_program() -> None:
    text = (
        "# 터미널 메모\n\n## 🔑 단축키\n\n"
        "- `Esc` : 입력 취소 ⭐️\n"
        "- `Ctrl(⌃)` + `R` : 이전 명령어 검색 🔥\n"
        "- `Alt + B` : 한 단어 뒤로 이동\n"
    )
    assert _facts(text) == [
        (5, "command", None, "Esc", "입력 취소"),
        (6, "command", None, "Ctrl(⌃) + R", "이전 명령어 검색"),
        (7, "command", None, "Alt + B", "한 단어 뒤로 이동"),
    ]
    [ctrl] = [n for n in _draft(text).notes if n.line == 6]
    assert "Ctrl + R" in ctrl.answers  # typed without the sign in parentheses, it is right too


def test_keys_under_a_heading_of_an_editor_are_that_editors() -> None:
    text = "# nano\n\n## Keyboard shortcuts\n\n- `Ctrl + O` : 파일 저장\n"
    assert _facts(text) == [(5, "command", "nano", "Ctrl + O", "파일 저장")]


def test_the_same_items_under_another_heading_are_not_read_as_keys() -> None:
    text = "## 자주 쓰는 것\n\n- `Tab` : 들여쓰기 문자\n"
    assert not any(kind == "command" for _, kind, _, _, _ in _facts(text))


def test_a_word_that_is_no_key_under_a_keys_heading_is_not_made_a_key() -> None:
    text = "## Shortcuts\n\n- `gst` : git status의 별칭\n"
    assert not any(reason == "key in a list of shortcut keys" for reason in (n.reason for n in _draft(text).notes))
