"""A list item naming a term, and the one item nested under it saying what it is
(quizzer/extract/nested_terms.py), in examples of our own (x-f5c)."""

from __future__ import annotations

from conftest import draft, facts

_REASON = "item naming a term, the one item nested under it"


def test_a_short_term_and_its_one_nested_item_are_a_concept_on_the_nested_line() -> None:
    text = (
        "## 저장소 종류\n\n"
        "- 원격 저장소\n"  # 3
        "  - 서버에 올려 둔 공용 저장소\n"  # 4
        "- `bare` (서버용)\n"  # 5
        "  - 작업 트리가 없는 저장소\n"  # 6
    )
    assert [f for f in facts(text) if f[1] == "concept"] == [
        (4, "concept", None, "원격 저장소", "서버에 올려 둔 공용 저장소"),
        (6, "concept", None, "bare", "작업 트리가 없는 저장소"),
    ]
    assert {n.reason for n in draft(text).notes} == {_REASON}


def test_two_nested_items_a_sentence_a_label_or_a_command_are_not_this_shape() -> None:
    two = "- 원격 저장소\n  - 서버에 올려 둔 저장소\n  - 여럿이 함께 씀\n"
    sentence = "- 원격 저장소\n  - 서버에 올려 둔 저장소이다.\n"
    label = "- 참고\n  - 서버에 올려 둔 저장소\n"
    command = "- 원격 저장소 보기\n  - git remote -v\n"
    for text in (two, sentence, label, command):
        assert not [n for n in draft(text).notes if n.reason == _REASON], text
