"""A command alone beside a fuller line of it, under one description: the description is the fuller line's.

"## 태그 지우기" over ``git tag`` / ``git tag -d v1.0``: the bare ``git tag`` lists the tags, it does not delete
one; carding it with the heading would teach a wrong fact.  The bare line is warned about, the fuller one kept.
"""

from __future__ import annotations

from conftest import draft


def _cards(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    deck = draft(text)
    return [(note.front, note.back) for note in deck.notes], [warning.message for warning in deck.warnings]


def test_a_bare_line_beside_a_fuller_one_under_a_heading_is_warned_not_carded() -> None:
    cards, warnings = _cards("# 메모\n\n## 릴리스 표시 지우기\n\n```\ngit tag\ngit tag -d v2.1\n```\n")
    assert ("git tag", "릴리스 표시 지우기") not in cards
    assert ("git tag -d v2.1", "릴리스 표시 지우기") in cards
    assert any("line 6" in w and "fuller line" in w for w in warnings)


def test_the_same_under_a_sentence_in_english() -> None:
    cards, warnings = _cards(
        "# Notes\n\n## Branches\n\nCreate a branch for the feature.\n\n```\ngit branch\ngit branch topic-x\n```\n"
    )
    assert [front for front, _ in cards if front.startswith("git branch")] == ["git branch topic-x"]
    assert any("line 8" in w and "fuller line" in w for w in warnings)


def test_a_bare_line_alone_keeps_its_description() -> None:
    cards, _ = _cards("# 메모\n\n## 태그 목록 보기\n\n```\ngit tag\n```\n")
    assert ("git tag", "태그 목록 보기") in cards


def test_a_bare_line_beside_a_mere_variant_keeps_its_description() -> None:
    # "git tag -l" only adds a flag: a variant, skipped as before; the bare line keeps the heading
    cards, _ = _cards("# 메모\n\n## 태그 목록 보기\n\n```\ngit tag\ngit tag -l\n```\n")
    assert ("git tag", "태그 목록 보기") in cards
