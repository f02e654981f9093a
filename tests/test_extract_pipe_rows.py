"""Lines written as a table's rows with no delimiter row ("| Ctrl+g | 줄 번호 보기 |" lines under a caption): read
as the two-column table they were meant to be (x-f22ko), in examples of our own."""

from __future__ import annotations

from conftest import facts


def test_rows_with_no_delimiter_row_are_a_table() -> None:
    text = "# vim 메모\n\n**화면 이동**\n\n| ctrl+e | 한 줄 아래로 스크롤 |\n| ctrl+y | 한 줄 위로 스크롤 |\n"
    assert [(kind, command, front, back) for _, kind, command, front, back in facts(text)] == [
        ("command", "vim", "ctrl+e", "한 줄 아래로 스크롤"), ("command", "vim", "ctrl+y", "한 줄 위로 스크롤")]


def test_a_first_row_of_column_names_is_the_header() -> None:
    text = "# vim 메모\n\n| 누를 키 | 설명 |\n| gg | 첫 줄로 이동 |\n| G | 끝 줄로 이동 |\n"
    assert [front for _, _, _, front, _ in facts(text)] == ["gg", "G"]


def test_lines_that_are_not_all_rows_of_two_cells_are_no_table() -> None:
    text = "# vim 메모\n\n| ctrl+e | 한 줄 아래로 | 스크롤 |\n| ctrl+y | 한 줄 위로 |\n"
    assert facts(text) == []
