"""Editor keys written together on one line (quizzer/extract/key_pairs.py), in examples of our own.

`` `j`/`k` scroll down/up `` is two facts: each key gets the meaning with its own alternative.
Keys with no alternatives in their meaning share one note; a split that is not clear is a warning
with the line, never a card that joins two facts.
"""

from __future__ import annotations

import pytest

from quizzer.extract.key_pairs import is_key, split_meaning
from quizzer.i18n import set_language
from conftest import draft as _draft, facts as _facts, warned as _warned


# the meaning split at its slash ---------------------------------------------------------------


def test_two_keys_with_after_before_give_two_notes() -> None:
    text = "# vim\n\n* `p`/`P` puts the register after/before the cursor\n"
    assert _facts(text) == [
        (3, "command", "vim", "p", "puts the register after the cursor"),
        (3, "command", "vim", "P", "puts the register before the cursor"),
    ]


def test_three_keys_take_the_three_alternatives_in_order() -> None:
    text = "# less\n\n- `H`/`M`/`L` jump to the top/middle/bottom of the window\n"
    assert _facts(text) == [
        (3, "command", "less", "H", "jump to the top of the window"),
        (3, "command", "less", "M", "jump to the middle of the window"),
        (3, "command", "less", "L", "jump to the bottom of the window"),
    ]


def test_keys_joined_by_commas_and_korean_alternatives() -> None:
    text = "# vim\n\n- `]]`, `[[` 다음/이전 함수로 이동\n"
    assert _facts(text) == [
        (3, "command", "vim", "]]", "다음 함수로 이동"),
        (3, "command", "vim", "[[", "이전 함수로 이동"),
    ]


def test_chords_and_named_keys_split_too() -> None:
    text = "# emacs\n\n* `C-v`/`M-v` scroll forward/backward one screen\n* `Home`/`End` go to the start/end of the buffer\n"
    assert _facts(text) == [
        (3, "command", "emacs", "C-v", "scroll forward one screen"),
        (3, "command", "emacs", "M-v", "scroll backward one screen"),
        (4, "command", "emacs", "Home", "go to the start of the buffer"),
        (4, "command", "emacs", "End", "go to the end of the buffer"),
    ]


def test_spaced_slash_between_with_and_without() -> None:
    text = "# kak\n\n* `y`/`A-y` copies the text with / without the newline\n"
    assert _facts(text) == [
        (3, "command", "kak", "y", "copies the text with the newline"),
        (3, "command", "kak", "A-y", "copies the text without the newline"),
    ]


def test_whole_phrases_either_side_of_the_slash_when_words_would_repeat() -> None:
    text = "# vim\n\n* `:x`/`:x!` writes / force writes\n* `w`/`b` next word/previous word\n"
    assert _facts(text) == [
        (3, "command", "vim", ":x", "writes"),
        (3, "command", "vim", ":x!", "force writes"),
        (4, "command", "vim", "w", "next word"),
        (4, "command", "vim", "b", "previous word"),
    ]


def test_slashes_inside_code_or_parentheses_are_not_the_alternatives() -> None:
    text = "# less\n\n* `n`/`N` repeat the search forward/backward (after `/` or `?`)\n"
    assert _facts(text) == [
        (3, "command", "less", "n", "repeat the search forward (after / or ?)"),
        (3, "command", "less", "N", "repeat the search backward (after / or ?)"),
    ]


def test_a_program_name_among_keys_is_a_key() -> None:
    text = "# helix\n\n* `gh`/`gl` jump to line start/end\n"  # gh is also GitHub's command-line program
    assert [(f[3], f[4]) for f in _facts(text)] == [("gh", "jump to line start"), ("gl", "jump to line end")]


def test_the_split_in_a_paragraph_of_key_lines() -> None:
    text = "# nano\n\n`M-u`/`M-e` undo/redo  \n`C-k` : cut the line\n"
    assert _facts(text) == [
        (3, "command", "nano", "M-u", "undo"),
        (3, "command", "nano", "M-e", "redo"),
        (4, "command", "nano", "C-k", "cut the line"),
    ]


# no split: one meaning for all, or a warning -----------------------------------------------------


def test_keys_without_alternatives_share_one_note() -> None:
    draft = _draft("# vim\n\n* `x`, `X`, `<Del>` keys delete characters\n")
    assert [(n.front, n.back, n.answers) for n in draft.notes] == [
        ("x, X, <Del>", "keys delete characters", ("x", "X", "<Del>")),
    ]


def test_aliases_joined_by_a_bar_are_one_note() -> None:
    draft = _draft("# vim\n\n* `:x`|`:exit` writes if changed, then quits\n")
    assert [(n.command, n.front, n.back, n.answers) for n in draft.notes] == [
        ("vim", ":x, :exit", "writes if changed, then quits", (":x", ":exit")),
    ]


def test_two_groups_that_could_each_be_the_split_are_a_warning() -> None:
    text = "# vim\n\n## Scroll\n\n* `zt`/`zb` put the line at top/bottom of the window/screen\n"
    assert _facts(text) == []
    assert _warned(text) == [5]


def test_alternatives_of_another_number_than_the_keys_are_a_warning() -> None:
    text = "# vim\n\n* `gj`/`gk`/`g0` move down/up a screen line\n"
    assert _facts(text) == []
    assert _warned(text) == [3]


def test_a_key_that_is_another_key_with_a_count_is_a_warning_not_a_card() -> None:
    text = "# vim\n\n* `G`/`<n>G` go to the last/nth line\n"
    draft = _draft(text)
    assert [(n.front, n.back) for n in draft.notes] == [("G", "go to the last line")]
    assert [w.line for w in draft.warnings] == [3] and "<n>G" in draft.warnings[0].message


def test_the_warnings_read_in_korean() -> None:
    set_language("ko")  # the suite sets English back after each test
    draft = _draft("# vim\n\n* `gj`/`gk`/`g0` move down/up a screen line\n")
    assert "가를 수 없어" in draft.warnings[0].message


# two keys told one after the other ---------------------------------------------------------------


def test_two_keys_told_in_turn_on_one_line_are_two_notes() -> None:
    text = "# less\n\n* `F` follows the file as it grows, and `q` stops following\n"
    assert _facts(text) == [
        (3, "command", "less", "F", "follows the file as it grows"),
        (3, "command", "less", "q", "stops following"),
    ]


def test_a_key_named_inside_a_meaning_is_not_a_second_fact() -> None:
    text = "# vim\n\n* `;` repeats the last `f` jump, forward\n* `&` repeats the last `:s` on the line\n"
    assert [(f[3], f[4]) for f in _facts(text)] == [
        (";", "repeats the last f jump, forward"), ("&", "repeats the last :s on the line"),
    ]


# one key whose meaning the `term: description` reading turned down -------------------------------


def test_one_key_with_a_parenthesis_or_slash_early_in_its_meaning() -> None:
    text = "# kak\n\n* `d` deletes (cuts) the selection\n* `:` opens the prompt\n* `m` start/end a selection\n"
    assert _facts(text) == [
        (3, "command", "kak", "d", "deletes (cuts) the selection"),
        (4, "command", "kak", ":", "opens the prompt"),
        (5, "command", "kak", "m", "start/end a selection"),
    ]


def test_vim_key_names_in_angle_brackets_are_keys_not_terms() -> None:
    text = "# vim\n\n* `<C-w>` : 창 전환\n* `\"<x>` : 레지스터 x 고르기\n"
    assert _facts(text) == [
        (3, "command", "vim", "<C-w>", "창 전환"),
        (4, "command", "vim", '"<x>', "레지스터 x 고르기"),
    ]


# outside an editor's notes nothing changes ---------------------------------------------------------


def test_outside_an_editors_notes_slash_paired_code_is_not_split() -> None:
    text = "# Notes\n\n* `up`/`down` scale the service up/down\n"
    assert not [f for f in _facts(text) if f[3] in ("up", "down")]


# the pieces --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [("gg", True), ("C-b", True), ("A-.", True), ("<Esc>", True), ("<n>gg", True), (":q(uit)!", True),
     ("PageDown", True), ("space-Y", True), ("F5", True), ("ls", False), ("-v", False), ("docker ps", False),
     ("hello", False)],
)
def test_is_key(text: str, key: bool) -> None:
    assert is_key(text) is key


def test_split_meaning() -> None:
    assert split_meaning(2, "scroll up/down") == ["scroll up", "scroll down"]
    assert split_meaning(2, "scroll up") is None
    assert split_meaning(2, "up/down and left/right") is None
    assert split_meaning(3, "a/b") is None


def test_and_or_is_no_pair_of_alternatives() -> None:
    draft = _draft("# vim\n\n* `x`, `X` delete and/or yank a character\n")
    assert [(n.front, n.back) for n in draft.notes] == [("x, X", "delete and/or yank a character")]


def test_keys_glossed_with_equals_in_a_section_about_the_editor_split_too() -> None:
    text = "# 리눅스 정리\n\n## 파일\n\n- `ls` 목록 보기\n\n### vim 사용법\n\n- `w`/`b` = 다음/이전 단어로\n- `dd` = 줄 삭제\n"
    facts = [f for f in _facts(text) if f[2] == "vim"]
    assert facts == [
        (9, "command", "vim", "w", "다음 단어로"),
        (9, "command", "vim", "b", "이전 단어로"),
        (10, "command", "vim", "dd", "줄 삭제"),
    ]


# keys in a table -----------------------------------------------------------------------------------


KEY_TABLE = """# vim

| Key | Action |
|---|---|
| `zj` / `zk` | jump to the next/previous fold |
| `yy` | copy the line |
| `J`, `gJ` | join lines |
| `Ctrl-e`/`Ctrl-y` | scroll the window down/up one line |
"""


def test_keys_in_a_table_are_the_editors_and_pairs_split() -> None:
    assert _facts(KEY_TABLE) == [
        (5, "command", "vim", "zj", "jump to the next fold"),
        (5, "command", "vim", "zk", "jump to the previous fold"),
        (6, "command", "vim", "yy", "copy the line"),
        (7, "command", "vim", "J, gJ", "join lines"),
        (8, "command", "vim", "Ctrl-e", "scroll the window down one line"),
        (8, "command", "vim", "Ctrl-y", "scroll the window up one line"),
    ]


# keys written in parts, in bold, in turn, and searches -------------------------------------------------


def test_a_chord_written_in_parts_is_one_key() -> None:
    text = "# nano\n\n- `Ctrl` + `o` : 파일 저장\n- <kbd>Alt</kbd>+<kbd>u</kbd> : 되돌리기\n"
    assert _facts(text) == [
        (3, "command", "nano", "Ctrl+o", "파일 저장"),
        (4, "command", "nano", "Alt+u", "되돌리기"),
    ]


def test_keys_in_bold_written_together_split() -> None:
    text = "# vim\n\n- **x** / **r** : 지우기 / 바꾸기\n- **u** : 되돌리기\n"
    assert _facts(text) == [
        (3, "command", "vim", "x", "지우기"),
        (3, "command", "vim", "r", "바꾸기"),
        (4, "command", "vim", "u", "되돌리기"),
    ]


def test_keys_pressed_in_turn_are_one_key_as_written() -> None:
    text = "# tmux\n\n- `Ctrl-b` then `%` : split the window left and right\n"
    assert _facts(text) == [(3, "command", "tmux", "Ctrl-b then %", "split the window left and right")]


def test_a_search_typed_with_its_pattern_is_a_key() -> None:
    text = "# less\n\n- `/word` : find word below\n- `?word` : find word above\n"
    assert _facts(text) == [
        (3, "command", "less", "/word", "find word below"),
        (4, "command", "less", "?word", "find word above"),
    ]


def test_a_keys_line_no_rule_reads_is_a_warning_not_dropped_silently() -> None:
    draft = _draft("# vim\n\n* `q` 4\n* `zf` : fold lines\n")
    assert [(n.line, n.front) for n in draft.notes] == [(4, "zf")]
    assert [w.line for w in draft.warnings] == [3] and "q" in draft.warnings[0].message


def test_the_same_word_either_side_of_the_slash_makes_whole_phrases() -> None:
    text = "# vim\n\n* `u`/`C-r` 실행 취소 / 다시 실행\n"
    assert _facts(text) == [
        (3, "command", "vim", "u", "실행 취소"),
        (3, "command", "vim", "C-r", "다시 실행"),
    ]


# a program's name among keys, terminal emulators' keys, arrow-key names --------------------------


def test_a_program_name_between_key_lines_is_a_key_of_the_notes_program() -> None:
    # "gh" is GitHub's CLI and "go" a compiler, but between lines of ranger's keys each is a key of ranger
    text = "# Ranger\n\n`gk` - go up\n`gh` - jump home ~\n`gl` - go to log\n`go` - open with\n`gx` - exit\n"
    assert _facts(text) == [
        (3, "command", "ranger", "gk", "go up"),
        (4, "command", "ranger", "gh", "jump home ~"),
        (5, "command", "ranger", "gl", "go to log"),
        (6, "command", "ranger", "go", "open with"),
        (7, "command", "ranger", "gx", "exit"),
    ]


def test_a_program_name_not_between_keys_stays_that_program() -> None:
    # "du" followed by prose and preceded by a key: one key beside it is not enough to read it as one
    text = "# Ranger\n\n`gk` - go up\n`du` - disk usage of a folder\nSee the manual for more.\n"
    assert [f[2:4] for f in _facts(text)] == [("ranger", "gk"), ("du", "du")]


@pytest.mark.parametrize("program", ["wezterm", "kitty", "alacritty"])
def test_a_terminal_emulator_heading_owns_its_keys(program: str) -> None:
    text = f"# {program.title()}\n\n- `CTRL-SHIFT-T` - open a tab\n- `ArrowLeft` or `ArrowRight` - move a cell\n"
    assert [f[:4] for f in _facts(text)][0] == (3, "command", program, "CTRL-SHIFT-T")
    assert all(f[2] == program and f[1] == "command" for f in _facts(text))


def test_arrow_key_names_are_keys() -> None:
    for name in ("ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "ALT-ArrowLeft"):
        assert is_key(name)


def test_a_single_tilde_is_the_home_folder_not_a_strikethrough() -> None:
    from quizzer.extract.terms import strip_markers

    assert strip_markers("cd ~") == "cd ~"
    assert strip_markers("~/.profile") == "~/.profile"
    assert strip_markers("~~gone~~") == "gone"
    text = "# vim\n\n- `gH` - cd ~\n"
    assert _facts(text) == [(3, "command", "vim", "gH", "cd ~")]


def test_a_lone_dash_is_a_key_an_option_is_not() -> None:
    assert is_key("-")
    assert not is_key("-x")
    text = "# ranger\n\n`zz` - center\n`+` or `-` - grow or shrink the pane\n`zq` - quit\n"
    assert (4, "command", "ranger", "+, -", "grow or shrink the pane") in _facts(text)  # one note, each key an answer
