"""A plain code block of keys, each glossed after a dash or an arrow on its line (quizzer.extract.key_lines)."""

from __future__ import annotations

from quizzer.extract import extract
from quizzer.extract.knowledge import file_key_program
from tests.conftest import draft, facts, warned

BROWSER = (
    "# Tab keys\n"
    "```text\n"
    "Ctrl-w - Close the tab. Asks first when it holds a form\n"
    "j|k - Scroll down or up\n"
    "h/l - Back/Forward\n"
    "1 to 9 - Jump to a tab\n"
    "\n"
    "g -> first tab\n"
    "```\n"
    "\n"
    "# Bookmark keys\n"
    "```\n"
    "g - Open the bookmark under the cursor\n"
    "d - Delete the bookmark\n"
    "/ - Search the bookmarks\n"
    "```\n"
)


def _read(text: str, source: str) -> list[tuple[int, str | None, str, str, tuple[str, ...]]]:
    notes = extract(text, deck="t", source=source).notes
    return [(n.line, n.command, n.front, n.back, n.answers) for n in notes]


def test_each_line_is_a_key_of_the_program_the_file_is_named_for() -> None:
    assert _read(BROWSER, "notes/lynx-keys.md") == [
        (3, "lynx", "Ctrl-w", "Close the tab. Asks first when it holds a form", ()),
        (4, "lynx", "j|k", "Scroll down or up", ("j|k", "j", "k")),
        (5, "lynx", "h", "Back", ("h",)),
        (5, "lynx", "l", "Forward", ("l",)),
        (6, "lynx", "1 to 9", "Jump to a tab", ()),
        (8, "lynx", "g", "first tab", ()),
        (13, "lynx", "g (Bookmark)", "Open the bookmark under the cursor", ("g",)),
        (14, "lynx", "d", "Delete the bookmark", ()),
        (15, "lynx", "/", "Search the bookmarks", ()),
    ]


def test_a_title_naming_the_program_is_enough() -> None:
    text = "# htop\n\n## Sorting\n```\nF6 - Choose the column to sort by\nP - Sort by CPU\nM - Sort by memory\n```\n"
    assert facts(text) == [
        (5, "command", "htop", "F6", "Choose the column to sort by"),
        (6, "command", "htop", "P", "Sort by CPU"),
        (7, "command", "htop", "M", "Sort by memory"),
    ]


def test_keys_of_no_program_named_are_warned_not_carded() -> None:
    text = "# Keys\n```\nq - Quit\nr - Reload the list\nn - Next entry\n```\n"
    assert facts(text) == []
    assert warned(text) == [2]


def test_a_line_that_is_no_key_is_warned() -> None:
    text = (
        "# htop keys\n```\nq - Quit\nu - Show one user's processes\nk - Send a signal\n"
        "the tree view - toggled with t\n```\n"
    )
    assert [f[3] for f in facts(text)] == ["q", "u", "k"]
    assert warned(text) == [6]


def test_a_slashed_meaning_that_does_not_pair_with_the_keys_is_warned() -> None:
    text = "# htop\n```\nF7/F8 - Make the nice value lower/higher still\nq - Quit\nt - Tree view\nH - Hide threads\n```\n"
    assert [f[3] for f in facts(text)] == ["q", "t", "H"]
    assert 3 in warned(text)


def test_a_key_bound_again_with_no_heading_to_tell_them_apart_is_warned() -> None:
    text = "```\nq - Quit\nx - Close\nq - Back to the list\n```\n"
    notes = extract(text, deck="t", source="ncmpcpp.md").notes
    assert [(n.front, n.back) for n in notes] == [("q", "Quit"), ("x", "Close")]


def test_command_lines_in_a_block_are_no_keys() -> None:
    text = "# htop\n```\nhtop -u alice - only her processes\nhtop -d 10 - slower updates\nhtop -t - tree\n```\n"
    assert [n for n in draft(text).notes if n.reason.startswith("key")] == []
    assert 2 not in warned(text)  # not taken for a block of keys of no program either


def test_the_file_name_names_only_programs_with_keys_of_their_own() -> None:
    assert file_key_program("rtorrent.md") == "rtorrent"
    assert file_key_program("/home/me/notes/03-htop-cheatsheet.md") == "htop"
    assert file_key_program("git-notes.md") is None
    assert file_key_program("keys.md") is None


# a pager's help screen pasted as it prints: the keys, a gap of spaces, the meaning (our own example)
HELP_SCREEN = (
    "# most 메모\n"
    "\n"
    "## most의 단축키\n"
    "\n"
    "### 창 나누기\n"
    "\n"
    "```\n"
    "^X2        Split the window in two.\n"
    "^X1        Keep only the current window.\n"
    "^Xo        Move to the other window.\n"
    "```\n"
)


def test_keys_and_meanings_in_two_columns_of_a_help_screen_are_bindings() -> None:
    text = HELP_SCREEN.replace("most", "less")
    assert [(line, command, front, back) for line, command, front, back, _ in _read(text, "notes.md")] == [
        (8, "less", "^X2", "Split the window in two."),
        (9, "less", "^X1", "Keep only the current window."),
        (10, "less", "^Xo", "Move to the other window."),
    ]


def test_columns_of_words_are_no_help_screen() -> None:
    # a listing's columns ("README.md    the notes") hold no keys: the block is not read as bindings
    text = "# less 메모\n\n```\nREADME.md    the notes\nsrc/main.c   the program\nMakefile     how to build\n```\n"
    assert not any(n.reason and "column" in n.reason for n in draft(text).notes)


def test_a_block_of_one_key_takes_the_text_right_above_as_what_it_does() -> None:
    # "저장하지 않고 닫기" over a block holding only ":q!": that key, the text above what it does
    text = (
        "# Vim 정리\n\n## 창 닫기\n\n"
        "저장하지 않고 닫기\n```\n:q!\n```\n\n"
        "모든 창을 저장하고 닫기\n```\n:wqa\n```\n"
    )
    assert [(front, back) for _line, _kind, _cmd, front, back in facts(text)] == [
        (":q!", "저장하지 않고 닫기"), (":wqa", "모든 창을 저장하고 닫기"),
    ]


def test_a_sentence_pressing_another_key_first_is_not_what_the_blocks_key_does() -> None:
    # "esc 를 눌러서 …" says to press Esc; what the key below does is not said
    text = "# Vim 정리\n\n## 닫기\n\n```\n:wq\n```\n\n## 되돌리기\n\nesc 를 눌러서 명령 모드로 갑니다.\n```\n:e!\n```\n"
    assert all(front != ":e!" for _line, _kind, _cmd, front, _back in facts(text))


def test_a_help_pages_indented_tag_is_not_a_key_of_the_text_above() -> None:
    text = "# Vim\n\nSet b:sample_width to wrap at a column of your own.\n\n    *gx*\n"
    assert facts(text) == []


def test_typing_what_the_block_holds_says_what_its_one_key_does() -> None:
    # "… 아래처럼 입력하면 X": X is what the key below does; "esc 를 눌러서 …" before it is where to be first
    text = "# Vim 정리\n\n## 줄 끝\n\nesc 를 눌러서 명령 모드에서 아래처럼 입력하면 파일 끝으로 갑니다.\n```\nG\n```\n"
    assert [(front, back) for _line, _kind, _cmd, front, back in facts(text)] == [("G", "파일 끝으로 갑니다")]


def test_typing_what_the_block_holds_and_being_done_says_nothing_the_key_does() -> None:
    # "… 아래처럼 입력하면 됩니다.": typing it is all it takes; "됩니다" is no doing of the key (the card ':w → 됩니다'),
    # the sentence is read whole, as it is over a command line
    text = "# Vim 정리\n\n## 저장\n\n저장하려면 아래처럼 입력하면 됩니다.\n```\n:w\n```\n"
    assert [(front, back) for _line, _kind, _cmd, front, back in facts(text)] == [
        (":w", "저장하려면 아래처럼 입력하면 됩니다."),
    ]
    text = "# Vim 정리\n\n## 저장\n\n다음과 같이 타이핑하면 된다.\n```\n:w\n```\n"
    assert all(back not in ("된다", "됩니다") for *_rest, back in facts(text))
