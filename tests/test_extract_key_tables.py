"""Tables of actions and the keys that do them, a column per platform (quizzer/extract/key_tables.py),
in examples of our own (x-keys4)."""

from __future__ import annotations

from conftest import draft as _draft


def _notes(text: str) -> list[tuple[int, str, str | None, str, str, tuple[str, ...]]]:
    return [(n.line, n.kind.value, n.command, n.front, n.back, n.answers) for n in _draft(text).notes]


def test_a_column_of_keys_per_platform() -> None:
    text = (
        "# Music player\n\n"
        "| 기능 | Windows / Linux | macOS |\n|---|---|---|\n"
        "| 다음 곡 | Ctrl+Right | Cmd+→ |\n"
        "| 음소거 | F8 | F8 |\n"
        "| 미니 플레이어 | - | Cmd+Shift+M |\n"
    )
    assert _notes(text) == [
        (5, "command", None, "Ctrl+Right (Windows / Linux), Cmd+→ (macOS)", "다음 곡", ("Ctrl+Right", "Cmd+→")),
        (6, "command", None, "F8", "음소거", ("F8",)),
        (7, "command", None, "Cmd+Shift+M (macOS)", "미니 플레이어", ("Cmd+Shift+M",)),
    ]


def test_the_action_first_then_a_column_of_keys() -> None:
    text = "| Action | Shortcut |\n|---|---|\n| Toggle play | Space |\n| Seek back | J or Left |\n"
    assert _notes(text) == [
        (3, "command", None, "Space", "Toggle play", ("Space",)),
        (4, "command", None, "J or Left", "Seek back", ("J", "Left")),
    ]


def test_a_row_whose_cells_are_not_keys_is_a_warning() -> None:
    text = "| Action | Windows | Mac |\n|---|---|---|\n| Scroll | mouse wheel | two-finger swipe |\n"
    draft = _draft(text)
    assert draft.notes == ()
    assert [w.line for w in draft.warnings] == [3]


def test_a_table_keyed_by_its_first_column_is_not_this_shape() -> None:
    text = "| 단축키 | 설명 |\n|---|---|\n| `Ctrl+K` | 링크 넣기 |\n"
    assert _notes(text) == [(3, "command", None, "Ctrl+K", "링크 넣기", ("Ctrl+K",))]
    assert _draft(text).notes[0].reason != "table of actions and the keys that do them"


def test_short_keys_in_a_key_column_are_keys_of_the_app_not_programs() -> None:
    text = "# Video site\n\n| 키 | 동작 |\n|---|---|\n| `k` | 재생/일시정지 |\n| `Shift+N` | 다음 영상 |\n"
    assert _notes(text) == [
        (5, "command", None, "k", "재생/일시정지", ("k",)),
        (6, "command", None, "Shift+N", "다음 영상", ("Shift+N",)),
    ]


def test_a_dash_entry_under_a_key_header_in_notes_about_a_pager_is_typed_inside_it_x_f6a() -> None:
    text = (
        "# less\n\n```\nless -S file.log\n```\n\n"
        "| Key | Command |\n|-----|---------|\n"
        "| g | Go to First Line |\n"
        "| -S | Toggle line wrapping while reading |\n"
    )
    notes = [(n.kind.value, n.command, n.front, n.back) for n in _draft(text).notes if n.front in ("g", "-S")]
    assert ("command", "less", "-S", "Toggle line wrapping while reading") in notes
    assert not [n for n in _draft(text).notes if n.kind.value == "option"]


def test_a_heading_naming_an_app_over_a_table_of_keys_names_the_keys_program() -> None:
    # setext headings, one app each, over "| 키 | 기능 |" tables (x-f10)
    text = (
        "기본\n---\n| 키 | 기능 |\n|---|---|\n| cmd + s | 저장 |\n\n"
        "vsCode\n---\n| 키 | 기능 |\n|---|---|\n| cmd + p | 파일 열기 |\n\n"
        "firefox\n---\n| 키 | 기능 |\n|---|---|\n| cmd + l | 주소창 선택 |\n\n"
        "계산기앱\n---\n| 키 | 기능 |\n|---|---|\n| cmd + c | 결과 복사 |\n\n"
        "Telegram3\n---\n| 키 | 기능 |\n|---|---|\n| cmd + k | 대화 검색 |\n"
    )
    assert [(n.command, n.front, n.back) for n in _draft(text).notes] == [
        (None, "cmd + s", "저장"),
        ("vsCode", "cmd + p", "파일 열기"),
        ("firefox", "cmd + l", "주소창 선택"),
        ("계산기앱", "cmd + c", "결과 복사"),
        ("Telegram3", "cmd + k", "대화 검색"),
    ]


def test_a_heading_naming_a_group_of_keys_or_a_platform_names_no_program() -> None:
    text = (
        "## Navigation\n\n| Key | Meaning |\n|---|---|\n| Ctrl+Home | go to the top |\n\n"
        "## editing\n\n| Key | Meaning |\n|---|---|\n| Ctrl+D | duplicate line |\n\n"
        "## macOS\n\n| Action | Shortcut |\n|---|---|\n| Lock screen | Ctrl+Cmd+Q |\n\n"
        "## Finder\n\n| 키 | 기능 |\n|---|---|\n| Cmd+Shift+. | 숨김 파일 보기 |\n\n"
        "## 창 관리\n\n| 키 | 기능 |\n|---|---|\n| Cmd+M | 최소화 |\n"
    )
    assert [n.command for n in _draft(text).notes] == [None, None, None, None, None]


def test_a_plural_or_a_word_for_a_kind_of_keys_in_lower_case_names_no_app() -> None:
    # "## tips", "## buffers" under a cheat sheet of keys: groups, not programs (r-review's finding)
    text = (
        "# Keyboard cheatsheet\n\n"
        "## tips\n\n| Key | Meaning |\n|---|---|\n| Ctrl+R | search the history |\n\n"
        "## buffers\n\n| Key | Meaning |\n|---|---|\n| Ctrl+^ | the other buffer |\n\n"
        "## panes\n\n| Key | Meaning |\n|---|---|\n| Ctrl+W w | next pane |\n\n"
        "## usage\n\n| Key | Meaning |\n|---|---|\n| F1 | help |\n"
    )
    assert [n.command for n in _draft(text).notes] == [None, None, None, None]


def test_a_table_of_single_letter_keys_in_notes_about_top_is_tops() -> None:
    # (x-f33ko1) top is a full-screen program with keys of its own (knowledge.KEY_PROGRAMS)
    text = "# top 명령어\n\n```\n$ top\n```\n\n| 단축키 | 설명 |\n|:---:|:---|\n| `M` | 메모리 순으로 정렬 |\n| `P` | CPU 순으로 정렬 |\n"
    assert [(line, command, front, back) for line, _, command, front, back, _ in _notes(text)] == [
        (9, "top", "M", "메모리 순으로 정렬"), (10, "top", "P", "CPU 순으로 정렬"),
    ]
