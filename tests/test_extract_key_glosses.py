"""Keys glossed on the line under them, indented deeper, in a plain code block, under group names
(quizzer/extract/key_glosses.py), in examples of our own (x-f5c)."""

from __future__ import annotations

import pytest

from conftest import draft as _draft, facts as _facts
from quizzer.extract.key_glosses import UNCLEAR, shares
from quizzer.extract.knowledge import MOUSE_NAMES

_VIEWER = (
    "# Image viewer keys\n"  # 1
    "\n"
    "```text\n"  # 3
    "Browse mode\n"  # 4
    "\n"
    "  PgDn, ^n\n"  # 6
    "    Show the next image\n"  # 7
    "  w, e\n"  # 8
    "    Fit the image to width or height\n"  # 9
    "  [, ]\n"  # 10
    "    Rotate left or right by 90 degrees\n"  # 11
    "  +, -, =\n"  # 12
    "    Enlarge, shrink or to the natural size\n"  # 13
    "  x\n"  # 14
    "    Close the viewer\n"  # 15
    "\n"
    "Slideshow mode\n"  # 17
    "\n"
    "  x\n"  # 19
    "    Stop the slideshow\n"  # 20
    "  PgDn, ^n\n"  # 21
    "    Show the next image\n"  # 22
    "```\n"
)


def test_each_binding_is_a_card_on_its_gloss_line() -> None:
    notes = _draft(_VIEWER).notes
    assert [(n.line, n.kind.value, n.command, n.front, n.back) for n in notes] == [
        (7, "command", None, "PgDn, ^n", "Show the next image"),
        (9, "command", None, "w", "Fit the image to width"),
        (9, "command", None, "e", "Fit the image to height"),
        (11, "command", None, "[", "Rotate left"),  # "by 90 degrees": a tail of three words, the whole's
        (11, "command", None, "]", "Rotate right"),
        (13, "command", None, "+", "Enlarge"),
        (13, "command", None, "-", "shrink"),
        (13, "command", None, "=", "to the natural size"),
        (15, "command", None, "x", "Close the viewer"),
        # bound again in a later group with another meaning: the group names it
        (20, "command", None, "x (Slideshow mode)", "Stop the slideshow"),
    ]
    shared = notes[0]
    assert shared.answers == ("PgDn", "^n")
    assert notes[-1].answers == ("x",)
    assert shared.reason == "keys glossed on the line under them in a code block"
    assert notes[1].reason == "keys glossed on the line under them, each with its part of the gloss"


def test_a_gloss_on_two_lines_is_one_meaning_and_mouse_bindings_are_keys() -> None:
    text = (
        "```\n"
        "  ^w\n"
        "    Close the tab\n"
        "    and keep the window\n"
        "  Button3\n"
        "    Open the menu\n"
        "  ^Wheel\n"
        "    Change the font size\n"
        "  Hold Button1\n"
        "    Select text\n"
        "```\n"
    )
    assert _facts(text) == [
        (3, "command", None, "^w", "Close the tab and keep the window"),
        (6, "command", None, "Button3", "Open the menu"),
        (8, "command", None, "^Wheel", "Change the font size"),
        (10, "command", None, "Hold Button1", "Select text"),
    ]


def test_keys_whose_list_does_not_pair_with_them_share_the_gloss_as_written() -> None:
    text = (
        "```text\n"
        "  j, Down, ^e\n"
        "    Move up or down\n"  # three keys, two directions: which is which, the notes do not say
        "  Return, o\n"
        "    Select and open the item\n"  # two verbs of one action, no list of parts
        "  q\n"
        "    Quit\n"
        "```\n"
    )
    assert _facts(text) == [
        (3, "command", None, "j, Down, ^e", "Move up or down"),
        (5, "command", None, "Return, o", "Select and open the item"),
        (7, "command", None, "q", "Quit"),
    ]


def test_a_term_that_is_no_key_is_warned_and_a_block_of_words_is_no_key_list() -> None:
    text = (
        "```\n"
        "  n\n"
        "    New file\n"
        "  Tab\n"
        "    Next pane\n"
        "  F2\n"
        "    Rename\n"
        "  refresh all\n"
        "    Reload every pane\n"
        "```\n"
    )
    draft = _draft(text)
    assert [(n.front, n.back) for n in draft.notes] == [("n", "New file"), ("Tab", "Next pane"), ("F2", "Rename")]
    assert [w.line for w in draft.warnings] == [9]
    words = "```\n  build\n    Build the project\n  clean\n    Remove the build\n  serve\n    Serve the site\n```\n"
    assert not [n for n in _draft(words).notes if n.reason.startswith("keys glossed")]


def test_a_key_bound_twice_with_no_group_to_tell_them_apart_is_warned() -> None:
    text = "```\n  u\n    Undo\n  r\n    Redo\n  u\n    Scroll up\n  d\n    Delete\n```\n"
    draft = _draft(text)
    assert [(n.line, n.front, n.back) for n in draft.notes] == [(3, "u", "Undo"), (5, "r", "Redo"), (9, "d", "Delete")]
    assert 7 in [w.line for w in draft.warnings]


def test_a_block_of_another_shape_is_left_to_other_readers() -> None:
    # a term line with no gloss under it breaks the shape; a fence of a language is not such a list
    broken = "```\n  a\n    Add\n  b\n  c\n    Copy\n  d\n    Delete\n```\n"
    assert not [n for n in _draft(broken).notes if n.reason.startswith("keys glossed")]
    python = "```python\n  a\n    Add\n  b\n    Bold\n  c\n    Copy\n```\n"
    assert not [n for n in _draft(python).notes if n.reason.startswith("keys glossed")]


@pytest.mark.parametrize(
    ("count", "gloss", "expected"),
    [
        (2, "Go to the first or last line", ["Go to the first line", "Go to the last line"]),
        (3, "Scroll left, down or right", ["Scroll left", "Scroll down", "Scroll right"]),
        (3, "Jump to the top, the middle or to the end", ["Jump to the top", "Jump to the middle", "Jump to the end"]),
        (2, "Cut and paste", None),  # one action of two verbs: the keys share it
        (3, "Move up or down", None),  # two parts for three keys
        (2, "Open the file", None),  # no list at all
        (2, "Move up or down and center", UNCLEAR),  # two lists that could each be the one
    ],
)
def test_shares_pair_the_parts_of_a_gloss_with_the_keys(count: int, gloss: str, expected: object) -> None:
    assert shares(count, gloss) == expected


@pytest.mark.parametrize("name", sorted(MOUSE_NAMES))
def test_every_mouse_name_is_a_binding_in_a_block_of_keys(name: str) -> None:
    text = f"```\n  q\n    Quit\n  ^s\n    Save\n  F1\n    Help\n  {name.title()}\n    Something the mouse does\n```\n"
    assert _facts(text)[-1] == (9, "command", None, name.title(), "Something the mouse does")


def test_a_key_with_a_sign_is_no_setting() -> None:
    text = "```\n  q\n    Quit\n  z=\n    Reset the zoom\n  ^s\n    Save\n```\n"
    assert (5, "command", None, "z=", "Reset the zoom") in _facts(text)


def test_a_comma_list_of_parts_pairs_with_the_keys_or_is_warned() -> None:
    text = (
        "```\n"
        "  u, ^r\n"
        "    undo, redo the last edit\n"  # 3: one part each, the tail shared
        "  [, ]\n"
        "    이전, 다음 탭으로 이동\n"  # 5
        "  a, b, c\n"
        "    first, second\n"  # 7: two parts for three keys: which is which is not sure
        "  q\n"
        "    Quit\n"
        "```\n"
    )
    result = _draft(text)
    assert [(n.line, n.front, n.back) for n in result.notes] == [
        (3, "u", "undo the last edit"), (3, "^r", "redo the last edit"),
        (5, "[", "이전 탭으로 이동"), (5, "]", "다음 탭으로 이동"),
        (9, "q", "Quit"),
    ]
    assert 7 in [w.line for w in result.warnings]


def test_keys_joined_by_a_slash_or_an_or_on_their_line() -> None:
    text = "```\n  j / k\n    Move down or up\n  n or N\n    Next or previous match\n  q\n    Quit\n```\n"
    assert [(n.front, n.back) for n in _draft(text).notes] == [
        ("j", "Move down"), ("k", "Move up"), ("n", "Next match"), ("N", "previous match"), ("q", "Quit"),
    ]
