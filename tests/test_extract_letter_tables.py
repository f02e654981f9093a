"""A table of one-letter codes, the name each stands for and a description (issue 6, x-f27ko).
Examples are our own."""

from __future__ import annotations

from conftest import draft, facts

_STATUS = """# 상태 문자

| 문자 | 상태 | 설명 |
| --- | --- | --- |
| `-` | 변경 없음 | 아무것도 바뀌지 않은 줄 |
| `M` | 수정됨 | 내용이 바뀐 파일 |
| `?` | 추적 안 됨 (Untracked) | 저장소가 모르는 파일 |
"""


def test_each_letter_is_a_concept_its_name_leading_the_description() -> None:
    assert facts(_STATUS) == [
        (5, "concept", None, "-", "변경 없음: 아무것도 바뀌지 않은 줄"),
        (6, "concept", None, "M", "수정됨: 내용이 바뀐 파일"),
        (7, "concept", None, "?", "추적 안 됨 (Untracked): 저장소가 모르는 파일"),
    ]


def test_a_description_that_repeats_the_name_is_the_answer_alone() -> None:
    text = "| Code | Kind | Description |\n|---|---|---|\n| `p` | pipe | a pipe (FIFO) between processes |\n"
    assert facts(text) == [(3, "concept", None, "p", "a pipe (FIFO) between processes")]


def test_a_dash_in_the_first_row_is_a_letter_not_an_empty_group_cell() -> None:
    text = (
        "| Sign | Change | Description |\n|---|---|---|\n| `-` | removed | a line taken out |\n"
        "| `+` | added | a line put in |\n"
    )
    assert [n.front for n in draft(text).notes] == ["-", "+"]


def test_a_first_column_of_words_is_not_read_as_letters() -> None:
    text = "| Format | Extension | 설명 |\n|---|---|---|\n| WebP | .webp | small files for the web |\n"
    assert facts(text) == [(3, "concept", None, "WebP", "small files for the web")]
