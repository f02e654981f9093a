"""``- name: what it does`` under a heading saying its items are commands (issue 6, x-f26ko), our own examples."""

from __future__ import annotations

import pytest
from conftest import draft as _draft, facts

_REASON = "item under a heading of commands, naming one"


def test_items_under_a_heading_of_commands_are_commands() -> None:
    text = (
        "# 텍스트 도구 모음\n\n## 포함된 명령어들\n\n"
        "- rot13: rotate the letters of its input\n"
        "- colrm2: drop columns from each line\n"
        "- tee: copy input to files and standard output\n"
    )
    assert facts(text) == [
        (5, "command", "rot13", "rot13", "rotate the letters of its input"),
        (6, "command", "colrm2", "colrm2", "drop columns from each line"),
        (7, "command", "tee", "tee", "copy input to files and standard output"),
    ]


def test_an_english_heading_of_commands_reads_the_same() -> None:
    text = "# Kit\n\n## Included commands\n\n- wobble: shake the window\n- frob: adjust the knob\n"
    assert [(n.command, n.back, n.reason) for n in _draft(text).notes] == [
        ("wobble", "shake the window", _REASON), ("frob", "adjust the knob", _REASON),
    ]


@pytest.mark.parametrize("text", [
    "# Kit\n\n## 용어\n\n- wobble: shake the window\n- frob: adjust the knob\n",  # not a heading of commands
    "# Notes\n\n## git 명령어\n\n- add: 변경을 스테이지에 올린다\n- push: 원격에 올린다\n",  # it names the program
    "# git\n\n## 명령어\n\n- add: 변경을 스테이지에 올린다\n- push: 원격에 올린다\n",  # its sub-commands
    "# Kit\n\n## 명령어들\n\n- 설치: brew로 한다\n- Usage notes: read the man page\n",  # no program's name
    "# vim\n\n## 명령어\n\n- dd: 줄 삭제\n- yy: 줄 복사\n",  # an editor's keys
    "# brew\n\n## Commands\n\n- install: installs a formula\n- upgrade: upgrades formulae\n",  # its sub-commands
])
def test_other_items_are_not_read_so(text: str) -> None:
    assert all(n.reason != _REASON for n in _draft(text).notes)
