"""A plain code block that holds nothing but a list is read as that list (quizzer/extract/fence_lists.py),
in examples of our own (x-keys4)."""

from __future__ import annotations

from conftest import draft as _draft, facts as _facts


def test_a_fenced_list_of_keys_reads_as_the_list_would() -> None:
    text = (
        "# 에디터 메모\n\n"
        "### Atom\n"
        "- 단축키\n"
        "```\n"
        "- ctrl + alt + b : 코드 정렬\n"
        "- alt + shift + s : 스니펫 목록\n"
        "```\n"
    )
    assert _facts(text) == [
        (6, "command", None, "ctrl + alt + b", "코드 정렬"),
        (7, "command", None, "alt + shift + s", "스니펫 목록"),
    ]


def test_a_fenced_list_of_abbreviations_reads_as_terms() -> None:
    text = "## Emmet\n\n```text\n* ul>li : 목록과 항목 하나\n* lorem : 채움 글 만들기\n```\n"
    assert _facts(text) == [
        (4, "concept", None, "ul>li", "목록과 항목 하나"),
        (5, "concept", None, "lorem", "채움 글 만들기"),
    ]


def test_a_diff_or_a_block_of_a_language_is_not_a_list() -> None:
    diff = "## 변경\n\n```\n- old : 지운 줄\n+ new : 더한 줄\n```\n"
    yaml = "## 설정\n\n```yaml\n- name : web\n- port : 80\n```\n"
    mixed = "## 메모\n\n```\n- a : 첫째\nplain line\n```\n"
    for text in (diff, yaml, mixed):
        assert not [n for n in _draft(text).notes if n.reason in ("`term: definition` line", "`key: meaning` line")]
