"""Shapes met in the English half of the nineteenth fresh set (x-f19en), each in examples of our own: a heading
over a database client's backslash command alone."""

from __future__ import annotations

from conftest import draft


def _notes(text: str) -> list[tuple[int, str, str | None, str, str]]:
    return [(n.line, n.kind.value, n.command, n.front, n.back) for n in draft(text).notes]


def test_a_heading_over_the_client_s_backslash_command_alone_says_what_it_does() -> None:
    text = (
        "# mysql notes\n"
        "## show the server's status\n"
        "`\\s`\n\n"
        "## to use another database\n"
        "`\\u shop`\n\n"
        "## warning list\n"
        "`\\W`\n\n"
        "## Gotcha\n"
        "`\\c`\n"
    )
    assert _notes(text) == [
        (2, "command", "mysql", "\\s", "show the server's status"),
        (5, "command", "mysql", "\\u shop", "to use another database"),
        (8, "command", "mysql", "\\W", "warning list"),
    ]


def test_a_backslash_under_a_heading_of_notes_about_no_client_is_not_its_command() -> None:
    text = "# C strings\n## new line\n`\\n`\n\n## tab\n`\\t`\n"
    assert not [n for n in draft(text).notes if n.command in ("psql", "mysql")]
    text = "# psql\n## Escapes in strings\n`\\n`\n"  # a letter psql has no command of, under a heading on strings
    assert not [n for n in draft(text).notes if n.front == "\\n"]


def test_a_wish_then_what_to_do_under_a_command_s_heading_is_no_meaning_of_it() -> None:
    text = (
        "## Shell notes\n### alias\n"
        "If you want `t` to open your last session, add this line to `.bashrc`\n\n"
        "```\nalias t='tmux attach'\n```\n\n"
        "### grep\nIf you want to search text, use grep with -r for folders.\n\n"
        "### ls\nLists the files of a folder.\n"
    )
    notes = _notes(text)
    assert [(n[0], n[3]) for n in notes if n[3] in ("alias", "grep", "ls")] == [(10, "grep"), (13, "ls")]
    assert 3 in [w.line for w in draft(text).warnings]


def test_a_key_set_apart_on_its_own_line_is_said_by_the_first_bullet_under_it() -> None:
    text = (
        "# ranger\n\n> https://example.org/ranger-keys\n\n"
        '"CTRL-H"\n\n'
        "- show or hide the dot files\n"
        "- `$SHOW_HIDDEN`\n\n"
        "**Alt+J**\n\n"
        "- jump to a bookmark\n"
    )
    assert _notes(text) == [
        (7, "command", "ranger", "CTRL-H", "show or hide the dot files"),
        (12, "command", "ranger", "Alt+J", "jump to a bookmark"),
    ]


def test_a_quoted_word_or_a_label_over_a_list_is_no_key() -> None:
    text = (
        '# Notes\n\n"Fast"\n\n- it starts in a second\n\n**Summary**\n\n- three tools compared\n\n'
        "Press this:\n\n**Ctrl+S**\n- save\n\n"  # the key's line right above the list, no blank line: a paragraph of both
        '"Cmd+Q"\n\n- (macOS only)\n'  # a remark on the key, not what it does
    )
    assert not [n for n in draft(text).notes if n.reason == "key set apart on a line, the bullet under it saying what it does"]


def test_bullets_saying_what_comes_after_the_key_are_no_meaning_of_it() -> None:
    # (review7 [key-label-prefix-steps]) a prefix's bullets are the keys that follow it; steps after a key are
    # what to do next, not what the key does
    text = (
        "# screen\n\n> my setup\n\n"
        "**Ctrl+A**\n\n- then `|` to split the window\n- then `Tab` to move between regions\n\n"
        "**Alt+X**\n\n- press `Esc` twice to leave\n\n"
        "**Ctrl+G**\n\n- rings the bell\n- or `Ctrl+H` for the help\n\n"
        "**Ctrl+Q**\n\n- resumes output, as `stty start` does\n"
    )
    assert [(n[0], n[3], n[4]) for n in _notes(text)] == [(21, "Ctrl+Q", "resumes output, as stty start does")]


def test_bullets_led_by_a_key_of_their_own_are_keys_after_the_label_not_its_meaning() -> None:
    # (review7 [key-label-subkey-item]) "Tab: …" under a chord is the chord then Tab, not what the chord does
    text = (
        "# my editor\n\n> keys I use\n\n"
        "**Ctrl+K**\n\n- Tab: indent the selection\n- Enter: open it below\n\n"
        "**Alt+P**\n\n- `Esc` - leave the picker\n\n"
        "**Ctrl+O**\n\n- F3 → search again\n\n"
        "**Ctrl+W**\n\n- closes the tab: unsaved files ask first\n"
    )
    assert [(n[0], n[3], n[4]) for n in _notes(text)] == [(20, "Ctrl+W", "closes the tab: unsaved files ask first")]


def test_a_first_bullet_saying_where_the_key_works_is_no_meaning_of_it() -> None:
    # (review7 [key-label-first-bullet-remark]) "works in …" / "… 둘 다 됨" say where the key works, a state
    text = (
        "# editor keys\n\n> keys I use\n\n"
        "**Ctrl+Alt+N**\n\n- works in every tab group\n- opens a scratch buffer\n\n"
        "**Ctrl+Shift+K**\n\n- 윈도우와 리눅스 모두 됨\n- 줄 전체를 지운다\n\n"
        "**Alt+Shift+M**\n\n- 맥에서만 가능\n\n"
        "**Ctrl+Alt+B**\n\n- runs on any layout\n\n"
        "**Ctrl+Shift+E**\n\n- 파일 탐색기로 이동\n- 어디서든 됨\n\n"  # the doing first, the remark second: still read
        "**Ctrl+Alt+S**\n\n- runs the saved search again\n\n"  # "runs" of a doing, not where
        "**Ctrl+Alt+D**\n\n- 변경 내용 저장됨\n"  # a word ending in 됨, not the word 됨 alone
    )
    assert [(n[0], n[3], n[4]) for n in _notes(text)] == [
        (25, "Ctrl+Shift+E", "파일 탐색기로 이동"),
        (30, "Ctrl+Alt+S", "runs the saved search again"),
        (34, "Ctrl+Alt+D", "변경 내용 저장됨"),
    ]
