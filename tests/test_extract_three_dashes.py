"""An option written with three dashes (`---oneline`), a slip: warned about, never a card (decide.py), in examples
of our own."""

from __future__ import annotations

from conftest import draft, facts as _notes

_TEXT = "## 한 줄로 보기\n\n- 커밋을 한 줄씩 보여준다.\n\n```\n$ git log ---oneline\n```\n"


def test_a_line_with_a_three_dash_option_is_no_card() -> None:
    assert not [n for n in _notes(_TEXT) if "---" in n[3]]
    assert 6 in [w.line for w in draft(_TEXT).warnings]


def test_two_dashes_are_read_as_before() -> None:
    assert [n[3] for n in _notes(_TEXT.replace("---", "--"))] == ["git log --oneline"]
