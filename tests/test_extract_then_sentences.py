"""A usage sentence whose meaning goes on, "after it", to another command; a paragraph under a command's heading
whose sentences name two commands (x-f14ko), in examples of our own."""

from __future__ import annotations

from conftest import facts, warned


def test_what_a_usage_does_ends_where_after_it_another_command_comes() -> None:
    text = (
        "# 파이썬\n\n"
        "`python3 -m venv .venv` 으로 가상환경을 생성한 후 필요한 패키지를 넣을 때 `pip install -r req.txt` 를 쓰면 "
        "한꺼번에 설치된다.\n"
    )
    made = [(front, back) for _, _, _, front, back in facts(text)]
    assert ("python3 -m venv .venv", "가상환경을 생성") in made
    assert all("pip install" not in back for _, back in made)
    assert 3 in warned(text)


def test_a_usage_sentence_with_no_other_command_keeps_its_whole_meaning() -> None:
    text = "# 파이썬\n\n`python3 -m venv .venv` 으로 가상환경을 생성한 후 바로 쓸 수 있다.\n"
    assert [(front, back) for _, _, _, front, back in facts(text)] == [
        ("python3 -m venv .venv", "가상환경을 생성한 후 바로 쓸 수 있다.")]


def test_under_a_commands_heading_the_sentence_naming_it_is_its_meaning() -> None:
    text = (
        "# 패키지\n\n### pip show\n"
        "특정 버전을 넣으려면 `pip install requests==2.0` 처럼 적는다. "
        "설치된 버전을 보려면 `pip show requests` 명령을 쓴다.\n"
    )
    assert [(front, back) for _, _, _, front, back in facts(text)] == [
        ("pip show", "설치된 버전을 보려면 pip show requests 명령을 쓴다.")]


def test_a_paragraph_naming_only_its_own_command_is_said_whole() -> None:
    text = "# 패키지\n\n### pip show\n설치된 패키지를 보여 준다. `pip show requests` 처럼 쓴다.\n"
    assert [back for *_, back in facts(text)] == ["설치된 패키지를 보여 준다. pip show requests 처럼 쓴다."]
