"""A one-line block, then an item naming a word of the line whose nested items, as many as its places, say what
each place holds (place_items); examples of our own."""

from __future__ import annotations

from conftest import facts as _notes

_PLACES = (
    "## 권한 표기\n\n```\n? ? ? file\n```\n\n"
    "- 앞에서부터 `?`에 차례로\n  - 소유자 권한\n  - 그룹 권한\n  - 다른 사용자 권한\n- 숫자 셋을 더해 쓴다\n"
)


def test_the_nested_items_say_what_each_place_of_the_line_holds() -> None:
    assert (8, "concept", None, "? ? ? file", "소유자 권한\n그룹 권한\n다른 사용자 권한") in _notes(_PLACES)


def test_no_card_of_a_nested_item_alone() -> None:
    assert not [n for n in _notes(_PLACES) if n[3] in ("소유자 권한", "그룹 권한")]


def test_an_english_list_reads_the_same() -> None:
    text = "```\nA.B.C\n```\n\n```\nX X X\n```\n\n* Each `X`, left to right:\n    * major\n    * minor\n    * patch\n"
    assert (10, "concept", None, "X X X", "major\nminor\npatch") in _notes(text)


def test_more_or_fewer_items_than_places_are_no_card() -> None:
    fewer = _PLACES.replace("  - 다른 사용자 권한\n", "")
    more = _PLACES.replace("  - 다른 사용자 권한\n", "  - 다른 사용자 권한\n  - 특수 권한\n")
    for text in (fewer, more):
        assert not [n for n in _notes(text) if n[3] == "? ? ? file"]


def test_a_word_the_line_writes_once_is_no_list_of_places() -> None:
    text = "```\ncp src dst\n```\n\n- `src`는\n  - 원본\n  - 복사할 파일\n"
    assert not [n for n in _notes(text) if n[3] == "cp src dst" and "원본\n복사할 파일" == n[4]]


def test_a_nested_item_nested_deeper_leaves_the_list_to_other_readers() -> None:
    text = _PLACES.replace("  - 그룹 권한\n", "  - 그룹 권한\n    - r, w, x\n")
    assert not [n for n in _notes(text) if n[3] == "? ? ? file"]
