"""A label word and a number ("단계 1:", "해결2:", "Step 3:") names which step or fix follows, never a term
(quizzer.extract.knowledge.NUMBERED_LABELS, x-f13ko), with examples of our own."""

from __future__ import annotations

from tests.conftest import draft, facts, warned


def test_a_numbered_step_line_is_no_term_and_its_definition() -> None:
    text = (
        "# 서버 준비\n\n"
        "단계 1: 리전 고르기\n\n"
        "- 가까운 곳을 고른다\n\n"
        "Step 2: pick a disk size\n\n"
        "- 20 GB is plenty\n\n"
        "캐시: 자주 읽는 값을 잠시 담아 두는 곳\n"
    )
    assert [(n.front, n.back) for n in draft(text).notes if n.kind.value == "concept"] == [
        ("캐시", "자주 읽는 값을 잠시 담아 두는 곳"),
    ]
    assert {3, 7} <= set(warned(text))


def test_a_numbered_fix_over_a_block_says_what_the_block_does() -> None:
    text = (
        "# 디스크 정리\n\n"
        "## 로그가 너무 클 때\n\n"
        "- 방법1: 오래된 저널 로그를 지운다.\n\n"
        "```sh\n"
        "journalctl --vacuum-time=7d\n"
        "```\n\n"
        "- Fix 2: Removes dangling images.\n\n"
        "```sh\n"
        "docker image prune\n"
        "```\n"
    )
    assert [(line, front, back) for line, _, _, front, back in facts(text)] == [
        (8, "journalctl --vacuum-time=7d", "오래된 저널 로그를 지운다."),
        (14, "docker image prune", "Removes dangling images."),
    ]
