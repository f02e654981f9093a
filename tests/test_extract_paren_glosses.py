"""A code span, then what it does in parentheses (quizzer/extract/terms.py), in examples of our own."""

from __future__ import annotations

import pytest
from conftest import facts

from quizzer.extract import extract
from quizzer.extract.knowledge import says_doing, says_requirement


def test_a_gloss_in_parentheses_after_the_line_is_what_it_does() -> None:
    text = (
        "# 저장소\n\n## 시작\n- `git init .` (현재 폴더를 저장소로 만들기)\n"
        "- `git clone --depth 1 URL` (마지막 커밋만 받아오기)\n"
    )
    assert [(kind, command, front, back) for _, kind, command, front, back in facts(text)] == [
        ("command", "git init", "git init .", "현재 폴더를 저장소로 만들기"),
        ("command", "git clone", "git clone --depth 1", "마지막 커밋만 받아오기"),
    ]


def test_a_platform_or_a_remark_in_parentheses_is_not_what_the_line_does() -> None:
    text = (
        "# 저장소\n\n## 시작\n- `git init .` (Windows)\n- `git clone --depth 1 URL` (또는 `git clone URL`)\n"
        "- `git fetch --all` (권장 설정)\n"
    )
    assert all(back not in ("Windows", "또는 git clone URL", "권장 설정") for *_, back in facts(text))


def test_a_setting_named_in_code_with_a_condition_in_parentheses_is_not_a_command() -> None:
    text = "# 개발자 옵션\n\n- `창 크기 강제 조정` (필요시 켜기)\n  - 고정된 창도 크기를 바꿀 수 있다\n- `git gc --auto` (필요시 정리)\n"
    assert all(back not in ("필요시 켜기", "필요시 정리") for *_, back in facts(text))


def test_a_need_a_limit_or_a_sameness_in_parentheses_is_not_what_the_line_does() -> None:
    text = (
        "# 도구\n\n## 받기\n- `sudo dnf install htop` (루트 권한 있어야 함)\n- `port install htop` (맥 전용)\n"
        "- `pipx install httpie` (파이썬 3.8 이상)\n- `git restore -s HEAD~1 a.txt` (예전 checkout과 같음)\n"
        "- `winget install htop` (from an elevated prompt)\n- `git branch -M trunk` (same as git branch -m -f trunk)\n"
    )
    assert facts(text) == []


def test_a_gloss_in_parentheses_saying_what_is_done_is_read() -> None:
    text = (
        "# 도구\n\n## 받기\n- `pipx install httpie` (격리된 환경에 도구 설치)\n- `pipx list --short` (깔린 도구 이름만 확인)\n"
        "- `pipx upgrade-all` (removes nothing, upgrades every tool)\n- `pipx reinstall-all` (새 파이썬으로 모두 다시 받기)\n"
    )
    assert [back for *_, back in facts(text)] == [
        "격리된 환경에 도구 설치", "깔린 도구 이름만 확인", "removes nothing, upgrades every tool", "새 파이썬으로 모두 다시 받기",
    ]


def test_a_plain_command_item_with_what_it_needs_in_parentheses_is_no_card_and_is_said() -> None:
    # a list item with no code span: "- tool args (remark)" is read by another reader than the code spans above
    text = (
        "# Tools\n\n## Getting them\n- pip install --user httpie (Python 3.8 only)\n"
        "- sudo snap install htop (needs snapd running)\n- docker compose up --build (rebuild images before starting)\n"
    )
    result = extract(text, deck="t", source="t.md")
    assert [(n.front, n.back) for n in result.notes] == [("docker compose up --build", "rebuild images before starting")]
    assert [w.line for w in result.warnings if "needs or where it runs" in w.message] == [4, 5]


@pytest.mark.parametrize("remark", ["macOS only", "needs root rights", "from an admin shell", "as root",
                                    "same as git switch", "sudo required", "Windows only.",
                                    "This must be run as root.", "It requires admin rights.",
                                    "관리자 권한 필요", "배포할 때는 루트 권한이 필요하다.",
                                    "I found this works for Linux and macOS.", "I found that it works on Windows."])
def test_every_requirement_shape_is_a_requirement_and_what_a_line_does_is_not(remark: str) -> None:
    assert says_requirement(remark) and not says_doing(remark)
    assert not says_requirement("force a rebuild of the images") and not says_requirement("build images")


def test_a_korean_text_is_a_requirement_only_when_it_says_what_rights_are_needed() -> None:
    assert not says_requirement("관리자 권한으로 실행")  # how it is run: a step
    assert not says_requirement("우분투에서 패키지 목록 갱신")



def test_where_a_line_works_under_a_sentence_saying_what_it_does_gives_way_to_that_sentence() -> None:
    # "### task" / what the line does / where the writer found it works / the block
    text = (
        "# Shell notes\n\n### Keep the history\n\nEvery command is appended at once.\n\n"
        "I found this works on macOS.\n\n```sh\nshopt -s histappend\n```\n"
    )
    assert [(n.line, n.front, n.back) for n in extract(text, deck="t", source="t.md").notes] == [
        (10, "shopt -s histappend", "Every command is appended at once."),
    ]
    # a list between the heading and the remark: not one sentence saying what the line does, warned as before
    listed = text.replace("Every command is appended at once.", "- appended at once\n- kept across shells")
    result = extract(listed, deck="t", source="t.md")
    assert [n.front for n in result.notes if n.front == "shopt -s histappend"] == []
    assert any("says what running it needs" in w.message for w in result.warnings)
