"""A code block of keys, each with its meaning after a gap, a colon, a dash or an arrow
(quizzer/extract/key_rows.py), in examples of our own (x-keys4)."""

from __future__ import annotations

from conftest import draft as _draft, facts as _facts


def test_keys_and_meanings_joined_by_a_colon_or_a_dash_in_a_fence() -> None:
    text = (
        "## 자주 쓰는 키\n\n"
        "```\nCtrl+Shift+N : 새 폴더\nF2 : 이름 바꾸기\n```\n\n"
        "```text\nAlt+Tab  - 창 전환\nWin+L, Enter  -> 잠금\n```\n"
    )
    assert _facts(text) == [
        (4, "command", None, "Ctrl+Shift+N", "새 폴더"),
        (5, "command", None, "F2", "이름 바꾸기"),
        (9, "command", None, "Alt+Tab", "창 전환"),
        (10, "command", None, "Win+L, Enter", "잠금"),
    ]


def test_a_block_with_a_line_that_is_no_key_row_is_not_read_as_keys() -> None:
    text = "## 설정\n\n```\nport : 8080\nCtrl+S : 저장\n```\n"
    assert not [n for n in _draft(text).notes if n.reason == "key and its meaning on one row of a code block"]


def test_an_indented_arrow_line_under_a_row_goes_on_from_it_and_is_warned_not_joined() -> None:
    # x-f35en2: "         => press n to …" under a row says something more the key leads to; its own fact, not the
    # row's (joined, the card would hold two), and no reason to leave the other rows unread
    text = (
        "# screen\n\n## Look back\n\n```bash\nCtrl+a [ => enter copy mode\nCtrl+a ] => paste the buffer\n"
        "          => press q to leave it\n```\n"
    )
    assert _facts(text) == [
        (6, "command", "screen", "Ctrl+a [", "enter copy mode"),
        (7, "command", "screen", "Ctrl+a ]", "paste the buffer"),
    ]
    assert [w.line for w in _draft(text).warnings] == [8]


def test_an_arrow_line_not_indented_or_after_a_blank_line_is_no_row_going_on() -> None:
    # written at the margin it is no continuation (and no row): the block is not read as keys at all
    flush = "# screen\n\n## Look back\n\n```bash\nCtrl+a [ => enter copy mode\nCtrl+a ] => paste the buffer\n=> q\n```\n"
    assert not [n for n in _draft(flush).notes if n.reason == "key and its meaning on one row of a code block"]
    apart = (
        "# screen\n\n## Look back\n\n```bash\nCtrl+a [ => enter copy mode\nCtrl+a ] => paste the buffer\n\n"
        "          => press q to leave it\n```\n"
    )
    assert not [n for n in _draft(apart).notes if n.reason == "key and its meaning on one row of a code block"]


def test_a_last_sentence_pressing_another_key_is_left_off_the_row_and_warned() -> None:
    # x-f35en2: "… Hit enter" presses Enter after the row's key: a step of its own, not what this key does
    text = (
        "# screen\n\n## Find\n\n```\nCtrl+a [ => enter copy mode\nCtrl+a / => then type the word. Hit enter\n```\n"
    )
    assert _facts(text) == [
        (6, "command", "screen", "Ctrl+a [", "enter copy mode"),
        (7, "command", "screen", "Ctrl+a /", "then type the word"),
    ]
    assert [w.line for w in _draft(text).warnings] == [7]


def test_a_sentence_after_the_meaning_that_presses_nothing_stays() -> None:
    text = "# screen\n\n## Find\n\n```\nCtrl+a [ => enter copy mode. Scroll with the arrows\nCtrl+a ] => paste\n```\n"
    assert _facts(text)[0][4] == "enter copy mode. Scroll with the arrows"
