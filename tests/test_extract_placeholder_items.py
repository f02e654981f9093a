"""Values of a placeholder listed under a bullet that names the placeholder alone (``- `<mode>` `` over
``  - r: 읽기만``): a concept note apiece of the section's program, the placeholder its context (x-f25ko)."""

from __future__ import annotations

from conftest import facts, warned


def test_values_under_a_lone_placeholder_bullet_are_the_programs_concepts() -> None:
    text = (
        "# chmod\n\n```\nchmod <who>+x file\n```\n\n## 값\n\n- `<who>`\n  - u: 파일의 주인\n  - go: 그룹과 나머지\n"
    )
    assert [f for f in facts(text) if f[1] == "concept"] == [
        (10, "concept", "chmod", "u", "파일의 주인"),
        (11, "concept", "chmod", "go", "그룹과 나머지"),
    ]


def test_values_under_a_bullet_of_words_are_not_read_so() -> None:
    text = "# chmod\n\n- 자주 쓰는 값\n  - 644: 주인만 쓰기\n"
    assert not any(f[1] == "concept" and f[2] == "chmod" for f in facts(text))


def test_values_of_a_placeholder_in_notes_naming_no_program_are_warned() -> None:
    text = "# 메모\n\n- `[권한]`\n  - F: 모든 권한\n  - R: 읽기 전용\n"
    assert not any(f[3] in ("F", "R") and f[2] for f in facts(text))
    assert 4 in warned(text)
