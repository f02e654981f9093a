"""Notes whose title names a shell's keys ("Bash 키 입력", "zsh shortcuts"): the `key: meaning` lines are the keys of
the shell's line editing, named after the shell, also under a heading of its emacs or vi editing mode; a line that
only says how the notes write a modifier (`` `^`: Ctrl ``) is no key. Examples of our own."""

from __future__ import annotations

from conftest import draft

import pytest

from quizzer.extract.knowledge import program_named
from quizzer.extract.model import Kind
from quizzer.extract.title_keys import shell_keys


@pytest.mark.parametrize(
    ("title", "shell"),
    [
        ("Bash 키 입력", "bash"),
        ("zsh shortcuts I use", "zsh"),
        ("bash의 단축키", "bash"),
        ("Fish key bindings", "fish"),
    ],
)
def test_a_title_names_a_shells_keys(title: str, shell: str) -> None:
    assert shell_keys(title) == shell


@pytest.mark.parametrize("title", ["Bash scripting", "bash 키보드 설정", "zsh 설치하기", "단축키 모음", None])
def test_a_title_that_names_no_shells_keys(title: str | None) -> None:
    assert shell_keys(title) is None


@pytest.mark.parametrize(
    "heading", ["set -o emacs 모드의 키", "Vi mode", "emacs 모드", "vi-mode bindings", "set -o vi 모드에서"],
)
def test_a_shells_editing_mode_names_no_program(heading: str) -> None:
    assert program_named(heading) is None


@pytest.mark.parametrize(("heading", "program"), [("Emacs 기본 키", "emacs"), ("vim 모드 정리", "vim")])
def test_the_editor_itself_is_still_named(heading: str, program: str) -> None:
    assert program_named(heading) == program


_NOTES = """---
title: Zsh 키 입력
---

## 표기

- `^`: Ctrl
- `M-`: Alt

## set -o emacs 모드의 편집 키

- 움직이기
    - `^A`: 줄 맨 앞으로 간다.
    - `M-F`: 한 단어 뒤로 간다.
- 지우기
    - `^K`: 커서 뒤를 모두 지운다.
"""


def test_keys_under_an_editing_mode_heading_are_the_shells() -> None:
    notes = draft(_NOTES).notes
    keys = {(note.command, note.front, note.back) for note in notes if note.kind is Kind.COMMAND}
    assert keys == {
        ("zsh", "^A", "줄 맨 앞으로 간다."),
        ("zsh", "M-F", "한 단어 뒤로 간다."),
        ("zsh", "^K", "커서 뒤를 모두 지운다."),
    }


def test_a_modifiers_notation_is_no_key() -> None:
    notes = draft(_NOTES).notes
    assert not [note for note in notes if note.front in {"^", "M-"} and note.kind is Kind.COMMAND]
