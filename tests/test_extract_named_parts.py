"""A numbered list whose items name the parts of something, each a noun a clause describes::

    두 모듈로 나누어 만든다.
    1. 로그 파일을 모아 압축해 저장하는 스크립트
    2. 압축한 파일을 저장소로 올리는 스크립트

The items end on a noun ("스크립트", "Step", "모듈") that a "-는" clause describes: what each part is, not an
action to take in order.  Like a list of cases ("… 경우"), the list is warned, not made step cards.
"""

from __future__ import annotations

from conftest import draft

from quizzer.extract.model import Kind

_PARTS = (
    "## 백업 자동화\n\n두 스크립트로 나누어 만든다.\n\n1. 로그 파일을 모아 압축해 저장하는 스크립트\n"
    "2. 압축한 파일을 저장소로 올리는 스크립트\n"
)


def test_items_naming_parts_are_no_steps() -> None:
    result = draft(_PARTS)
    assert [n for n in result.notes if n.kind is Kind.STEP] == []
    assert any(w.line == 5 and "does not read as a procedure" in w.message for w in result.warnings)


def test_items_saying_what_to_do_stay_steps() -> None:
    text = _PARTS.replace("저장하는 스크립트", "저장한다").replace("올리는 스크립트", "올린다")
    steps = [(n.position, n.back) for n in draft(text).notes if n.kind is Kind.STEP]
    assert steps == [(1, "로그 파일을 모아 압축해 저장한다"), (2, "압축한 파일을 저장소로 올린다")]
