"""Shortcut keys listed under a heading that says so (issue 6 pattern 8, x-ko2), examples of our own."""

from __future__ import annotations

from quizzer.extract.key_shares import UNCLEAR, split
from conftest import draft as _draft, facts as _facts, warned as _warned


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


# keys written together in a list of shortcut keys (x-keys4) ----------------------------------------


def test_keys_with_a_respectively_list_take_their_own_part() -> None:
    text = "# 브라우저 메모\n\n## 단축키\n\n- `[`, `]` : 순서대로 이전, 다음 탭으로 이동\n"
    assert _facts(text) == [
        (5, "command", None, "[", "이전 탭으로 이동"),
        (5, "command", None, "]", "다음 탭으로 이동"),
    ]


def test_the_shared_words_go_with_every_part() -> None:
    text = (
        "# Pager notes\n\n## Key bindings\n\n"
        "- `u`, `Ctrl+r`: undo, redo the last change\n"
        "- `g`, `G`, `%`: jump to the first, last, middle line\n"
        "- `PgUp`, `PgDn` : 화면 위로, 아래로\n"
    )
    assert _facts(text) == [
        (5, "command", None, "u", "undo the last change"),
        (5, "command", None, "Ctrl+r", "redo the last change"),
        (6, "command", None, "g", "jump to the first line"),
        (6, "command", None, "G", "jump to the last line"),
        (6, "command", None, "%", "jump to the middle line"),
        (7, "command", None, "PgUp", "화면 위로"),
        (7, "command", None, "PgDn", "화면 아래로"),
    ]


def test_a_list_in_a_sentence_of_its_own_keeps_the_sentence_before_it() -> None:
    text = "## 단축키\n\n- `w`, `b` : 단어 단위 이동. 앞, 뒤. 자주 쓴다.\n"
    assert _facts(text) == [
        (3, "command", None, "w", "단어 단위 이동. 앞"),
        (3, "command", None, "b", "단어 단위 이동. 뒤"),
    ]


def test_whole_phrases_one_per_key_stay_whole() -> None:
    text = "## Hotkeys\n\n- `F5`, `F6`, `F7`, `F8` : 새로 고침, 주소창으로, 맞춤법 검사, 창 닫기\n"
    assert [(f[3], f[4]) for f in _facts(text)] == [
        ("F5", "새로 고침"), ("F6", "주소창으로"), ("F7", "맞춤법 검사"), ("F8", "창 닫기"),
    ]


def test_keys_with_no_list_in_their_meaning_share_one_note() -> None:
    text = "## 단축키\n\n- `Ctrl+w` or `Ctrl+F4` : 탭 닫기\n- `1`, `2`, `3` : 그 번호의 탭으로 이동한다.\n"
    draft = _draft(text)
    assert [(n.line, n.kind.value, n.command, n.front, n.back, n.answers) for n in draft.notes] == [
        (3, "command", None, "Ctrl+w, Ctrl+F4", "탭 닫기", ("Ctrl+w", "Ctrl+F4")),
        (4, "command", None, "1, 2, 3", "그 번호의 탭으로 이동한다.", ("1", "2", "3")),
    ]


def test_a_list_that_does_not_pair_with_the_keys_is_a_warning() -> None:
    text = (
        "## 단축키\n\n"
        "- `h`, `l` : 순서대로 왼쪽, 오른쪽, 위로 이동\n"  # three parts for two keys
        "- `h`, `j`, `k`, `l` : 왼쪽, 아래, 위\n"  # three short parts for four keys, no "respectively"
        "- `Ctrl+s`, `Cmd+s` : save the file, keep editing\n"  # one meaning, or one part each?
    )
    assert _facts(text) == []
    assert _warned(text) == [3, 4, 5]


def test_single_keys_beside_other_keys_of_the_list() -> None:
    text = (
        "## Shortcuts\n\n"
        "- `x` : 잘라내기\n"
        "- `dd` : 줄 삭제\n"  # spelt like a program, but one more key of the list
        "- `L` : 줄 번호 보이기\n"
        "- `ctrl + shift + -` : 창 나누기\n"
    )
    assert _facts(text) == [
        (3, "command", None, "x", "잘라내기"),
        (4, "command", None, "dd", "줄 삭제"),
        (5, "command", None, "L", "줄 번호 보이기"),
        (6, "command", None, "ctrl + shift + -", "창 나누기"),
    ]


def test_split_by_itself() -> None:
    assert split(2, "scroll up, down") == ["scroll up", "scroll down"]
    assert split(3, "cell 모드를 code, markdown, raw로 바꾸기") == [
        "cell 모드를 code 바꾸기", "cell 모드를 markdown 바꾸기", "cell 모드를 raw로 바꾸기",
    ]
    assert split(2, "writes if changed, then quits") is None  # one meaning in two clauses
    assert split(2, "closes the window") is None
    assert split(2, "각각 open") == UNCLEAR  # the writer says one part each, but there are no parts
    assert split(3, "left, right") == UNCLEAR  # a list of short words that does not pair with three keys
    assert split(2, "left, right (one column, or a word)") == ["left (one column, or a word)", "right (one column, or a word)"]
    assert split(3, "respectively left, right") == UNCLEAR


def test_a_one_word_part_that_the_other_part_ends_with_is_not_elided() -> None:
    # "찾기, 다시 찾기": shared, the word would stand twice ("찾기 찾기"); which part is which key's is not sure
    assert split(2, "찾기, 다시 찾기") == UNCLEAR
    assert split(2, "scroll up, down") == ["scroll up", "scroll down"]
    text = "# vim 메모\n\n| 키 | 설명 |\n|---|---|\n| `f`, `F` | 찾기, 다시 찾기 |\n"
    notes = _draft(text)
    assert notes.notes == () and [w.line for w in notes.warnings] == [5]


def test_a_dash_an_arrow_or_a_space_between_a_key_and_its_meaning() -> None:
    text = (
        "# 메모 앱 단축키\n\n"
        "- <kbd>Ctrl</kbd> + <kbd>N</kbd> — 새 메모\n"
        "- `Ctrl+P` → 메모 고정\n"
        "- `F2` 제목 바꾸기\n"
        "- `ctrl + alt + -` : 글자 작게\n"  # the dash inside the chord is no separator
    )
    assert _facts(text) == [
        (3, "command", None, "Ctrl + N", "새 메모"),
        (4, "command", None, "Ctrl+P", "메모 고정"),
        (5, "command", None, "F2", "제목 바꾸기"),
        (6, "command", None, "ctrl + alt + -", "글자 작게"),
    ]


def test_a_word_after_a_space_is_not_a_key_and_its_meaning() -> None:
    text = "## Shortcuts\n\n- `gst` 는 git status의 별칭\n"
    assert not [n for n in _draft(text).notes if n.reason == "key in a list of shortcut keys"]


def test_a_macs_signs_make_a_chord() -> None:
    text = "## 단축키\n\n- `⌘ + ,` : 설정 열기\n- `⌘⇧P` : 명령 팔레트\n"
    assert _facts(text) == [
        (3, "command", None, "⌘ + ,", "설정 열기"),
        (4, "command", None, "⌘⇧P", "명령 팔레트"),
    ]


def test_two_keys_told_on_one_line_are_two_notes() -> None:
    text = "## 단축키\n\n- `Ctrl+B`: 굵게, `Ctrl+I`: 기울임\n"
    assert _facts(text) == [(3, "command", None, "Ctrl+B", "굵게"), (3, "command", None, "Ctrl+I", "기울임")]


def test_a_key_alone_and_its_meaning_nested_under_it() -> None:
    text = "## Keyboard shortcuts\n\n- `Ctrl+Shift+E`\n  - 파일 탐색기로 이동\n- `F2`\n"
    draft = _draft(text)
    assert [(n.line, n.front, n.back) for n in draft.notes] == [(4, "Ctrl+Shift+E", "파일 탐색기로 이동")]
    assert [w.line for w in draft.warnings] == [5]  # `F2` alone, with nothing under it: said, not dropped


def test_a_comma_a_parenthesis_or_no_markup_between_a_key_and_its_meaning() -> None:
    text = (
        "## 단축키\n\n"
        "- `Ctrl+Space`, 자동 완성\n"
        "- `Ctrl+Q`(문서 보기)\n"
        "- Ctrl+Shift+Enter 문장 완성\n"
        "- F4: 정의로 이동\n"
    )
    assert _facts(text) == [
        (3, "command", None, "Ctrl+Space", "자동 완성"),
        (4, "command", None, "Ctrl+Q", "문서 보기"),
        (5, "command", None, "Ctrl+Shift+Enter", "문장 완성"),
        (6, "command", None, "F4", "정의로 이동"),
    ]


def test_a_key_line_of_a_shape_not_understood_is_a_warning() -> None:
    text = "## 단축키\n\n- `Ctrl+K` 다음 `Ctrl+W`: 모두 닫기\n- `Shift` 두 번: 어디서나 찾기\n"
    assert _facts(text) == []
    assert _warned(text) == [3, 4]


def test_keys_without_markup_written_together() -> None:
    text = (
        "## 단축키\n\n"
        "- Ctrl + Z / Ctrl + Y : 실행 취소 / 다시 실행\n"
        "- Alt+1 Alt+2 : 탭 이동\n"  # two keys with nothing between them: which is which is not clear
    )
    assert _facts(text) == [
        (3, "command", None, "Ctrl + Z", "실행 취소"),
        (3, "command", None, "Ctrl + Y", "다시 실행"),
    ]
    assert _warned(text) == [4]


def test_a_key_and_its_meaning_as_a_paragraph_of_its_own() -> None:
    text = "# 메모장 단축키\n\n**Ctrl+G** 줄 번호로 이동\n\n`F3` 다음 찾기\n"
    assert _facts(text) == [(3, "command", None, "Ctrl+G", "줄 번호로 이동"), (5, "command", None, "F3", "다음 찾기")]


def test_a_key_named_alone_before_its_meaning_in_notes_of_a_systems_keys_is_a_key() -> None:
    # "- fn : …" among "- meaning : `keys`" items: written the other way round, still a key (x-f31ko2)
    text = (
        "# 맥북 단축키 정리\n\n"
        "- 화면 잠그기 : `control + command + Q`\n"
        "- fn : 받아쓰기 시작 (설정필요)\n"
        "- Esc : 전체 화면 나가기\n"
    )
    notes = _facts(text)
    assert (4, "command", "macOS", "fn", "받아쓰기 시작 (설정필요)") in notes
    assert (5, "command", "macOS", "Esc", "전체 화면 나가기") in notes


def test_a_key_name_as_a_term_in_other_notes_stays_a_term() -> None:
    text = "# 용어 정리\n\n- fn : function의 줄임말\n"
    assert not any(kind == "command" for _, kind, _, _, _ in _facts(text))
