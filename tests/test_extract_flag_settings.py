"""Lines telling how each flag of a line is set (``-x 옵션에 V로 설정하여 …``; issue 6, x-f11), our own examples."""

from __future__ import annotations

from conftest import draft as _draft


def test_each_line_telling_how_a_flag_is_set_is_that_flag_with_its_value() -> None:
    text = (
        "# convert\n\n## 줄이기\n\n```bash\nconvert in.png -resize 50% -strip out.png\n```\n\n**설명**\n\n"
        "`-resize` 옵션에 50%로 설정하여 가로 세로를 절반으로 줄인다  \n"
        "`-strip` 옵션으로 사진의 메타데이터를 지운다\n"
    )
    flags = {(n.kind.value, n.command, n.front, n.back) for n in _draft(text).notes if n.kind.value == "flag"}
    assert flags == {
        ("flag", "convert", "-resize 50%", "가로 세로를 절반으로 줄인다"),
        ("flag", "convert", "-strip", "사진의 메타데이터를 지운다"),
    }


def test_a_line_naming_a_second_option_makes_the_paragraph_no_such_list() -> None:
    text = (
        "# convert\n\n## 줄이기\n\n```bash\nconvert in.png -resize 50% -strip out.png\n```\n\n**설명**\n\n"
        "`-resize` 옵션으로 줄이고 `-strip` 옵션으로 메타데이터를 지운다\n"
    )
    assert all(n.reason != "lines telling how each flag is set and what it does" for n in _draft(text).notes)
