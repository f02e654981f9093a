"""An option heading that says what the option does after a colon (``### -z : 압축해서 보낸다 {#option-z}``): an
option note of the command the notes are about, at the heading's line; a bullet under it saying the same of
``command -z`` is that note again, warned about. Examples of our own."""

from __future__ import annotations

from conftest import draft

from quizzer.extract.model import Kind

_NOTES = """---
title: rsync
---

## 옵션

### -z : 전송할 때 데이터를 압축한다 {#option-z}

- `rsync -z`는 전송할 때 데이터를 압축한다.

### --delete : 원본에 없는 파일을 대상에서 지운다

원본에 없는 파일이 대상에 남지 않는다.
"""


def test_an_option_heading_with_its_gloss_is_an_option_note() -> None:
    options = [(note.command, note.front, note.back, note.line) for note in draft(_NOTES).notes if note.kind is Kind.OPTION]
    assert ("rsync", "-z", "전송할 때 데이터를 압축한다", 7) in options
    assert ("rsync", "--delete", "원본에 없는 파일을 대상에서 지운다", 11) in options


def test_the_bullet_saying_it_again_is_no_second_card() -> None:
    result = draft(_NOTES)
    assert not [note for note in result.notes if note.front == "rsync -z"]
    assert [warning.line for warning in result.warnings if "heading above" in warning.message] == [9]


def test_a_heading_whose_right_side_is_a_command_line_is_no_option_gloss() -> None:
    text = "---\ntitle: rsync\n---\n\n### -n : rsync -n src/ dst/\n"
    assert not [note for note in draft(text).notes if note.kind is Kind.OPTION]
