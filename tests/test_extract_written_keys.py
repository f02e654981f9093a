"""Keys an editor's notes dress in brackets, in parts joined by "+", with a word in parentheses, pressed
several times, labelled as an example, or joined by "or" (quizzer/extract/written_keys.py), in examples
of our own (x-f12)."""

from __future__ import annotations

from conftest import draft as _draft

from quizzer.extract.written_keys import WrittenKey, alternatives, read


def _notes(text: str) -> list[tuple[int, str, str | None, str, str, tuple[str, ...]]]:
    return [(n.line, n.kind.value, n.command, n.front, n.back, n.answers) for n in _draft(text).notes]


def test_a_key_in_square_brackets_is_the_key() -> None:
    assert read("[shift + a]") == WrittenKey("shift + a", "shift + a")
    assert read("[ctrl+ e]") == WrittenKey("ctrl+ e", "ctrl+ e")
    assert read("[esc]") == WrittenKey("esc", "esc")
    assert read("[zz]") == WrittenKey("zz", "zz")
    assert read("[[") == WrittenKey("[[", "[[")  # a key made of brackets stays as it is


def test_keys_typed_in_turn_with_a_part_the_reader_chooses() -> None:
    assert read("[: + wq]") == WrittenKey(": + wq", ": + wq")
    assert read("[: + set list]") == WrittenKey(": + set list", ": + set list")
    assert read("줄 번호 + G") == WrittenKey("줄 번호 + G", "줄 번호 + G")
    assert read("? + <word> + Enter") == WrittenKey("? + <word> + Enter", "? + <word> + Enter")


def test_a_key_glossed_in_parentheses_and_a_labelled_example() -> None:
    assert read("0(zero)") == WrittenKey("0", "0")
    assert read("Ex. 5dd") == WrittenKey("5dd", "5dd")
    assert read("예) 3j") == WrittenKey("3j", "3j")


def test_a_key_pressed_several_times() -> None:
    assert read("= 2번 클릭") == WrittenKey("= 2번 클릭", "==")
    assert read("[ctrl + o] 2번 누르기") == WrittenKey("ctrl + o 2번 누르기", "ctrl + o ctrl + o")
    assert read("z twice") == WrittenKey("z twice", "zz")


def test_keys_that_do_the_same_joined_by_or() -> None:
    assert alternatives("dd 또는 [shift + v]") == ["dd", "shift + v"]
    assert alternatives("q or [esc]") == ["q", "esc"]
    assert alternatives("this or that") is None  # words, not keys


def test_words_are_not_keys() -> None:
    for text in ("Visual mode", "레지스터", "Git + GitHub", "note(s)", "버퍼 목록", "word + word2 + word3"):
        assert read(text) is None, text


def test_bold_colon_items_of_an_editors_notes() -> None:
    text = (
        "# vim 단축키 모음\n\n"
        "## 이동\n"
        "- **[shift + a]:** 줄 끝에서 입력 시작\n"
        "- **0(zero):** 줄의 첫 글자로\n"
        "  - Ex. 5dd: 다섯 줄 지우기\n"
        "- **[: + wq]:** 저장하고 나가기\n"
        "- **줄 번호 + G:** 그 줄로 이동\n"
        "- **= 2번 클릭:** 현재 줄 자동 들여쓰기\n"
        "- **q 또는 [esc]:** 메뉴 닫기\n"
        "- **Visual mode:** 글자를 골라 잡는 모드\n"
    )
    assert _notes(text) == [
        (4, "command", "vim", "shift + a", "줄 끝에서 입력 시작", ("shift + a",)),
        (5, "command", "vim", "0", "줄의 첫 글자로", ("0",)),
        (6, "command", "vim", "5dd", "다섯 줄 지우기", ("5dd",)),
        (7, "command", "vim", ": + wq", "저장하고 나가기", (": + wq",)),
        (8, "command", "vim", "줄 번호 + G", "그 줄로 이동", ("줄 번호 + G",)),
        (9, "command", "vim", "= 2번 클릭", "현재 줄 자동 들여쓰기", ("==", "= 2번 클릭")),
        (10, "command", "vim", "q, esc", "메뉴 닫기", ("q", "esc")),
        (11, "concept", None, "Visual mode", "글자를 골라 잡는 모드", ()),
    ]


def test_outside_an_editors_notes_a_bracketed_term_stays_a_term() -> None:
    text = "# 용어 정리\n\n- **[shift + a]:** 책에서 쓰는 표기\n"
    assert _notes(text) == [(3, "concept", None, "[shift + a]", "책에서 쓰는 표기", ())]


def test_a_key_told_case_by_case_in_the_items_under_it() -> None:
    text = (
        "# vim 단축키\n\n"
        "- **[shift + j]:**\n"
        "  - 한 줄: 다음 줄을 이어 붙이기\n"
        "  - 블럭: 고른 줄들을 한 줄로 합치기\n"
        "- **gq:** 문단 다시 맞추기\n"
        "  - 예시: gqap\n"
    )
    notes = _notes(text)
    assert notes[:2] == [
        (4, "command", "vim", "shift + j", "한 줄: 다음 줄을 이어 붙이기", ("shift + j",)),
        (5, "command", "vim", "shift + j", "블럭: 고른 줄들을 한 줄로 합치기", ("shift + j",)),
    ]
    assert (6, "command", "vim", "gq", "문단 다시 맞추기", ("gq",)) in notes
    assert not [n for n in notes if n[3] == "gq" and "gqap" in n[4]]  # a key with its own meaning has no cases
