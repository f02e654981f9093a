"""A code span, then what it does in parentheses (quizzer/extract/terms.py), in examples of our own."""

from __future__ import annotations

from conftest import facts


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
