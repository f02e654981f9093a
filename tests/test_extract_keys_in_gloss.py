"""A 'gloss : …' line whose right side holds keys among other words, a gesture written like a chord, or a modifier's
name with a stray sign: which keys do it is not sure, so a warning and no card (never a concept whose answer is keys),
in examples of our own."""

from __future__ import annotations

from conftest import draft

import pytest

from quizzer.extract.keys_in_gloss import keys_among_words, pressed_after, restates_term


@pytest.mark.parametrize(
    ("line", "keys"),
    [
        ("- 창 나누기 : 나눌 창을 고르고 `ctrl + shift + E`", "ctrl + shift + E"),  # an instruction, then the keys
        ("- 페이지 넘기기 : `option + 트랙패드를 옆으로 밀기` (설정필요)", "option + 트랙패드를 옆으로 밀기"),  # a gesture
        ("전체 화면 : alt", "alt"),  # a modifier alone: which key with it is not said
    ],
)
def test_keys_among_words_are_found(line: str, keys: str) -> None:
    description = line.split(" : ", 1)[1].replace("`", "")
    assert keys_among_words(line, description) == keys


@pytest.mark.parametrize(
    "line",
    [
        "- 창 나누기 : `ctrl + shift + E`",  # keys alone: a key note
        "**Leader:** `Ctrl + Space` (instead of `Ctrl + b`)",  # keys, then a remark: a term's value
        "- 캐시 : 자주 쓰는 데이터를 빠르게 꺼내도록 모아 둔 곳",  # a definition, no keys
        "- 단축키 설정 : `~/.config/keys.conf` 파일에서",  # a code span, no keys
    ],
)
def test_keys_alone_or_no_keys_are_not_found(line: str) -> None:
    description = line.split(":", 1)[1].replace("`", "").replace("*", "").strip()
    assert keys_among_words(line, description) is None


def test_a_gloss_over_keys_among_words_makes_a_warning_not_a_concept() -> None:
    text = (
        "# 자주 쓰는 단축키\n\n"
        "- 새 창 열기 : `ctrl + N`\n"
        "- 창 나누기 : 나눌 창을 먼저 `ctrl + shift + E`\n"  # words before that are no first step
        "- 창 옮기기 : 창을 고르고 `ctrl + shift + M` 또는 마우스로 끌기\n"  # words after the keys
    )
    made = draft(text)
    assert [(note.front, note.back) for note in made.notes] == [("ctrl + N", "새 창 열기")]
    assert {warning.line for warning in made.warnings} >= {4, 5}


@pytest.mark.parametrize(
    ("line", "pressed"),
    [
        ("- 창 나누기 : 나눌 창을 고르고 `ctrl + shift + E` <br>", ("ctrl + shift + E", "나눌 창을 고르고")),
        ("- 창 닫기 : 창을 누른 후 `cmd + W`", ("cmd + W", "창을 누른 후")),
        ("- 페이지 넘기기 : `option + 트랙패드를 옆으로 밀기` (설정필요)<br>", ("option + 트랙패드를 옆으로 밀기", "설정필요")),
        ("- Split : select the pane and then `ctrl + E`", ("ctrl + E", "select the pane and then")),
    ],
)
def test_what_to_do_first_then_the_keys_is_read(line: str, pressed: tuple[str, str]) -> None:
    assert pressed_after(line) == pressed


@pytest.mark.parametrize(
    "line",
    [
        "- 창 옮기기 : `ctrl + shift + M` 또는 마우스로 끌기",  # words after the keys
        "- 창 나누기 : 나눌 창을 먼저 `ctrl + shift + E`",  # no first step before the keys
        "- 캡쳐 : `cmd + shift + 4` 를 누른 후 `space`",  # two spans: a sequence, not one chord
        "- 설정 파일 : `~/.config/app.conf`",  # no keys
    ],
)
def test_other_shapes_are_not_read(line: str) -> None:
    assert pressed_after(line) is None


def test_what_to_do_first_then_the_keys_is_a_key_note_with_its_context() -> None:
    text = (
        "# 자주 쓰는 단축키\n\n"
        "- 새 창 열기 : `ctrl + N`\n"
        "- 창 나누기 : 나눌 창을 고르고 `ctrl + shift + E`\n"
        "- 페이지 넘기기 : `option + 트랙패드를 옆으로 밀기` (설정필요)\n"
    )
    notes = {note.front: note for note in draft(text).notes}
    assert notes["ctrl + shift + E"].back == "창 나누기" and notes["ctrl + shift + E"].context == "나눌 창을 고르고"
    assert notes["option + 트랙패드를 옆으로 밀기"].back == "페이지 넘기기"


@pytest.mark.parametrize(
    ("line", "restated"),
    [
        ("- 접두 키(prefix) : screen의 기본 접두 키는 `ctrl + a`", True),  # the term again as the subject, then its keys
        ("- Leader : in my setup the leader is `ctrl + space`", True),
        ("- 창 나누기 : 나눌 창을 먼저 `ctrl + shift + E`", False),  # what to do, not the term again
        ("- 접두 키 : 기본 접두 키는 `ctrl + a` 이고 바꿀 수 있다", False),  # words after the keys
        ("- 복사 : 붙여넣기는 `ctrl + v`", False),  # another subject
    ],
)
def test_a_term_named_again_before_its_keys_is_restated(line: str, restated: bool) -> None:
    name = line.split(" : ", 1)[0].lstrip("- ")
    assert restates_term(name, line) is restated


def test_a_term_whose_gloss_says_its_keys_are_its_value_is_a_concept() -> None:
    # (x-f34ko2) "term : … term은 `keys`": the right side is a definition of the term, not keys that do the term
    text = "# screen 메모\n\n- 접두 키(prefix) : screen의 기본 접두 키는 `ctrl + a`\n- 창 나누기 : 나눌 창을 먼저 `ctrl + shift + E`\n"
    made = draft(text)
    assert [(n.kind.value, n.front, n.back) for n in made.notes] == [
        ("concept", "접두 키(prefix)", "screen의 기본 접두 키는 ctrl + a"),
    ]
    assert [w.line for w in made.warnings] == [4]
