"""A control key in caret notation as a heading (``### ^K {#ctrl-k}``) in notes of a program's keys, the bullets
under it saying what it does: the first bullet that says what it does, past bullets that only say what the key is
(its code); and a sentence opening with a key in code (`` `x`는 … ``) there is a key, not a program. Examples of our
own."""

from __future__ import annotations

from conftest import draft

from quizzer.extract.model import Kind

_NOTES = """---
title: Zsh 키 입력
---

## 제어 키

### ^K {#ctrl-k}

- `^K`를 누르면 커서 뒤를 모두 지운다.
- 자주 쓴다.

### ^G {#ctrl-g}

- `G`가 `0x47` 이므로, `^G`는 `0x07`(Bell)이다.
    - 참고 링크
- 입력 중인 검색을 그만둔다.

## vi 모드

- `k`는 이전 명령을 불러온다.
"""


def _keys() -> set[tuple[str | None, str, str]]:
    return {(note.command, note.front, note.back) for note in draft(_NOTES).notes if note.kind is Kind.COMMAND}


def test_the_first_bullet_under_a_caret_heading_says_what_it_does() -> None:
    assert ("zsh", "^K", "^K를 누르면 커서 뒤를 모두 지운다.") in _keys()


def test_bullets_saying_what_the_key_is_are_passed_over() -> None:
    assert ("zsh", "^G", "입력 중인 검색을 그만둔다.") in _keys()
    assert not [key for key in _keys() if "0x07" in key[2]]


def test_a_key_opening_a_sentence_is_the_programs_key() -> None:
    assert ("zsh", "k", "이전 명령을 불러온다.") in _keys()


def test_a_caret_heading_in_notes_of_no_keys_is_no_key() -> None:
    text = "# 정규식\n\n### ^A\n\n- 줄의 처음에 오는 A를 찾는다.\n"
    assert not [note for note in draft(text).notes if note.front == "^A" and note.kind is Kind.COMMAND]
