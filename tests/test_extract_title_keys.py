"""A post's title naming whose everyday keys it lists ("크롬 브라우저 단축키", "맥북 단축키 정리"): its key notes name
that app or system as their program, in examples of our own."""

from __future__ import annotations

from conftest import draft

import pytest

from quizzer.extract.knowledge import KEY_OWNERS, KEY_PROGRAMS, PROGRAMS
from quizzer.extract.title_keys import key_owner


@pytest.mark.parametrize(
    ("title", "owner"),
    [
        ("자주 쓰는 [ 크롬 브라우저 단축키 ] 정리", "chrome"),
        ("맥북 단축키 모음", "macOS"),
        ("Firefox keyboard shortcuts", "firefox"),
        ("사파리의 단축키", "safari"),
        ("Mac OS X 키보드 단축키", "macOS"),
        ("macOS hotkeys I use", "macOS"),
    ],
)
def test_a_title_names_whose_keys(title: str, owner: str) -> None:
    assert key_owner(title) == owner


@pytest.mark.parametrize(
    "title",
    [
        "크롬과 파이어폭스 단축키",  # two apps: whose key is which is not said
        "tmux windows shortcuts",  # tmux's windows, no system
        "크롬 확장 프로그램 추천",  # the app, no keys
        "단축키 모음",  # keys, nobody's
        "Chrome DevTools 단축키",  # another app's keys, named after the browser
        None,
    ],
)
def test_a_title_that_names_no_one_owner_of_keys(title: str | None) -> None:
    assert key_owner(title) is None


@pytest.mark.parametrize("spelling", sorted(KEY_OWNERS))
def test_every_owner_spelling_is_read_in_a_title_and_is_no_program(spelling: str) -> None:
    assert spelling not in PROGRAMS and spelling not in KEY_PROGRAMS  # a program's title says whose keys already
    assert key_owner(f"{spelling} 단축키 정리") == KEY_OWNERS[spelling]
    assert key_owner(f"Useful {spelling} shortcuts") == KEY_OWNERS[spelling]


def test_keys_under_a_title_naming_an_app_are_that_apps() -> None:
    text = "---\ntitle: 내가 쓰는 크롬 단축키\n---\n\n새 창 열기 : cmd + n\n탭 닫기 : cmd + w\n"
    assert {(note.command, note.front, note.back) for note in draft(text).notes} == {
        ("chrome", "cmd + n", "새 창 열기"),
        ("chrome", "cmd + w", "탭 닫기"),
    }


def test_keys_under_a_heading_title_naming_a_system_are_that_systems() -> None:
    text = "# 맥 단축키\n\n- 스크린샷 : `⌘ + ⇧ + 3`\n- 잠금 화면 : `⌃ + ⌘ + Q`\n"
    assert {note.command for note in draft(text).notes} == {"macOS"}


def test_keys_under_a_title_naming_no_app_name_none() -> None:
    text = "---\ntitle: 자주 쓰는 단축키\n---\n\n새 창 열기 : cmd + n\n탭 닫기 : cmd + w\n"
    assert {note.command for note in draft(text).notes} == {None}
