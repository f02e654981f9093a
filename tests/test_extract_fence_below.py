"""An option item nested under an item naming no command is of the program whose stage of the item's code block
passes it (``+ `-empty` : …`` over ``find . -empty -delete``); none passing it, or two programs, leave it a
warning (x-f25ko)."""

from __future__ import annotations

from conftest import facts, warned

_ITEM = (
    "# 과제 메모\n\n- 빈 파일을 찾아 지우는 문제\n    + `-empty` : 빈 파일만 고른다\n    + `-l` : 줄 수만 센다\n\n"
    "    ```sh\n    find . -empty -delete | wc -l\n    ```\n"
)


def test_an_option_is_of_the_stage_below_that_passes_it() -> None:
    assert (4, "option", "find", "-empty", "빈 파일만 고른다") in facts(_ITEM)
    assert (5, "option", "wc", "-l", "줄 수만 센다") in facts(_ITEM)


def test_an_option_no_stage_passes_is_warned() -> None:
    text = "# 과제 메모\n\n- 빈 파일 문제\n    + `-size` : 크기로 고른다\n\n    ```sh\n    find . -empty\n    ```\n"
    assert not any(kind == "option" for _, kind, *_ in facts(text))
    assert 4 in warned(text)


def test_an_option_two_programs_pass_is_warned() -> None:
    text = "# 과제 메모\n\n- 줄 세기 문제\n    + `-n` : 번호\n\n    ```sh\n    cat -n a | grep -n b\n    ```\n"
    assert not any(kind == "option" for _, kind, *_ in facts(text))
    assert 4 in warned(text)
