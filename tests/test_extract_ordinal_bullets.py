"""Bullets after a block that say in order what each of its lines does (quizzer.extract.ordinal_bullets)."""

from __future__ import annotations

from tests.conftest import draft, facts, warned

SITE = (
    "## vite 이야기\n"
    "```\n"
    "mkdir site && cd site\n"
    "npm init -y\n"
    "npm install vite\n"
    "```\n"
    "- 첫번째 작업 폴더를 만들고 그 안으로 들어간다.\n"
    "- 두 번째 package.json을 기본값으로 만든다.\n"
    "- 세번째 `vite`를 설치한다.\n"
)


def test_each_bullet_is_what_the_line_of_its_place_does() -> None:
    assert [(f[0], f[3], f[4]) for f in facts(SITE)] == [
        (7, "mkdir site", "작업 폴더를 만들고 그 안으로 들어간다."),
        (8, "npm init -y", "package.json을 기본값으로 만든다."),
        (9, "npm install vite", "`vite`를 설치한다."),
    ]
    assert "mkdir site && cd site" in draft(SITE).notes[0].answers
    assert warned(SITE) == []


def test_english_ordinals_too() -> None:
    text = "```\ngit fetch origin\ngit rebase origin/main\n```\n- First, get what the remote has\n- Second, put your commits on top of it\n"
    assert [(f[3], f[4]) for f in facts(text)] == [
        ("git fetch origin", "get what the remote has"),
        ("git rebase origin/main", "put your commits on top of it"),
    ]


def test_bullets_that_do_not_count_every_line_are_warned() -> None:
    text = SITE.replace("- 세번째 `vite`를 설치한다.\n", "")
    assert [f for f in facts(text) if f[0] in (7, 8)] == []
    assert 7 in warned(text)


def test_bullets_with_no_ordinal_are_not_read_so() -> None:
    text = SITE.replace("첫번째 ", "").replace("두 번째 ", "").replace("세번째 ", "")
    assert not any(f[4] == "package.json을 기본값으로 만든다." and f[3] == "npm init -y" for f in facts(text))
