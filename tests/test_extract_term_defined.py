"""A term heading whose first bullet defines it with 말한다 / 뜻한다 / 의미한다 (quizzer.extract.term_defined)."""

from __future__ import annotations

from tests.conftest import facts


def test_the_first_bullet_defining_the_heading_term_is_its_card() -> None:
    text = (
        "## 브랜치 이야기\n\n"
        "### **upstream branch**\n"
        "- 로컬 브랜치가 따라가는 원격 브랜치를 말한다.\n"
        "- 예를 들면 `origin/main` 이 그렇다.\n\n"
        "### fast-forward\n"
        "- 새 커밋 없이 브랜치 포인터만 앞으로 옮기는 병합을 뜻합니다\n"
    )
    assert facts(text) == [
        (4, "concept", None, "upstream branch", "로컬 브랜치가 따라가는 원격 브랜치를 말한다."),
        (8, "concept", None, "fast-forward", "새 커밋 없이 브랜치 포인터만 앞으로 옮기는 병합을 뜻합니다"),
    ]


def test_a_bullet_that_does_not_define_is_not_read_so() -> None:
    text = "### upstream branch\n- 로컬 브랜치가 따라가는 원격 브랜치가 있으면 pull이 편하다.\n"
    assert not any(f[3] == "upstream branch" for f in facts(text))


def test_a_topic_or_a_program_heading_is_no_term() -> None:
    text = "### Installation\n- 패키지를 받아 까는 과정을 말한다.\n\n### git\n- 분산 버전 관리 도구를 말한다.\n"
    assert not any(f[3] in ("Installation", "git") and f[1] == "concept" for f in facts(text))


def test_only_the_first_bullet_right_under_the_heading() -> None:
    text = "### rebase\n- 커밋들을 다른 base 위로 옮긴다.\n- 히스토리를 다시 쓰는 것을 말한다.\n"
    assert not any(f[4] == "히스토리를 다시 쓰는 것을 말한다." for f in facts(text))
