"""Marks a writer puts in notes that are no terms and no keys (issue 6, x-f7a): footnotes in notes about an
editor, footnote marks in a table's key cell, to-do markers, a letter numbering lines, a clause opening with
"If", and values numbered in turn under a lead-in.  Examples are our own."""

from __future__ import annotations

from conftest import draft, facts

_EDITOR_FOOTNOTES = """# Kakoune

- `x`: select the line[^1]
- `%`: select the whole buffer

[^1]: 누르면 줄 끝까지 선택
[^2]: 버전 2024 기준
"""


def test_a_footnote_in_notes_about_an_editor_is_no_key() -> None:
    made = draft(_EDITOR_FOOTNOTES)
    assert [(n.line, n.front) for n in made.notes] == [(3, "x"), (4, "%")]
    assert [w.line for w in made.warnings] == [6, 7]
    assert "'[^1]' marks a footnote" in made.warnings[0].message


def test_a_footnote_mark_in_a_key_cell_is_not_part_of_the_key() -> None:
    text = "# kak\n\n| | |\n| --- | --- |\n| `g` `h`[^1] | go to the line start |\n\n[^1]: or Home\n"
    assert facts(text)[0] == (5, "command", "kak", "g h", "go to the line start")


def test_a_to_do_marker_is_no_term() -> None:
    text = "# Notes\n\nTODO: 아래 정리하기\n\n- FIXME(lee): check the flags\n- umask: 새 파일의 기본 권한을 정하는 값\n"
    made = draft(text)
    assert [(n.line, n.front) for n in made.notes] == [(6, "umask")]
    assert [w.line for w in made.warnings] == [3, 5]
    assert "note to self" in made.warnings[0].message


def test_a_letter_numbering_lines_is_not_part_of_the_term() -> None:
    text = (
        "# Storage\n\n- **Volumes**: where data lives.\n  There are two kinds:\n"
        "  a. Bind: A bind volume maps a host folder.\n  b. Named: A named volume is managed by the engine.\n"
    )
    made = {n.front: n for n in draft(text).notes}
    assert made["Bind"].line == 5 and made["Bind"].back == "A bind volume maps a host folder."
    assert made["Named"].line == 6
    assert "a. Bind" not in made


def test_an_if_clause_is_no_term_is() -> None:
    text = "# Setup\n\n- If it is installed already, the command prints its version.\n"
    assert facts(text) == []


_VALUES = """# Neovim

- The `fold` setting takes a level:
    - `0`: no folds open
    - `1`: the first level open
    - `2`: two levels open
- `0`: go to the first column
"""


def test_numbers_in_turn_are_values_of_the_lead_in_not_keys() -> None:
    notes = draft(_VALUES).notes
    assert [(n.line, n.kind.value, n.command, n.front, n.back, n.context) for n in notes] == [
        (4, "concept", None, "0", "no folds open", "The fold setting takes a level"),
        (5, "concept", None, "1", "the first level open", "The fold setting takes a level"),
        (6, "concept", None, "2", "two levels open", "The fold setting takes a level"),
        (7, "command", "neovim", "0", "go to the first column", None),
    ]


_IN_TURN = """# vim

- <kbd>y</kbd> + <kbd>y</kbd> : `copy the line`
- <kbd>c</kbd> + <kbd>i</kbd> + <kbd>w</kbd> : `change the word under the cursor`
- <kbd>d</kbd> + <kbd>↓</kbd> : `delete this line and the next`
- <kbd>ctrl</kbd> + <kbd>w</kbd> + <kbd>arrow</kbd> : `move to the window there`
"""


def test_keys_written_with_plus_between_them_are_one_binding() -> None:
    assert [(line, command, front, back) for line, _kind, command, front, back in facts(_IN_TURN)] == [
        (3, "vim", "y+y", "copy the line"),
        (4, "vim", "c+i+w", "change the word under the cursor"),
        (5, "vim", "d+↓", "delete this line and the next"),
        (6, "vim", "ctrl+w+arrow", "move to the window there"),
    ]


_MORE_KEYS = """# vim

- <kbd>ctrl</kbd> + <kbd>w</kbd>, <kbd>arrow</kbd> : `go to the window there`
- <kbd>ctrl</kbd> + <kbd>w</kbd>, `:resize 20` : `resize`
- <kbd>space</kbd> + <kbd>s</kbd> : `:wa`
"""


def test_arrow_is_a_key_a_key_mapped_to_an_ex_command_is_read_and_an_unread_key_line_is_warned() -> None:
    made = draft(_MORE_KEYS)
    assert [(n.line, n.front, n.back) for n in made.notes] == [
        (3, "ctrl+w, arrow", "go to the window there"),
        (5, "space+s", ":wa"),
    ]
    assert [w.line for w in made.warnings] == [4]


def test_numbered_keys_naming_their_number_or_with_no_lead_in_stay_keys() -> None:
    text = "# tmux\n\nWindows:\n\n- `1`: go to window 1\n- `2`: go to window 2\n\n## Panes\n\n- `3`: the pane on the left\n- `4`: the pane on the right\n"
    assert [(n.kind.value, n.command, n.front) for n in draft(text).notes] == [
        ("command", "tmux", "1"), ("command", "tmux", "2"), ("command", "tmux", "3"), ("command", "tmux", "4"),
    ]
