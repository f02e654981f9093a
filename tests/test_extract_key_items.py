"""Keys listed alone, one item each, under a heading that says what they do (quizzer/extract/key_items.py),
in examples of our own (x-f6b): one note per action, each key (one per platform) a right answer."""

from __future__ import annotations

import pickle

from conftest import draft as _draft, warned as _warned

from quizzer.extract.key_items import is_listed_key
from quizzer.extract.walk import KeyRun


def _notes(text: str) -> list[tuple[int, str, str | None, str, str, tuple[str, ...]]]:
    return [(n.line, n.kind.value, n.command, n.front, n.back, n.answers) for n in _draft(text).notes]


# two more actions, so that a case is read on a page of them (fewer than three are warned: settle)
MORE = "\n### Save all\n- `Cmd + Alt + S`\n- `Ctrl + Alt + S`\n\n### Close the tab\n- `Cmd + W`\n- `Ctrl + F4`\n"


def _own(text: str) -> list[tuple[int, str, str | None, str, str, tuple[str, ...]]]:
    """The notes of ``text`` followed by MORE, without MORE's two."""
    return [note for note in _notes(text + MORE) if note[4] not in ("Save all", "Close the tab")]


PAIRS = (
    "# 에디터 단축키 정리\n"       # 1
    "\n"
    "### 1. 줄 주석 토글\n"        # 3
    "- `Cmd + /`\n"
    "- `Ctrl + /`\n"
    "\n"
    "### 2. 줄을 위로 올리기\n"    # 7
    "> 커서가 있는 줄 기준\n"
    "- `Opt + Shift + Up`\n"
    "- `Alt + Shift + Up`\n"
    "\n"
    "### 3. Rename\n"             # 12
    "- `F2`\n"
)


def test_each_heading_is_what_the_keys_under_it_do() -> None:
    assert _notes(PAIRS) == [
        (3, "command", None, "Cmd + / / Ctrl + /", "줄 주석 토글", ("Cmd + /", "Ctrl + /")),
        (7, "command", None, "Opt + Shift + Up / Alt + Shift + Up", "줄을 위로 올리기",
         ("Opt + Shift + Up", "Alt + Shift + Up")),
        (12, "command", None, "F2", "Rename", ("F2",)),
    ]


def test_an_item_over_nested_keys_names_the_action_and_the_heading_is_its_context() -> None:
    text = (
        "## Tests\n"                # 1
        "- Run the test under the cursor\n"   # 2
        "  - `Ctrl + Shift + T`\n"
        "  - `Cmd + Shift + T`\n"
        "- Rerun the last test\n"   # 5
        "  - `Shift + F5`\n"
    )
    notes = _draft(text + MORE).notes[:2]
    assert [(n.line, n.front, n.back, n.context, n.answers) for n in notes] == [
        (2, "Ctrl + Shift + T / Cmd + Shift + T", "Run the test under the cursor", "Tests",
         ("Ctrl + Shift + T", "Cmd + Shift + T")),
        (5, "Shift + F5", "Rerun the last test", "Tests", ("Shift + F5",)),
    ]


def test_an_item_naming_a_platform_is_no_action() -> None:
    text = "## Format the file\n- Mac\n  - `Shift + Opt + F`\n- Windows\n  - `Shift + Alt + F`\n"
    assert _own(text) == [
        (1, "command", None, "Shift + Opt + F / Shift + Alt + F", "Format the file", ("Shift + Opt + F", "Shift + Alt + F")),
    ]


def test_remarks_beside_the_keys_do_not_stop_them() -> None:
    text = (
        "### 매개변수 정보 보기\n"
        "- 괄호 안에 커서를 두고\n"
        "- `Cmd + P`\n"
        "- `Ctrl + P`\n"
        "- 리눅스는 따로 없음\n"
    )
    assert [(n.line, n.front, n.back) for n in _draft(text + MORE).notes][:1] == [(1, "Cmd + P / Ctrl + P", "매개변수 정보 보기")]


def test_chords_with_words_in_them() -> None:
    assert is_listed_key("Ctrl + Space 두 번")
    assert is_listed_key("Alt 두 번 누르고 + 화살표")
    assert is_listed_key("ESC") and is_listed_key("F12") and is_listed_key("Cmd + Shift + [")
    assert not is_listed_key("psvm")
    assert not is_listed_key("Shift the array, then sort it.")
    assert not is_listed_key("git commit --amend")


def test_the_same_keys_under_two_headings_are_two_notes() -> None:
    text = "### 코드 생성\n- `Alt + Ins`\n\n### 생성자 만들기\n- `Alt + Ins`\n"
    assert [(n.line, n.front, n.back) for n in _draft(text + MORE).notes][:2] == [
        (1, "Alt + Ins", "코드 생성"), (4, "Alt + Ins", "생성자 만들기"),
    ]


def test_a_heading_naming_no_action_over_keys_is_warned() -> None:
    text = "# Notes\n\n## Shortcuts\n- `Ctrl + K`\n- `Ctrl + J`\n"
    assert _notes(text) == []
    assert _warned(text) == [4, 5]


def test_a_topic_heading_over_many_keys_is_warned_not_joined() -> None:
    # keys of several actions whose meanings are not written: no card says "Navigation" is all of them
    text = "## Navigation\n- `Ctrl + A`\n- `Ctrl + E`\n- `Ctrl + F`\n- `Ctrl + B`\n- `Alt + F`\n"
    assert _notes(text) == []
    assert _warned(text) == [1]


def test_one_or_two_headings_over_keys_may_be_topics_and_are_warned() -> None:
    text = "# Notes\n\n## Navigation\n- `Ctrl + A`\n- `Ctrl + E`\n\n## Editing\n- `Ctrl + K`\n"
    assert _notes(text) == []
    assert _warned(text) == [3, 7]


def test_a_lone_key_with_its_meaning_nested_under_it_is_left_to_the_key_list() -> None:
    text = "## 단축키\n- `Ctrl + D`\n  - 줄 복제\n"
    assert [(n.line, n.front, n.back) for n in _draft(text).notes] == [(3, "Ctrl + D", "줄 복제")]


def test_keys_after_a_paragraph_are_not_the_heading_s() -> None:
    # the paragraph between says something else: which action the keys do is not the heading's to say
    text = "## 검색\n검색 창은 두 가지가 있다.\n\n- `Ctrl + F`\n- `Ctrl + H`\n"
    assert all(n.back != "검색" for n in _draft(text).notes)


def test_the_run_pickles() -> None:
    run = KeyRun(1, 3, ("현재 파일", 4, 1, 2), "t/command/-/x", ("Ctrl + R",), 2)
    assert pickle.loads(pickle.dumps(run)) == run


def test_the_same_key_twice_is_one_answer_said_once() -> None:
    text = "### Join the lines\n- `Ctrl + Shift + J`\n- `Ctrl + Shift + J`\n" + MORE
    draft = _draft(text)
    assert [(n.line, n.front, n.answers) for n in draft.notes][:1] == [(1, "Ctrl + Shift + J", ("Ctrl + Shift + J",))]
    assert 3 not in [w.line for w in draft.warnings]


def test_a_remark_after_the_keys_is_warned() -> None:
    text = "### Debug the test\n- `Ctrl + Shift + D`\n- no key on Linux\n" + MORE
    assert 3 in [w.line for w in _draft(text).warnings]


def test_keys_in_kbd_or_written_plainly() -> None:
    text = (
        "### Duplicate the line\n- <kbd>Cmd</kbd> + <kbd>D</kbd>\n- <kbd>Ctrl</kbd> + <kbd>D</kbd>\n\n"
        "### Delete the line\n- Cmd + Backspace\n- **Ctrl + Y**\n\n"
        "### Home\n- Home\n" + MORE
    )
    assert [(n.line, n.front, n.back, n.answers) for n in _draft(text).notes][:2] == [
        (1, "Cmd+D / Ctrl+D", "Duplicate the line", ("Cmd+D", "Ctrl+D")),
        (5, "Cmd + Backspace / Ctrl + Y", "Delete the line", ("Cmd + Backspace", "Ctrl + Y")),
    ]
    # "Home" alone is a word as much as a key: no card says the heading "Home" is the key Home
    assert all(n.back != "Home" for n in _draft(text).notes)


def test_a_line_in_bold_over_the_keys_stands_for_a_heading() -> None:
    text = (
        "# IDE\n\n"
        "**1. 줄 복제**\n- `Cmd + D`\n- `Ctrl + D`\n\n"          # 3
        "**2. 줄 삭제**\n- `Cmd + Backspace`\n- `Ctrl + Y`\n\n"  # 7
        "**3. 파일 찾기**\n- `Cmd + P`\n- `Ctrl + P`\n"           # 11
    )
    assert [(n.line, n.front, n.back) for n in _draft(text).notes] == [
        (3, "Cmd + D / Ctrl + D", "줄 복제"),
        (7, "Cmd + Backspace / Ctrl + Y", "줄 삭제"),
        (11, "Cmd + P / Ctrl + P", "파일 찾기"),
    ]


def test_a_bold_label_over_keys_names_no_action() -> None:
    text = "# IDE\n\n**Options**\n- `Ctrl + K`\n- `Ctrl + J`\n" + MORE
    assert all(n.back != "Options" for n in _draft(text).notes)


def test_a_platform_named_after_the_key() -> None:
    text = "### Find in files\n- `Cmd + Shift + F` (Mac)\n- `Ctrl + Shift + F` (Windows/Linux)\n" + MORE
    assert [(n.line, n.front, n.answers) for n in _draft(text).notes][:1] == [
        (1, "Cmd + Shift + F / Ctrl + Shift + F", ("Cmd + Shift + F", "Ctrl + Shift + F")),
    ]
    # a remark in parentheses that is no platform leaves the item to the other rules
    other = "### Find in files\n- `Cmd + Shift + F` (slow on big repos)\n" + MORE
    assert all(n.back != "Find in files" for n in _draft(other).notes)


def test_an_item_of_blank_code_spans_is_no_key_and_no_crash() -> None:
    # "-  `  `": a code span of spaces only leaves the item no span with text (it raised IndexError in _lone_key)
    for text in ("-  `  `\n", "### Copy\n- `   `\n- ` ` ` `\n"):
        assert _notes(text) == []
