"""A `label: path` line ("위치: `sdk/tools/`") says where a thing is, a value, never a term and its
definition (quizzer.extract.rules, x-f13ko), with examples of our own."""

from __future__ import annotations

from tests.conftest import facts, warned


def test_a_path_in_a_code_span_after_a_label_is_no_definition() -> None:
    text = (
        "# 편집기 설정\n\n"
        "위치: `sdk/platform-tools/`\n\n"
        "Location: `conf/sites-enabled`\n\n"
        "- 플러그인: 편집기에 기능을 더하는 작은 프로그램\n"
    )
    assert [(front, back) for _, kind, _, front, back in facts(text) if kind == "concept"] == [
        ("플러그인", "편집기에 기능을 더하는 작은 프로그램"),
    ]
    assert {3, 5} <= set(warned(text))


def test_a_slash_in_plain_words_is_still_a_definition() -> None:
    text = "# 네트워크\n\n- 프로토콜: TCP/IP\n"
    assert [(front, back) for _, kind, _, front, back in facts(text) if kind == "concept"] == [("프로토콜", "TCP/IP")]
