"""An item giving the case and the value returned in it (``- 실패 시 `-1` 반환``, ``- Returns `0` on success``): the
value → its case (returned_values); examples of our own."""

from __future__ import annotations

import pytest

from conftest import facts as _notes


def test_each_item_gives_its_value_and_case() -> None:
    text = "## read 함수\n\n- 읽은 바이트 수를 돌려준다\n  - 파일 끝일 경우 `0`을 반환한다.\n  - 오류 시 errno를 설정하고 `-1` 반환\n"
    notes = _notes(text)
    assert (4, "concept", None, "0", "파일 끝일 경우") in notes
    assert (5, "concept", None, "-1", "오류 시 errno를 설정하고") in notes


@pytest.mark.parametrize("item, value, case", [
    ("On failure, returns `-1`.", "-1", "On failure"),
    ("Returns `0` on success", "0", "on success"),
    ("If nothing matched, returns `1`", "1", "If nothing matched"),
])
def test_english_items(item: str, value: str, case: str) -> None:
    assert (1, "concept", None, value, case) in _notes(f"- {item}\n")


@pytest.mark.parametrize("item", [
    "다시 `1` 반환",  # no case
    "성공 시 `ls -l` 반환",  # a command line, no value
    "성공 시 `0` 또는 `1` 반환",  # two values: which is which, unsaid
    "`0` 반환",
])
def test_what_is_no_value_and_case(item: str) -> None:
    assert not [n for n in _notes(f"- {item}\n") if n[1] == "concept" and n[3] in ("1", "0", "ls -l")]
