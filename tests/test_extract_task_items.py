"""A numbered task and the bare command lines nested under it (quizzer/extract/task_items.py), in examples of our
own."""

from __future__ import annotations

from conftest import facts


def test_a_bare_line_or_one_marked_by_platform_does_the_task_above() -> None:
    text = (
        "# 저장소\n\n## 순서\n1. 저장소 내려받기\n  - `git clone https://example.org/r.git` (macOS/Linux)\n"
        "  - `gh repo clone me/r` (Windows)\n\n2. 작업 폴더 비우기\n  - `git clean -fd`\n"
    )
    commands = [(line, command, front, back) for line, kind, command, front, back in facts(text) if kind == "command"]
    assert commands == [
        (4, "git clone", "git clone https://example.org/r.git", "저장소 내려받기"),
        (4, "gh repo", "gh repo clone me/r", "저장소 내려받기"),
        (8, "git clean", "git clean -fd", "작업 폴더 비우기"),
    ]


def test_a_line_with_a_gloss_of_its_own_keeps_it() -> None:
    text = "# 저장소\n\n## 순서\n1. 저장소 다루기\n  - `git fetch --all` (모든 원격 저장소에서 받아오기)\n"
    assert [back for _, kind, _, _, back in facts(text) if kind == "command"] == ["모든 원격 저장소에서 받아오기"]


def test_a_sentence_or_a_lead_in_is_no_task() -> None:
    text = (
        "# 저장소\n\n## 순서\n1. 먼저 저장소를 받는다.\n  - `git clone https://example.org/r.git`\n\n"
        "2. 다음을 실행:\n  - `git clean -fd`\n"
    )
    assert all(kind != "command" for _, kind, *_ in facts(text))
