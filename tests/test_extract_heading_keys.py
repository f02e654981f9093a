"""A heading that says what a shortcut does and the keys under it (quizzer/extract/heading_keys.py),
in examples of our own (x-keys4): one note per heading, every platform's keys a right answer."""

from __future__ import annotations

from conftest import draft as _draft, warned as _warned


def _notes(text: str) -> list[tuple[int, str, str | None, str, str, tuple[str, ...]]]:
    return [(n.line, n.kind.value, n.command, n.front, n.back, n.answers) for n in _draft(text).notes]


def test_a_key_per_platform_under_an_action_heading_is_one_note() -> None:
    text = (
        "# Browser shortcuts\n\n"
        "## Reopen the last closed tab:\n"
        "`Mac` <kbd>Cmd</kbd>+<kbd>Shift</kbd>+<kbd>T</kbd>\n\n"
        "`Windows` <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>T</kbd>\n\n"
        "## Zoom in\n"
        "**Linux:** `Ctrl` + `+`\n"
    )
    assert _notes(text) == [
        (3, "command", None, "Cmd+Shift+T (Mac), Ctrl+Shift+T (Windows)", "Reopen the last closed tab",
         ("Cmd+Shift+T", "Ctrl+Shift+T")),
        (8, "command", None, "Ctrl++ (Linux)", "Zoom in", ("Ctrl++",)),
    ]


def test_the_same_keys_on_every_platform_are_written_once() -> None:
    text = "## Toggle the sidebar\n`macOS` <kbd>F9</kbd>\n\n`Windows` <kbd>F9</kbd>\n"
    assert _notes(text) == [(1, "command", None, "F9", "Toggle the sidebar", ("F9",))]


def test_alternatives_and_keys_pressed_in_turn() -> None:
    text = (
        "# tmux\n\n"
        "## Split the pane side by side\n<kbd>Ctrl</kbd>+<kbd>b</kbd> <kbd>%</kbd>\n\n"
        "## Scroll a page up or down\n<kbd>PgUp</kbd> | <kbd>PgDn</kbd>\n"
    )
    assert _notes(text) == [
        (3, "command", "tmux", "Ctrl+b %", "Split the pane side by side", ("Ctrl+b %",)),
        (6, "command", "tmux", "PgUp / PgDn", "Scroll a page up or down", ("PgUp", "PgDn")),
    ]


def test_keys_under_a_heading_that_names_no_action_are_a_warning() -> None:
    text = "# Notes\n\n## Shortcuts\n<kbd>Ctrl</kbd>+<kbd>S</kbd>\n\n## Tips:\n`Ctrl`+`Z`\n"
    assert _notes(text) == []
    assert _warned(text) == [4, 7]


def test_keys_with_words_after_them_or_away_from_the_heading_are_not_this_shape() -> None:
    text = (
        "## Saving\n<kbd>Ctrl</kbd>+<kbd>S</kbd> saves the file\n\n"
        "## Closing\nFirst save your work.\n\n<kbd>Ctrl</kbd>+<kbd>W</kbd>\n"
    )
    assert not [n for n in _draft(text).notes if n.reason == "heading that says what the keys under it do"]


def test_bullets_that_name_their_platform_under_an_action_heading() -> None:
    text = "# Notes\n\n## Go to symbol\n\n- Windows: `Ctrl+Shift+O`\n- macOS: `Cmd+Shift+O`\n"
    assert _notes(text) == [
        (3, "command", None, "Ctrl+Shift+O (Windows), Cmd+Shift+O (macOS)", "Go to symbol",
         ("Ctrl+Shift+O", "Cmd+Shift+O")),
    ]


def test_the_keys_in_a_code_block_right_under_an_action_heading() -> None:
    text = "# Editor\n\n## Open the terminal panel\n\n```\nCtrl+`\n```\n\n## Notes\n\n```\nCtrl+N\n```\n"
    draft = _draft(text)
    assert _notes(text) == [(3, "command", None, "Ctrl+`", "Open the terminal panel", ("Ctrl+`",))]
    assert [w.line for w in draft.warnings] == [11]  # "Notes" names no action: the keys under it are said, not carded


def test_a_sentence_saying_only_where_to_press_one_key_takes_the_heading_as_what_it_does() -> None:
    text = (
        "# Vim 메모\n\n"
        "## 단락 이동\n명령 모드에서 `}`를 누릅니다.\n\n"
        "## 되돌리기\n`u` 키를 입력합니다.\n\n"
        "## 들여쓰기\n줄을 고른 상태에서 `>`\n\n"
        "## 창 나누기\nCtrl + w\n\n"
        "## Join lines\nIn normal mode, press `J`.\n"
    )
    assert [(line, front, back) for line, _kind, _cmd, front, back, _answers in _notes(text)] == [
        (3, "}", "단락 이동"), (6, "u", "되돌리기"), (9, ">", "들여쓰기"), (12, "Ctrl + w", "창 나누기"), (15, "J", "Join lines"),
    ]
    assert {command for _line, _kind, command, *_rest in _notes(text)} == {"vim"}


def test_a_sentence_saying_more_than_where_to_press_is_not_read_by_its_heading() -> None:
    # what pressing does, said in the sentence: its own meaning, not the heading's
    text = "# Vim 메모\n\n## 검색\n`N` 키를 누르면 이전 결과로 돌아갑니다.\n"
    assert [back for *_rest, back, _answers in _notes(text)] == ["이전 결과로 돌아갑니다"]
    # two keys in turn: which of them does the heading's task is not said
    assert _notes("# Vim 메모\n\n## 맨 위로\n`g` 다음에 `g`를 누릅니다.\n") == []
    # a case with no place or condition before the key ("`q` 위에서"): not where to press it
    assert _notes("# Vim 메모\n\n## 매크로\n녹음은 `q`\n") == []


def test_a_command_typed_under_a_heading_in_notes_of_no_editor_is_no_key() -> None:
    text = "# git 메모\n\n## 상태 보기\n터미널에서 `git status`를 입력합니다.\n"
    assert all(n.reason != "heading that says what the key pressed under it does" for n in _draft(text).notes)


def test_a_heading_that_numbers_a_step_says_nothing_the_key_under_it_does() -> None:
    # "## Step 2" / "Press `x`.": which step it is, not what pressing the key does (the card 'x → Step 2')
    for heading in ("Step 2", "단계 3", "Stage 1:"):
        text = f"# Vim 메모\n\n## {heading}\n\nPress `x`.\n"
        assert _notes(text) == [], heading
    # a heading saying a doing still is what the key does
    assert [(front, back) for _line, _kind, _cmd, front, back, _answers in _notes("# Vim 메모\n\n## Delete a character\n\nPress `x`.\n")] == [
        ("x", "Delete a character")
    ]


def test_a_chord_opening_the_command_prompt_then_the_command_typed_there_is_one_key_sequence() -> None:
    # x-f35en2: "C-a + :title <name>": the chord ending in ':' opens screen's prompt, the rest is typed at it
    text = "# screen\n\n## Name the window\n\n```\nC-a + :title <name>\n```\n"
    assert _notes(text) == [(3, "command", "screen", "C-a + :title <name>", "Name the window", ("C-a + :title <name>",))]


def test_a_colon_command_without_a_chord_before_it_is_no_key_sequence() -> None:
    # "title: <name>" is a setting's line, and ":title <name>" alone no chord: neither is read as keys of the heading
    for line in ("title: <name>", "set + title <name>"):
        text = f"# screen\n\n## Name the window\n\n```\n{line}\n```\n"
        assert all(n.reason != "heading that says what the keys under it do" for n in _draft(text).notes), line


def test_an_or_block_after_the_keys_of_a_heading_does_the_same() -> None:
    # x-f35en2: "## Task" / keys / "Or" / another chord: the second block is another way to do the heading's task
    text = "# screen\n\n## Name the window\n\n```\nC-a + :title <name>\n```\nOr\n\n```\nC-a A\n```\n"
    assert [(line, front, back) for line, _kind, _command, front, back, _answers in _notes(text)] == [
        (3, "C-a + :title <name>", "Name the window"),
        (11, "C-a A", "Name the window"),
    ]


def test_an_or_block_of_a_command_line_or_of_several_keys_after_heading_keys_is_not_read_so() -> None:
    # a line that is no chord, or two chords: which does the heading's task is not sure; the block is warned
    for block in ("screen -X title x", "C-a A\nC-a k"):
        text = f"# screen\n\n## Name the window\n\n```\nC-a A\n```\nOr\n\n```\n{block}\n```\n"
        assert [n.front for n in _draft(text).notes] == ["C-a A"], block
        assert 10 in _warned(text), block


def test_a_prompt_chord_alone_then_the_command_typed_at_it_is_one_key_sequence() -> None:
    # x-f35en2: "C-a + :" opens screen's prompt, the next line is what is typed there (the Enter after it left off);
    # what the block holds after them (a remark, another way) is warned, not read
    text = "# screen\n\n## Log the window\n\n```\nC-a + :\nlogfile run.log + enter\n# or\nlog on + enter\n```\n"
    assert _notes(text) == [
        (3, "command", "screen", "C-a + : logfile run.log", "Log the window", ("C-a + : logfile run.log",)),
    ]
    assert _warned(text) == [8]


def test_a_prompt_chord_over_a_blank_line_or_another_chord_is_not_a_typed_command() -> None:
    apart = "# screen\n\n## Log the window\n\n```\nC-a + :\n\nlogfile run.log\n```\n"
    assert all(n.front != "C-a + : logfile run.log" for n in _draft(apart).notes)
    chords = "# screen\n\n## Log the window\n\n```\nC-a + :\nC-a H\n```\n"
    assert all(" : C-a" not in n.front for n in _draft(chords).notes)
